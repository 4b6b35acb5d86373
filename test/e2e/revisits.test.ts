import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchDelivery, markSigned } from '../../src/features/ledger/contracts.usecases.js';
import type { Contract } from '../../src/features/ledger/ledger.types.js';
import { recordPayment } from '../../src/features/ledger/payments.usecases.js';
import { createFollowUpReminderTask } from '../../src/jobs/tasks/follow-up-reminders.task.js';
import { fixedClock } from '../../src/lib/clock.js';
import { ACTIONS, BLOCKS, COMMANDS } from '../../src/slack/ids.js';
import { contractButtonValue } from '../../src/slack/ledger/ledger-values.js';
import { encodeRevisitRef } from '../../src/slack/revisits/revisit-values.js';
import {
  actor,
  approvedContract,
  seedTeam,
  type TestLedgerDeps,
} from '../features/ledger/ledger-fixtures.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';
import { dmsTo, instance } from '../jobs/rep-day-helpers.js';

type Json = Record<string, unknown>;
type Element = { action_id?: string; value?: string };
type Block = { text?: { text?: string }; elements?: Element[]; accessory?: Element };

type RevisitRow = {
  id: number;
  days_after_delivery: number;
  due_on: string;
  owner_user_id: string;
  outcome: string | null;
  logged_by_user_id: string | null;
  note: string | null;
  version: number;
};

const clock = fixedClock(new Date('2026-03-02T02:00:00Z'));

