import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/lib/clock.js';
import { BLOCKS, COMMANDS } from '../../src/slack/ids.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';
import {
  approve,
  createLead,
  privateReply,
  requestContract,
  setUpOrg,
  waitingStep,
} from './approvals-helpers.js';

/** A CNY contract: money named in another currency, before or after the amount, is refused and never converted. */
describe.each(DRIVERS)('money typed for a contract is read in its currency (%s)', (driver) => {
  let app: TestApp;
  const clock = fixedClock(new Date('2026-03-02T02:00:00Z'));
  const reply = async (user: string, command: string, text: string) => {
    const sent = await app.command(user, command, text);
    return String((await privateReply(app, sent.responseId)).body.text ?? '');
  };
  const collected = async () =>
    (await app.deps.contracts.findByNumber(app.teamId, 'HT-2026-0001'))?.collectedMinor;

  beforeAll(async () => {
    app = await startTestApp({ driver, clock });
    await setUpOrg(app);
    const lead = await createLead(app, 'U_REP', 'Currency Co');
    await requestContract(app, 'U_REP', lead.id, {
      [BLOCKS.contractAmount]: '100000',
      [BLOCKS.upfrontPercent]: '30',
      [BLOCKS.deliveryDate]: '2026-04-15',
    });
    await approve(app, 'U_MGR', await waitingStep(app, lead.id, 1));
  }, 60_000);
  afterAll(() => app?.stop());

  it.each(['500 USD', '$500', 'USD 500', 'usd 500', '500 美元', 'EUR 500', '500 欧元', '€500'])(
    '/payment HT-2026-0001 %s on a CNY contract is refused and nothing is recorded',
    async (amount) => {
      const text = await reply('U_FIN', COMMANDS.payment, `HT-2026-0001 ${amount} wire`);
      expect(text).toContain('The contract is in CNY; give the amount in CNY');
      expect(text).toContain(`“${amount}” is in`);
      expect(await collected()).toBe(0);
    },
  );

  it('/invoice HT-2026-0001 500 USD is refused the same way, before any collected-share check', async () => {
    const text = await reply('U_REP', COMMANDS.invoice, 'HT-2026-0001 500 USD');
    expect(text).toContain('The contract is in CNY; give the amount in CNY');
    expect(text).not.toContain('Collect');
    expect(await reply('U_REP', COMMANDS.invoice, 'HT-2026-0001 欧元 500')).toContain('is in EUR');
  });

  it('the contract’s own currency, named as ¥, 元, RMB, CNY or cny before or after, is recorded as ¥500 each', async () => {
    for (const amount of ['500 元', 'RMB 500', 'CNY 500', '¥500', '500 cny', '人民币 500'])
      expect(await reply('U_FIN', COMMANDS.payment, `HT-2026-0001 ${amount} 今天 首付款`)).toContain(
        'Recorded ¥500.00',
      );
    expect(await collected()).toBe(300_000);
    const contract = await app.deps.contracts.findByNumber(app.teamId, 'HT-2026-0001');
    const notes = (await app.deps.contracts.payments(app.teamId, contract?.id ?? 0)).map((row) => row.note);
    expect(notes).toEqual(Array(6).fill('首付款'));
  });
});
