import { request as httpRequest } from 'node:http';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../src/db/client.js';
import { acceptInboundLead } from '../../src/features/inbound/accept-inbound-lead.js';
import { createInboundRepository } from '../../src/features/inbound/inbound.repository.js';
import {
  INBOUND_MAX_BODY_BYTES,
  INBOUND_RATE_LIMIT_PER_MINUTE,
} from '../../src/features/inbound/inbound.types.js';
import { rotateInboundSecret, setInboundPool } from '../../src/features/inbound/inbound.usecases.js';
import type { Actor } from '../../src/features/team/team.types.js';
import { createOutboxWorker } from '../../src/jobs/outbox.js';
import { createOutboxClient } from '../../src/jobs/outbox-sender.js';
import { createScheduler } from '../../src/jobs/scheduler.js';
import { createLeadCardThreadTask } from '../../src/jobs/tasks/lead-card-threads.task.js';
import { fixedClock } from '../../src/lib/clock.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';

/** The JSON answers: a created lead, or an error with its code and issues. */
type Answer = {
  status?: string;
  lead_id: number;
  error: { code: string; message: string; issues: { path: string; message: string }[] };
};

const NOW = new Date('2026-12-01T02:00:30Z');
const LEAD = {
  company: 'Web Form Co',
  contact_name: 'Wang Fang',
  email: 'wang@example.com',
  estimated_value: '12500.50',
};

