import { describe, expect, it } from 'vitest';
import { DatabaseError } from '../../src/db/time-budget.js';
import { en } from '../../src/i18n/catalog/en/index.js';
import { zhCN } from '../../src/i18n/catalog/zh-CN/index.js';
import type { AppError } from '../../src/lib/errors.js';
import { MoneyArgumentError, readMoneyArgument } from '../../src/lib/parse/money-argument.js';
import { QueueFullError } from '../../src/lib/work-queue.js';
import { ModalNotOpenedError } from '../../src/slack/requests/trigger-client.js';

type Key = keyof typeof en;

/** The money argument each problem comes from, read as `/payment` reads it (a CNY contract). */
const HOSTILE_AMOUNTS = ['', 'lots', '500 USD', '-5000', '9'.repeat(30), '1,234.567', '0'];

const moneyRefusals = HOSTILE_AMOUNTS.map((text) => {
  const reading = readMoneyArgument(text, 'CNY');
  if (reading.ok) throw new Error(`"${text}" was accepted`);
  return new MoneyArgumentError(reading);
});

/**
 * Refusals that do not live in a feature's `*.errors.ts` (the money reader, the after-ack queue, the database's
 * time budget, Slack's trigger window): each still tells the user, in both languages, what to do next.
 */
describe('refusals from the shared layers say what to do next (DESIGN.md, rule 16)', () => {
  it('covers every problem an amount can have', () => {
    expect(moneyRefusals.map((error) => error.problem).sort()).toEqual(
      ['currency', 'empty', 'negative', 'not_a_number', 'precision', 'too_large', 'zero'].sort(),
    );
  });

  it.each(moneyRefusals.map((error) => [error.problem, error] as const))(
    'an amount refused as %s shows how to write it, in English and Chinese',
    (_problem, error) => {
      for (const catalog of [en, zhCN]) {
        const text = catalog[error.messageKey as Key];
        expect(text).toMatch(/`[^`]+`|\{currency\}|\{digits\}|\{max\}/);
        for (const param of text.match(/\{\w+\}/g) ?? [])
          expect(Object.keys(error.params ?? {})).toContain(param.slice(1, -1));
      }
    },
  );

  const repeatable: [string, AppError, RegExp, RegExp][] = [
    ['a full after-ack queue', new QueueFullError(1000), /again in a minute/, /一分钟后再/],
    ['a database that does not answer', new DatabaseError('database_timeout', 'slow'), /try again/, /再试/],
    [
      'a modal Slack would not open in time',
      new ModalNotOpenedError(new Error('expired_trigger_id')),
      /again/,
      /重新|再次/,
    ],
  ];

  it.each(repeatable)('%s asks the user to send the same request again', (_what, error, enStep, zhStep) => {
    expect(en[error.messageKey as Key]).toMatch(enStep);
    expect(zhCN[error.messageKey as Key]).toMatch(zhStep);
  });

  it('a full queue is not blamed on a fault: it says the request was not started', () => {
    expect(new QueueFullError(1000).messageKey).toBe('common.busy');
    expect(en['common.busy']).toMatch(/not started/);
    expect(en['common.busy']).not.toMatch(/went wrong/);
  });
});
