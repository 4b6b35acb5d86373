import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/lib/clock.js';
import { BLOCKS, COMMANDS } from '../../src/slack/ids.js';
import {
  approve,
  createLead,
  privateReply,
  requestContract,
  setUpOrg,
  waitingStep,
} from '../e2e/approvals-helpers.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';

/**
 * Hostile amounts typed for a contract: each is told what is wrong with it, in the user's language, never the
 * generic usage, and nothing is recorded or requested. `@here` and a link arrive as Slack escapes them.
 */
const HOSTILE: [typed: string, en: string, zh: string][] = [
  ['-5000', '“-5000” is negative', '“-5000”是负数'],
  ['0', 'The amount is zero', '金额为零'],
  ['1e9', '“1e9” is not an amount', '“1e9”不是金额'],
  ['NaN', '“NaN” is not an amount', '“NaN”不是金额'],
  ['Infinity', '“Infinity” is not an amount', '“Infinity”不是金额'],
  ['1,234.567', '“1,234.567” has more decimals than CNY has (2)', '“1,234.567”的小数位数超过了 CNY 的 2 位'],
  ['9'.repeat(2000), 'is too large: at most ¥10,000,000,000,000.00', '太大了：最多 ¥10,000,000,000,000.00'],
  ['<!here>', '“&lt;!here&gt;” is not an amount', '“&lt;!here&gt;”不是金额'],
  [
    '<https://evil.example/pay|pay>',
    '“&lt;https://evil.example/pay|pay&gt;” is not an amount',
    '“&lt;https://evil.example/pay|pay&gt;”不是金额',
  ],
];

describe.each(DRIVERS)('hostile amounts for /payment and /invoice are named (%s)', (driver) => {
  let app: TestApp;
  const reply = async (user: string, command: string, text: string) => {
    const sent = await app.command(user, command, text);
    return String((await privateReply(app, sent.responseId)).body.text ?? '');
  };
  const contractFor = async (user: string, company: string) => {
    const lead = await createLead(app, user, company);
    await requestContract(app, user, lead.id, {
      [BLOCKS.contractAmount]: '100000',
      [BLOCKS.upfrontPercent]: '30',
      [BLOCKS.deliveryDate]: '2026-04-15',
    });
    await approve(app, 'U_MGR', await waitingStep(app, lead.id, 1));
  };

  beforeAll(async () => {
    app = await startTestApp({ driver, clock: fixedClock(new Date('2026-03-02T02:00:00Z')) });
    await setUpOrg(app);
    await contractFor('U_REP', 'Hostile Amount Co');
    await contractFor('U_ZH', '敌意金额公司');
  }, 60_000);
  afterAll(() => app?.stop());

  it.each(HOSTILE.map(([typed, en, zh]) => [typed.slice(0, 40), typed, en, zh]))(
    '%s',
    async (_name, typed, en, zh) => {
      for (const command of [COMMANDS.payment, COMMANDS.invoice]) {
        const english = await reply('U_REP', command, `HT-2026-0001 ${typed}`);
        expect(english).toContain(en);
        expect(english).not.toContain('Usage');
        expect(await reply('U_ZH', command, `HT-2026-0002 ${typed}`)).toContain(zh);
      }
      for (const number of ['HT-2026-0001', 'HT-2026-0002']) {
        const contract = await app.deps.contracts.findByNumber(app.teamId, number);
        expect(await app.deps.contracts.payments(app.teamId, contract?.id ?? 0)).toEqual([]);
        expect(await app.deps.contracts.invoices(app.teamId, contract?.id ?? 0)).toEqual([]);
      }
    },
  );
});
