import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_BUDGET } from '../../src/db/budgets.js';
import type { PgliteDatabase } from '../../src/db/client.js';
import { asDatabaseError, DatabaseError, withTimeBudget } from '../../src/db/time-budget.js';
import { createDeps } from '../../src/deps.js';
import { systemClock } from '../../src/lib/clock.js';
import { createLogger } from '../../src/logger.js';
import { testConfig } from '../helpers/e2e.js';
import { FakeSlack } from '../helpers/fake-slack.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const budget = { ...REQUEST_BUDGET, callMs: 100 };

/** An error the way drizzle reports one from the driver: its own error, the driver's as `cause`. */
function driverFailure(message: string, code?: string): Error {
  return new Error('Failed query: select …', { cause: Object.assign(new Error(message), { code }) });
}

describe('every repository call has a time budget', () => {
  it('a call slower than its budget fails on time with a DatabaseError that asks the user to try again', async () => {
    const repository = withTimeBudget({ hang: () => new Promise<never>(() => {}) }, budget, 'test');
    const started = Date.now();
    const error = await repository.hang().catch((caught: unknown) => caught);
    expect(Date.now() - started).toBeGreaterThanOrEqual(95);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error).toBeInstanceOf(DatabaseError);
    expect(error).toMatchObject({ code: 'database_timeout', messageKey: 'common.tryAgain' });
    expect(String((error as Error).message)).toContain('test.hang');
  });

  it('a call that fails after its deadline does not become an unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      const repository = withTimeBudget(
        { late: () => pause(200).then(() => Promise.reject(new Error('too late'))) },
        budget,
        'test',
      );
      await expect(repository.late()).rejects.toBeInstanceOf(DatabaseError);
      await pause(300);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', record);
    }
  });

  it('answers within the budget pass through untouched, and helpers that touch no database stay synchronous', async () => {
    const repository = withTimeBudget(
      { read: async (id: number) => ({ id }), label: (id: number) => `#${id}`, name: 'leads' },
      budget,
      'test',
    );
    await expect(repository.read(7)).resolves.toEqual({ id: 7 });
    expect(repository.label(7)).toBe('#7');
    expect(repository.name).toBe('leads');
  });

  it.each([
    [
      'a statement cancelled by statement_timeout',
      driverFailure('canceling statement due to statement timeout', '57014'),
      'database_timeout',
    ],
    [
      'a lock wait past lock_timeout',
      driverFailure('canceling statement due to lock timeout', '55P03'),
      'database_timeout',
    ],
    ["node-postgres' read timeout", driverFailure('Query read timeout'), 'database_timeout'],
    ['no free connection in time', new Error('timeout exceeded when trying to connect'), 'database_timeout'],
    [
      'a refused connection',
      driverFailure('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
      'database_unavailable',
    ],
    [
      'a connection lost mid-query',
      driverFailure('Connection terminated unexpectedly'),
      'database_unavailable',
    ],
    [
      'a server shutting down',
      driverFailure('terminating connection due to administrator command', '57P01'),
      'database_unavailable',
    ],
  ])(
    '%s is a DatabaseError (try again) that keeps the original as its cause',
    async (_what, failure, code) => {
      const repository = withTimeBudget({ fail: () => Promise.reject(failure) }, budget, 'test');
      const error = await repository.fail().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DatabaseError);
      expect(error).toMatchObject({ code, messageKey: 'common.tryAgain' });
      expect((error as Error).cause).toBe(failure);
    },
  );

  it('any other failure (a constraint violation, a bug) keeps its own meaning', async () => {
    const duplicate = driverFailure('duplicate key value violates unique constraint', '23505');
    const repository = withTimeBudget({ fail: () => Promise.reject(duplicate) }, budget, 'test');
    await expect(repository.fail()).rejects.toBe(duplicate);
    expect(asDatabaseError(new TypeError('x is undefined'))).toBeUndefined();
  });
});

describe('on the embedded store (PGlite)', () => {
  let database: TestDatabase;
  let slack: FakeSlack;

  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    slack = await new FakeSlack().start();
  });
  afterAll(async () => {
    await database?.destroy();
    await slack?.stop();
  });

  it('a request waiting behind a long transaction gets "try again" when its budget runs out, and the ping says no within a second', async () => {
    const deps = createDeps({
      config: testConfig(slack),
      database,
      clock: systemClock,
      logger: createLogger('silent'),
    });
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // PGlite is one connection: an open transaction makes every other call wait for it.
    const { client } = database as TestDatabase & PgliteDatabase;
    const transaction = client.transaction(async (tx) => {
      await tx.query('select 1');
      await held;
    });
    try {
      const pinged = Date.now();
      expect(await database.ping()).toBe(false);
      expect(Date.now() - pinged).toBeLessThan(1000);

      const started = Date.now();
      const error = await deps.teams.findMember('T_WAITING', 'U_WAITING').catch((caught: unknown) => caught);
      const waited = Date.now() - started;
      expect(error).toMatchObject({ code: 'database_timeout', messageKey: 'common.tryAgain' });
      expect(waited).toBeGreaterThanOrEqual(REQUEST_BUDGET.callMs - 50);
      expect(waited).toBeLessThan(REQUEST_BUDGET.callMs + 1000);
    } finally {
      release();
      await transaction;
    }
    expect(await database.ping()).toBe(true);
  });
});