describe.each(DRIVERS)('leads from outside: POST /inbound/leads (%s)', (driver) => {
  let app: TestApp;
  let base: string;
  const clock = fixedClock(NOW);
  let teamSequence = 0;

  beforeAll(async () => {
    app = await startTestApp({ driver, clock });
    base = app.url.replace('/slack/events', '');
  });
  afterAll(() => app?.stop());

  const admin = (teamId: string): Actor => ({
    teamId,
    userId: `${teamId}_ADMIN`,
    role: 'admin',
    isAdmin: true,
    locale: 'en',
    timezone: 'Asia/Shanghai',
  });

  /** A team with a sales channel, an inbound secret and a pool of `pool` reps. */
  async function team(pool: string[] = ['U_R1', 'U_R2', 'U_R3']) {
    const teamId = `T_IN${++teamSequence}`;
    app.slack.addChannel({ id: `C_${teamId}`, is_member: true });
    await app.deps.teams.ensureTeam(teamId);
    await app.deps.teams.updateTeam(teamId, { timezone: 'Asia/Shanghai', salesChannelId: `C_${teamId}` });
    const { token } = await rotateInboundSecret({ inbound: app.deps.inbound, actor: admin(teamId), clock });
    if (pool.length > 0)
      await setInboundPool({
        inbound: app.deps.inbound,
        teams: app.deps.teams,
        actor: admin(teamId),
        userIds: pool,
      });
    return { teamId, token };
  }

  async function post(
    token: string | null,
    body: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; json: Answer; headers: Headers }> {
    const response = await fetch(`${base}/inbound/leads`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return {
      status: response.status,
      json: (await response.json()) as Answer,
      headers: response.headers,
    };
  }

  const leadsOf = async (teamId: string) => {
    const result = (await app.deps.db.execute(
      sql`select id, owner_user_id, source, estimated_value, next_follow_up_on::text as due from leads where team_id = ${teamId} order by id`,
    )) as unknown as {
      rows: { id: number; owner_user_id: string; source: string; estimated_value: string; due: string }[];
    };
    return result.rows;
  };

  it('creates the lead for the pool’s next rep, due today, and announces it in the channel and to the rep', async () => {
    const { teamId, token } = await team();
    const answer = await post(token, LEAD);
    expect(answer.status).toBe(201);
    expect(answer.json).toEqual({ status: 'created', lead_id: expect.any(Number) });
    const [lead] = await leadsOf(teamId);
    expect(lead).toMatchObject({ owner_user_id: 'U_R1', source: 'inbound', due: '2026-12-01' });
    expect(Number(lead?.estimated_value)).toBe(12500.5);
    const worker = createOutboxWorker({
      deps: app.deps,
      client: createOutboxClient(app.deps.config, app.deps.logger),
      options: { channelIntervalMs: 0 },
    });
    await worker.drainUntilIdle();
    const card = app.slack.callsTo('chat.postMessage').find((call) => call.args.channel === `C_${teamId}`);
    expect(String(card?.args.text)).toContain('New lead from the web form');
    expect(JSON.stringify(card?.args.blocks)).toContain('Web Form Co');
    const dm = app.slack.callsTo('chat.postMessage').find((call) => call.args.channel === 'U_R1');
    expect(String(dm?.args.text)).toContain(`#${answer.json.lead_id} Web Form Co`);
    // Within a minute the card becomes the lead's thread.
    const scheduler = createScheduler({ deps: app.deps, tasks: [createLeadCardThreadTask(app.deps)] });
    await scheduler.tick(NOW);
    const threaded = await app.deps.leads.findById(teamId, answer.json.lead_id);
    expect(threaded).toMatchObject({ channelId: `C_${teamId}`, threadTs: expect.any(String) });
  });

  it('the Home of the rep the lead went to, once she has opened it, is marked for a refresh', async () => {
    const { teamId, token } = await team(['U_R1']);
    await app.deps.homeViews.recordOpened(teamId, 'U_R1', clock.now());
    expect((await post(token, LEAD)).status).toBe(201);
    const result = (await app.deps.db.execute(
      sql`select dirty_since from home_views where team_id = ${teamId} and user_id = 'U_R1'`,
    )) as unknown as { rows: { dirty_since: unknown }[] };
    expect(result.rows[0]?.dirty_since).not.toBeNull();
  });

  it('a lead that looks like one the team already has is saved, and the rep is told which one it may duplicate', async () => {
    const { teamId, token } = await team();
    const first = await post(token, LEAD);
    const again = await post(token, { ...LEAD, company: `${LEAD.company}.` });
    expect(again.status).toBe(201);
    const worker = createOutboxWorker({
      deps: app.deps,
      client: createOutboxClient(app.deps.config, app.deps.logger),
      options: { channelIntervalMs: 0 },
    });
    await worker.drainUntilIdle();
    const dms = app.slack
      .callsTo('chat.postMessage')
      .filter((call) => String(call.args.text).includes(`#${again.json.lead_id} `));
    expect(JSON.stringify(dms.map((call) => call.args))).toContain(`It may duplicate #${first.json.lead_id}`);
    expect(await leadsOf(teamId)).toHaveLength(2);
  });

  it('refuses a missing, malformed, wrong or rotated secret with 401 and says how to send it', async () => {
    const { teamId, token } = await team();
    const other = await team();
    for (const bad of [
      null,
      'nonsense',
      `${token.slice(0, -1)}x`,
      other.token.replace(/_[^_]+$/, token.slice(-44)),
    ]) {
      const answer = await post(bad, LEAD);
      expect(answer.status).toBe(401);
      expect(answer.headers.get('www-authenticate')).toBe('Bearer');
      expect(answer.json.error.code).toBe('unauthorized');
    }
    await rotateInboundSecret({ inbound: app.deps.inbound, actor: admin(teamId), clock });
    expect((await post(token, LEAD)).status).toBe(401);
    expect(await leadsOf(teamId)).toEqual([]);
  });

  it('says what is wrong with a malformed body, field by field', async () => {
    const { teamId, token } = await team();
    expect((await post(token, '{"company": ')).json.error.code).toBe('invalid_json');
    const wrongType = await post(token, 'company=Acme', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(wrongType.status).toBe(415);
    const invalid = await post(token, {
      company: 'Acme',
      email: 'not-an-email',
      colour: 'blue',
      estimated_value: 'lots',
    });
    expect(invalid.status).toBe(422);
    expect(invalid.json.error.code).toBe('invalid_lead');
    expect(invalid.json.error.issues.map((issue) => issue.path).sort()).toEqual(['colour', 'contact_name']);
    const rules = await post(token, { ...LEAD, email: 'not-an-email', estimated_value: 'lots' });
    expect(rules.status).toBe(422);
    expect(rules.json.error.issues).toEqual([
      { path: 'email', message: expect.any(String) },
      { path: 'estimated_value', message: expect.any(String) },
    ]);
    expect(await leadsOf(teamId)).toEqual([]);
  });

  it('refuses an oversized body with 413, whether it says its length or streams it', async () => {
    const { teamId, token } = await team();
    const huge = { ...LEAD, notes: 'x'.repeat(INBOUND_MAX_BODY_BYTES) };
    expect((await post(token, huge)).status).toBe(413);
    const streamed = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${base}/inbound/leads`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          'transfer-encoding': 'chunked',
        },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', (error) =>
        String(error).includes('EPIPE') || String(error).includes('ECONNRESET')
          ? resolve(413)
          : reject(error),
      );
      const chunk = 'x'.repeat(4096);
      req.write(`{"company":"A","contact_name":"B","notes":"`);
      for (let i = 0; i < 6; i++) req.write(chunk);
      req.end('"}');
    });
    expect(streamed).toBe(413);
    expect(await leadsOf(teamId)).toEqual([]);
  });

  it('a replayed Idempotency-Key answers the same and creates nothing; with another body it is refused', async () => {
    const { teamId, token } = await team();
    const key = { 'idempotency-key': 'form-submission-8812' };
    const first = await post(token, LEAD, key);
    const again = await post(
      token,
      {
        estimated_value: '12500.50',
        contact_name: 'Wang Fang',
        email: 'wang@example.com',
        company: 'Web Form Co',
      },
      key,
    );
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.json).toEqual(first.json);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const changed = await post(token, { ...LEAD, company: 'Another Co' }, key);
    expect(changed.status).toBe(422);
    expect(changed.json.error.code).toBe('idempotency_key_reused');
    expect(await leadsOf(teamId)).toHaveLength(1);
  });

  // PGlite runs one statement at a time, so this race is contended only on Postgres; DRIVERS adds Postgres when
  // TEST_DATABASE_URL is set (CI's first run), and that run is the one that proves the guard.
  it('the same key sent ten times at once makes one lead, and every answer names it', async () => {
    const { teamId, token } = await team();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => post(token, LEAD, { 'idempotency-key': 'double-click' })),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(201));
    expect(new Set(answers.map((answer) => answer.json.lead_id)).size).toBe(1);
    expect(await leadsOf(teamId)).toHaveLength(1);
  });

  // PGlite runs one statement at a time, so this race is contended only on Postgres; DRIVERS adds Postgres when
  // TEST_DATABASE_URL is set (CI's first run), and that run is the one that proves the guard.
  it('hands concurrent leads to the pool in turn: thirty at once, ten each', async () => {
    const { teamId, token } = await team();
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => post(token, { ...LEAD, company: `Burst ${i}` })),
    );
    expect(answers.every((answer) => answer.status === 201)).toBe(true);
    const owners = (await leadsOf(teamId)).map((lead) => lead.owner_user_id);
    expect(owners.filter((owner) => owner === 'U_R1')).toHaveLength(10);
    expect(owners.filter((owner) => owner === 'U_R2')).toHaveLength(10);
    expect(owners.filter((owner) => owner === 'U_R3')).toHaveLength(10);
  });

  it('without a pool the lead goes to the admin who created the secret', async () => {
    const { teamId, token } = await team([]);
    expect((await post(token, LEAD)).status).toBe(201);
    expect((await leadsOf(teamId)).map((lead) => lead.owner_user_id)).toEqual([`${teamId}_ADMIN`]);
  });

  it(`allows ${INBOUND_RATE_LIMIT_PER_MINUTE} requests a minute per team, then answers 429 with Retry-After`, async () => {
    const { teamId, token } = await team();
    const other = await team();
    const statuses: number[] = [];
    for (let i = 0; i < INBOUND_RATE_LIMIT_PER_MINUTE; i++)
      statuses.push((await post(token, { company: 'x' })).status);
    expect(statuses.every((status) => status === 422)).toBe(true);
    const limited = await post(token, LEAD);
    expect(limited.status).toBe(429);
    expect(limited.json.error.code).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBe(30);
    // Another team has its own budget; the next minute this one has a new one.
    expect((await post(other.token, LEAD)).status).toBe(201);
    clock.set(new Date(NOW.getTime() + 60_000));
    expect((await post(token, LEAD)).status).toBe(201);
    clock.set(NOW);
    expect(await leadsOf(teamId)).toHaveLength(1);
  });

  it('instances sharing the database share the rate limit', async () => {
    const { teamId, token } = await team();
    // A second instance: its own repositories, and on Postgres its own connection pool.
    const second = app.database.url ? await openPostgres(app.database.url, { max: 2 }) : undefined;
    const secondInbound = createInboundRepository({ db: second?.db ?? app.deps.db });
    try {
      const half = INBOUND_RATE_LIMIT_PER_MINUTE / 2;
      for (let i = 0; i < half; i++) expect((await post(token, { company: 'x' })).status).toBe(422);
      const request = { authorization: `Bearer ${token}`, idempotencyKey: undefined, body: { company: 'x' } };
      const deps = { ...app.deps, inbound: secondInbound };
      for (let i = 0; i < half; i++) expect((await acceptInboundLead(deps, request)).status).toBe(422);
      expect((await acceptInboundLead(deps, request)).status).toBe(429);
      expect((await post(token, LEAD)).status).toBe(429);
    } finally {
      await second?.close();
    }
    expect(await leadsOf(teamId)).toEqual([]);
  });
});
