import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/lib/clock.js';
import { ACTIONS, BLOCKS, COMMANDS, VIEWS } from '../../src/slack/ids.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';
import {
  approve,
  createLead,
  eventually,
  requestContract,
  requestOf,
  setUpOrg,
  waitingStep,
} from './approvals-helpers.js';

const NOW = new Date('2026-12-07T02:00:00Z');
type Json = Record<string, unknown>;
type Block = { text?: { text?: string }; accessory?: { action_id?: string; value?: string } };

describe.each(DRIVERS)('customer credit through Slack (%s)', (driver) => {
  let app: TestApp;
  let customerId: number;

  const answer = async (sent: { responseId: string }) =>
    (await app.slack.waitFor(() => app.slack.responses.filter((r) => r.id === sent.responseId).at(-1)))
      .body as Json;
  const card = async (userId: string) =>
    answer(await app.command(userId, COMMANDS.customer, `#${customerId}`));
  const textOf = (body: Json) =>
    [String(body.text), ...((body.blocks ?? []) as Block[]).map((b) => b.text?.text ?? '')].join('\n');
  const limitButton = (body: Json) =>
    ((body.blocks ?? []) as Block[]).find((b) => b.accessory?.action_id === ACTIONS.customerSetCreditLimit)
      ?.accessory;
  /** The text of the message a step was posted as (in the lead's thread). */
  const stepMessage = (requestId: number, step: number) =>
    app.slack.waitFor(() =>
      app.slack
        .callsTo('chat.postMessage')
        .map((call) => JSON.stringify(call.args))
        .find((text) => text.includes(`${requestId}:1:${step}`)),
    );

  beforeAll(async () => {
    app = await startTestApp({ driver, clock: fixedClock(NOW) });
    await setUpOrg(app);
    const { rows } = (await app.deps.db.execute(sql`
      insert into customers (team_id, name, owner_user_id) values (${app.teamId}, '远航科技', 'U_REP')
      returning id`)) as unknown as { rows: { id: number | string }[] };
    customerId = Number(rows[0]?.id);
    // Its first order: 100,000.00, nothing paid, an instalment due on 2026-10-01 — 67 days overdue on NOW.
    const first = await createLead(app, 'U_REP', '远航科技');
    await app.deps.db.execute(sql`update leads set customer_id = ${customerId} where id = ${first.id}`);
    const { rows: contract } = (await app.deps.db.execute(sql`
      insert into contracts (team_id, number, year, seq, lead_id, approval_request_id, owner_user_id, customer_name,
        amount_minor, currency, upfront_bp, status, collected_minor, approved_at)
      values (${app.teamId}, 'HT-2025-0001', 2025, 1, ${first.id}, 999999, 'U_REP', '远航科技', 10000000, 'CNY',
        10000, 'delivering', 0, '2026-09-24T02:00:00Z') returning id`)) as unknown as {
      rows: { id: number | string }[];
    };
    await app.deps.db.execute(sql`
      insert into contract_installments (team_id, contract_id, seq, due_on, amount_minor, is_upfront)
      values (${app.teamId}, ${Number(contract[0]?.id)}, 1, '2026-10-01', 10000000, true)`);
  });
  afterAll(() => app?.stop());

  it('the card shows the grade with its reason; finance gets "Set credit limit", the rep does not', async () => {
    const finance = await card('U_FIN');
    expect(textOf(finance)).toContain('Grade *D* — 0% of instalments paid on time');
    expect(textOf(finance)).toContain('Credit limit: none set');
    expect(limitButton(finance)).toBeDefined();
    const rep = await card('U_REP');
    expect(textOf(rep)).toContain('Grade *D*');
    expect(limitButton(rep)).toBeUndefined();
    // The finance button's value clicked by the rep: refused with who sets it, no modal.
    const forged = await answer(
      await app.action('U_REP', {
        action_id: ACTIONS.customerSetCreditLimit,
        value: limitButton(finance)?.value,
      }),
    );
    expect(textOf(forged)).toContain('Only finance or an admin sets a credit limit');
    expect(app.slack.callsTo('views.open')).toHaveLength(0);
  });

  it('finance sets the limit in a modal: a wrong amount is answered under the field, 50万 is saved and shown', async () => {
    const value = limitButton(await card('U_FIN'))?.value;
    const form = await app.viewFrom(() =>
      app.action('U_FIN', { action_id: ACTIONS.customerSetCreditLimit, value }),
    );
    expect(form.callback_id).toBe(VIEWS.creditLimit);
    const wrong = await app.submit('U_FIN', form, { [BLOCKS.creditLimitAmount]: 'USD 500' });
    expect(wrong.outcome).toMatchObject({ kind: 'errors' });
    expect(wrong.outcome.kind === 'errors' && wrong.outcome.errors[BLOCKS.creditLimitAmount]).toContain(
      'another currency',
    );
    const saved = await app.submit('U_FIN', form, { [BLOCKS.creditLimitAmount]: '50万' });
    expect(saved.outcome).toMatchObject({ kind: 'done' });
    expect(saved.outcome.kind === 'done' && saved.outcome.text).toContain('500,000.00');
    expect(textOf(await card('U_REP'))).toMatch(/Credit limit: .*500,000\.00/);
    // The same form again (built before the save): refused, the limit stays.
    const stale = await app.submit('U_FIN', form, { [BLOCKS.creditLimitAmount]: '1' });
    expect(stale.outcome).toMatchObject({ kind: 'refused' });
    expect(stale.outcome.kind === 'refused' && stale.outcome.notice).toContain(`/customer #${customerId}`);
    expect(textOf(await card('U_FIN'))).toMatch(/Credit limit: .*500,000\.00/);
  });

  it('a repeat order: manager approves, then finance is asked with the days overdue; approved, it is a contract', async () => {
    const lead = await createLead(app, 'U_REP', '远航科技');
    await app.deps.db.execute(sql`update leads set customer_id = ${customerId} where id = ${lead.id}`);
    const { saved } = await requestContract(app, 'U_REP', lead.id, {
      [BLOCKS.contractAmount]: '50,000',
      [BLOCKS.upfrontPercent]: '30',
    });
    expect(saved.outcome.kind).toBe('done');
    const manager = await waitingStep(app, lead.id, 1);
    expect(manager).toMatchObject({ role: 'manager', approverUserId: 'U_MGR' });
    // Grade D is told to every approver, the manager included.
    expect(await stepMessage(manager.requestId, 1)).toContain('Credit grade D');
    await approve(app, 'U_MGR', manager);
    const finance = await waitingStep(app, lead.id, 2);
    expect(finance).toMatchObject({ role: 'finance', approverUserId: 'U_FIN' });
    const message = await stepMessage(finance.requestId, 2);
    expect(message).toContain('Credit grade D');
    expect(message).toMatch(/100,000\.00 overdue, the oldest 67 days \(policy: more than 30 days\)/);
    await approve(app, 'U_FIN', finance);
    await eventually(async () => (await requestOf(app, lead.id))?.status === 'approved');
    const contract = await eventually(
      async () => (await app.deps.contracts.listForLead(app.teamId, lead.id))[0],
    );
    expect(contract).toMatchObject({ amountMinor: 5_000_000, currency: 'CNY' });
  });
});