describe.each(DRIVERS)('revisits (定期回访) after delivery, through Slack (%s)', (driver) => {
  let app: TestApp;
  let contract: Contract;
  let customerId: number;

  const rows = async (query: ReturnType<typeof sql>) =>
    ((await app.deps.db.execute(query)) as unknown as { rows: Json[] }).rows;
  const revisits = async () =>
    (
      await rows(sql`
        select id, days_after_delivery, due_on::text as due_on, owner_user_id, outcome, logged_by_user_id, note, version
        from revisits where team_id = ${app.teamId} and contract_id = ${contract.id} order by days_after_delivery`)
    ).map(
      (row) =>
        ({
          ...row,
          // Raw rows: Postgres answers a bigint as text, PGlite as a number.
          id: Number(row.id),
          days_after_delivery: Number(row.days_after_delivery),
        }) as RevisitRow,
    );
  const revisitId = async (days: number) =>
    (await revisits()).find((r) => r.days_after_delivery === days)?.id;
  const blocksOf = (args: Json) => (args.blocks ?? []) as Block[];
  const textOf = (args: Json) =>
    [String(args.text), ...blocksOf(args).map((b) => b.text?.text ?? '')].join('\n');
  const button = (args: Json, actionId: string) =>
    blocksOf(args)
      .flatMap((b) => [...(b.elements ?? []), ...(b.accessory ? [b.accessory] : [])])
      .find((element) => element.action_id === actionId);
  const answer = async (sent: { responseId: string }) =>
    (await app.slack.waitFor(() => app.slack.responses.filter((r) => r.id === sent.responseId).at(-1)))
      .body as Json;
  const logForm = (userId: string, id: number | undefined) =>
    app.viewFrom(() =>
      app.action(userId, { action_id: ACTIONS.revisitLog, value: encodeRevisitRef(id ?? 0) }),
    );

  beforeAll(async () => {
    app = await startTestApp({ driver, clock });
    const deps = app.deps as unknown as TestLedgerDeps;
    for (const id of ['U_REP', 'U_MGR', 'U_DIR', 'U_FIN', 'U_ADMIN', 'U_REP2'])
      app.addUser({ id, locale: id === 'U_ADMIN' ? 'zh-CN' : 'en-US', tz: 'Asia/Shanghai' });
    const team = await seedTeam(deps, app.teamId);
    contract = await approvedContract(deps, team, { amount: '1000', company: 'Harbor <!here> Pumps' });
    const [customer] = await rows(sql`
      insert into customers (team_id, name, owner_user_id) values (${app.teamId}, 'Harbor <!here> Pumps', 'U_REP')
      returning id`);
    customerId = Number(customer?.id);
    await app.deps.db.execute(
      sql`update leads set customer_id = ${customerId} where team_id = ${app.teamId} and id = ${contract.leadId}`,
    );
    const as = (userId: string) => ({ ...deps, actor: actor(userId, app.teamId) });
    const ref = { kind: 'id' as const, contractId: contract.id };
    await markSigned({ ...as('U_REP'), ref, signedLink: 'https://x.example/signed' });
    await recordPayment({ ...as('U_FIN'), team, ref, amount: '300' });
    contract = await dispatchDelivery({ ...as('U_REP'), ref });
  });
  afterAll(() => app?.stop());

  it('the rep records the delivery and its revisits are due 7, 30 and 90 days later, counted in the team’s zone', async () => {
    // 17:30 UTC on 10 March is already 11 March in Shanghai: the revisits count from the 11th.
    clock.set(new Date('2026-03-10T17:30:00Z'));
    const form = await app.viewFrom(() =>
      app.action('U_REP', { action_id: ACTIONS.contractDelivered, value: contractButtonValue(contract) }),
    );
    const delivered = await app.submit('U_REP', form, { [BLOCKS.acceptanceNote]: 'Signed acceptance form' });
    expect(delivered.outcome.kind).toBe('done');
    const planned = (await revisits()).map(({ days_after_delivery, due_on, owner_user_id, outcome }) => ({
      days_after_delivery,
      due_on,
      owner_user_id,
      outcome,
    }));
    expect(planned).toEqual([
      { days_after_delivery: 7, due_on: '2026-03-18', owner_user_id: 'U_REP', outcome: null },
      { days_after_delivery: 30, due_on: '2026-04-10', owner_user_id: 'U_REP', outcome: null },
      { days_after_delivery: 90, due_on: '2026-06-09', owner_user_id: 'U_REP', outcome: null },
    ]);
    // The same form sent again (a retry) is refused as stale, and schedules nothing twice.
    const again = await app.submit('U_REP', form, { [BLOCKS.acceptanceNote]: 'Signed acceptance form' });
    expect(again.outcome.kind).toBe('refused');
    expect(await revisits()).toHaveLength(3);
  });

  it('the morning DM lists the revisit on its day, Log revisit saves the outcome, and the card shows it', async () => {
    const morning = instance(app, clock, 'morning', [createFollowUpReminderTask(app.deps)]);
    await morning.at('2026-03-17T01:05:00Z');
    expect(
      dmsTo(app, 'U_REP')
        .map((call) => textOf(call.args))
        .join('\n'),
    ).not.toContain('Revisits due');
    await morning.at('2026-03-18T01:05:00Z');
    const dm = dmsTo(app, 'U_REP').find((call) => textOf(call.args).includes('Revisits due'));
    expect(dm).toBeDefined();
    const text = textOf(dm?.args ?? {});
    expect(text).toContain('*Harbor &lt;!here&gt; Pumps* · ');
    expect(text).toContain('7 days after delivery · due 2026-03-18');
    expect(text).not.toContain('2026-04-10');

    const form = await app.viewFrom(() =>
      app.action('U_REP', {
        action_id: ACTIONS.revisitLog,
        value: button(dm?.args ?? {}, ACTIONS.revisitLog)?.value,
      }),
    );
    const missing = await app.submit('U_REP', form, {});
    expect(missing.outcome).toMatchObject({
      kind: 'errors',
      errors: { [BLOCKS.revisitOutcome]: expect.any(String) },
    });
    const saved = await app.submit('U_REP', form, {
      [BLOCKS.revisitOutcome]: 'satisfied',
      [BLOCKS.revisitNote]: 'Pumps run quietly',
    });
    expect(saved.outcome.kind).toBe('done');
    expect((await revisits())[0]).toMatchObject({
      outcome: 'satisfied',
      note: 'Pumps run quietly',
      logged_by_user_id: 'U_REP',
      version: 2,
    });
    const audit = await rows(sql`
      select actor_user_id, details from ledger_events
      where team_id = ${app.teamId} and contract_id = ${contract.id} and kind = 'revisit_logged'`);
    expect(audit).toEqual([
      { actor_user_id: 'U_REP', details: { revisitId: await revisitId(7), outcome: 'satisfied' } },
    ]);

    const card = textOf(await answer(await app.command('U_REP', COMMANDS.customer, `#${customerId}`)));
    expect(card).toContain('Next revisit: 2026-04-10 (30 days after delivery of');
    expect(card).toMatch(/Last revisit: .* by <@U_REP> — Satisfied/);
  });

  it('two people logging the same revisit at once: one is saved, the other is told who logged it and what', async () => {
    const id = await revisitId(30);
    const [repForm, mgrForm] = [await logForm('U_REP', id), await logForm('U_MGR', id)];
    const results = await Promise.all([
      app.submit('U_REP', repForm, { [BLOCKS.revisitOutcome]: 'issue_found', [BLOCKS.revisitNote]: 'Leaks' }),
      app.submit('U_MGR', mgrForm, { [BLOCKS.revisitOutcome]: 'not_reached' }),
    ]);
    const kinds = results.map((result) => result.outcome.kind).sort();
    expect(kinds).toEqual(['done', 'refused']);
    const [row] = (await revisits()).filter((r) => r.days_after_delivery === 30);
    const loser = results.find((result) => result.outcome.kind === 'refused')?.outcome;
    const winner = row?.logged_by_user_id as string;
    expect(loser && 'notice' in loser ? loser.notice : '').toContain(
      `<@${winner}> already logged revisit #${id}`,
    );
    expect(row?.version).toBe(2);
    const events = await rows(sql`
      select count(*)::int as n from ledger_events where team_id = ${app.teamId} and kind = 'revisit_logged'`);
    expect(events).toEqual([{ n: 2 }]);
  });

  it('a form left open is answered, in its reader’s language, with what was logged meanwhile; Log revisit on a logged one opens nothing', async () => {
    const id = await revisitId(90);
    const stale = await logForm('U_ADMIN', id);
    const done = await app.submit('U_DIR', await logForm('U_DIR', id), {
      [BLOCKS.revisitOutcome]: 'satisfied',
    });
    expect(done.outcome.kind).toBe('done');
    const late = await app.submit('U_ADMIN', stale, { [BLOCKS.revisitOutcome]: 'not_reached' });
    expect(late.outcome).toMatchObject({ kind: 'refused', notice: expect.stringContaining('<@U_DIR> 已于') });
    expect(late.outcome.kind === 'refused' && late.outcome.notice).toContain('客户满意');
    expect((await revisits()).find((r) => r.id === id)).toMatchObject({ outcome: 'satisfied', version: 2 });
    const opened = app.slack.callsTo('views.open').length;
    const again = await app.action('U_REP', {
      action_id: ACTIONS.revisitLog,
      value: encodeRevisitRef(id ?? 0),
    });
    expect(JSON.stringify((await answer(again)).text)).toContain('already logged');
    expect(app.slack.callsTo('views.open')).toHaveLength(opened);
  });

  it('a new need can start the deal: the rep gets New deal, which opens the form filled with the customer', async () => {
    await app.deps.db.execute(sql`
      insert into revisits (team_id, customer_id, contract_id, owner_user_id, days_after_delivery, due_on)
      values (${app.teamId}, ${customerId}, ${contract.id}, 'U_REP', 180, '2026-09-07')`);
    const form = await logForm('U_REP', await revisitId(180));
    const offer = await app.callFrom(
      () =>
        app.submit('U_REP', form, {
          [BLOCKS.revisitOutcome]: 'new_need',
          [BLOCKS.revisitNote]: 'Wants a second line',
          [BLOCKS.revisitDealWanted]: 'yes',
        }),
      'chat.postMessage',
    );
    expect(offer.args.channel).toBe('U_REP');
    expect(textOf(offer.args)).toContain('Harbor &lt;!here&gt; Pumps');
    const dealForm = await app.viewFrom(() =>
      app.action('U_REP', {
        action_id: ACTIONS.customerNewDeal,
        value: button(offer.args, ACTIONS.customerNewDeal)?.value,
      }),
    );
    expect(JSON.stringify(dealForm.blocks)).toContain('Harbor <!here> Pumps');
    expect((await revisits()).find((r) => r.days_after_delivery === 180)?.outcome).toBe('new_need');
  });

  it('only the owner, their managers and admins may log a revisit; anyone else is told it is not found', async () => {
    await app.deps.db.execute(sql`
      insert into revisits (team_id, customer_id, contract_id, owner_user_id, days_after_delivery, due_on)
      values (${app.teamId}, ${customerId}, ${contract.id}, 'U_REP', 365, '2027-03-11')`);
    const id = await revisitId(365);
    for (const userId of ['U_REP2', 'U_FIN']) {
      const opened = app.slack.callsTo('views.open').length;
      const sent = await app.action(userId, {
        action_id: ACTIONS.revisitLog,
        value: encodeRevisitRef(id ?? 0),
      });
      expect(String((await answer(sent)).text)).toContain(`Revisit #${id} was not found`);
      expect(app.slack.callsTo('views.open')).toHaveLength(opened);
    }
  });

  it('an admin sets the revisit policy with /salesflow revisits; the team listing shows it; others may only read it', async () => {
    const set = await answer(await app.command('U_ADMIN', COMMANDS.salesflow, 'revisits 14, 60'));
    expect(String(set.text)).toContain('第 *14, 60* 天');
    const refused = await answer(await app.command('U_REP', COMMANDS.salesflow, 'revisits off'));
    expect(String(refused.text)).toContain('Only Salesflow admins');
    const bad = await answer(await app.command('U_ADMIN', COMMANDS.salesflow, 'revisits soon'));
    expect(String(bad.text)).toContain('/salesflow revisits 7,30,90');
    const listing = await answer(await app.command('U_REP', COMMANDS.salesflow, 'team'));
    expect(textOf(listing)).toContain('Revisits after delivery: 14, 60 days');
    const off = await answer(await app.command('U_ADMIN', COMMANDS.salesflow, 'revisits off'));
    expect(String(off.text)).toContain('关闭');
    expect(String((await answer(await app.command('U_REP', COMMANDS.salesflow, 'revisits'))).text)).toContain(
      'Revisits are *off*',
    );
  });
});
