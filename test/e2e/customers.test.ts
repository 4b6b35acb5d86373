import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lead } from '../../src/features/leads/leads.types.js';
import { createLead } from '../../src/features/leads/leads.usecases.js';
import { fixedClock } from '../../src/lib/clock.js';
import { ACTIONS, BLOCKS, COMMANDS, VIEWS } from '../../src/slack/ids.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';

const NOW = new Date('2026-12-07T02:00:00Z');
type Json = Record<string, unknown>;
type Block = { block_id?: string; text?: { text?: string }; accessory?: Button; elements?: Button[] };
type Button = { action_id?: string; value?: string };

describe.each(DRIVERS)('the customer file through Slack (%s)', (driver) => {
  let app: TestApp;
  let won: Lead;
  let lookAlike: Lead;

  const answer = async (sent: { responseId: string }) =>
    (await app.slack.waitFor(() => app.slack.responses.filter((r) => r.id === sent.responseId).at(-1)))
      .body as Json;
  const customerCommand = async (userId: string, text: string) =>
    answer(await app.command(userId, COMMANDS.customer, text));
  const textOf = (body: Json) =>
    [String(body.text), ...((body.blocks ?? []) as Block[]).map((b) => b.text?.text ?? '')].join('\n');
  const button = (body: Json, actionId: string) =>
    ((body.blocks ?? []) as Block[])
      .flatMap((b) => [...(b.elements ?? []), ...(b.accessory ? [b.accessory] : [])])
      .find((element) => element.action_id === actionId);
  const leadOf = (owner: string, form: Record<string, string>) =>
    createLead({
      ...app.deps,
      actor: {
        teamId: app.teamId,
        userId: owner,
        role: 'rep',
        isAdmin: false,
        locale: 'en',
        timezone: 'Asia/Shanghai',
      },
      form: { currency: 'CNY', ...form },
    }).then((created) => {
      if (!created.ok) throw new Error('lead not created');
      return created.lead;
    });

  beforeAll(async () => {
    app = await startTestApp({ driver, clock: fixedClock(NOW) });
    for (const [id, locale] of [
      ['U_REP', 'zh-CN'],
      ['U_OTHER', 'en-US'],
      ['U_MGR', 'en-US'],
      ['U_FIN', 'en-US'],
    ] as const)
      app.addUser({ id, locale, tz: 'Asia/Shanghai' });
    await app.deps.teams.ensureTeam(app.teamId);
    await app.deps.teams.updateMember(app.teamId, 'U_MGR', { role: 'manager' });
    await app.deps.teams.updateMember(app.teamId, 'U_REP', { managerUserId: 'U_MGR' });
    await app.deps.teams.updateMember(app.teamId, 'U_FIN', { role: 'finance' });
    const lead = await leadOf('U_REP', {
      companyName: '杭州远航科技有限公司',
      contactName: '周经理',
      phone: '+86 139 0000 1111',
      industry: '制造',
    });
    lookAlike = await leadOf('U_REP', { companyName: '杭州远航科技厂', contactName: '吴厂长' });
    // Won through the card's "Mark won" form: the win makes the customer.
    const form = await app.viewFrom(() =>
      app.action('U_REP', { action_id: ACTIONS.leadMarkWon, value: String(lead.id) }),
    );
    expect(form.callback_id).toBe(VIEWS.markWon);
    await app.submit('U_REP', form, { [BLOCKS.wonAmount]: '480,000' });
    won = (await app.deps.leads.findById(app.teamId, lead.id)) as Lead;
    expect(won.customerId).toBeTypeOf('number');
    // Its contract in the ledger: 480,000.00 contracted, 340,000.00 confirmed collected.
    await app.deps.db.execute(sql`
      insert into contracts (team_id, number, year, seq, lead_id, approval_request_id, owner_user_id, customer_name,
        amount_minor, currency, upfront_bp, status, collected_minor, approved_at)
      values (${app.teamId}, 'HT-2026-0001', 2026, 1, ${won.id}, 1, 'U_REP', '杭州远航科技有限公司', 48000000, 'CNY',
        3000, 'delivering', 34000000, ${NOW.toISOString()})`);
  });
  afterAll(() => app?.stop());

  it('the rep opens her customer by part of its name: contacts, the won deal, its contract and money, in Chinese', async () => {
    const card = await customerCommand('U_REP', '远航');
    const text = textOf(card);
    expect(text).toContain(`客户 #${won.customerId} 杭州远航科技有限公司`);
    expect(text).toContain('周经理 · +86 139 0000 1111');
    expect(text).toMatch(/CNY：合同 .*480,000\.00 · 已回款 .*340,000\.00 · 未回款 .*140,000\.00/);
    expect(text).toContain(`#${won.id} 杭州远航科技有限公司 · `);
    expect(text).toContain('HT-2026-0001');
    expect(button(card, ACTIONS.customerNewDeal)).toBeDefined();
    // The look-alike is offered, not linked.
    expect(button(card, ACTIONS.customerConfirmLead)?.value).toContain(`"l":${lookAlike.id}`);
    expect((await app.deps.leads.findById(app.teamId, lookAlike.id))?.customerId).toBeNull();
    expect(textOf(await customerCommand('U_REP', `#${won.customerId}`))).toContain('杭州远航科技有限公司');
  });

  it('her manager and finance see the customer; another rep is told how to find her own', async () => {
    expect(textOf(await customerCommand('U_MGR', `#${won.customerId}`))).toContain('Customer #');
    expect(textOf(await customerCommand('U_FIN', '远航'))).toContain('outstanding');
    for (const ref of ['远航', `#${won.customerId}`]) {
      const refused = textOf(await customerCommand('U_OTHER', ref));
      expect(refused).toContain('No customer of yours matches');
      expect(refused).toContain('/customer #12');
    }
  });

  it('the rep confirms the look-alike lead is this customer; a second click is refused with what to do', async () => {
    const card = await customerCommand('U_REP', '远航');
    const value = button(card, ACTIONS.customerConfirmLead)?.value;
    const sent = await app.action('U_REP', { action_id: ACTIONS.customerConfirmLead, value });
    const after = await answer(sent);
    expect(after.replace_original).toBe(true);
    expect(textOf(after)).toContain(`线索 #${lookAlike.id} 已归入客户 #${won.customerId}`);
    expect(textOf(after)).toContain(`#${lookAlike.id} 杭州远航科技厂`);
    expect(button(after, ACTIONS.customerConfirmLead)).toBeUndefined();
    expect((await app.deps.leads.findById(app.teamId, lookAlike.id))?.customerId).toBe(won.customerId);
    const again = await answer(await app.action('U_REP', { action_id: ACTIONS.customerConfirmLead, value }));
    expect(textOf(again)).toContain(`线索 #${lookAlike.id} 已归入某个客户`);
    // Another rep's click on the same button is "not found", never a link.
    const forged = await answer(
      await app.action('U_OTHER', { action_id: ACTIONS.customerConfirmLead, value }),
    );
    expect(textOf(forged)).toContain('No customer of yours matches');
  });

  it('"New deal" opens the lead form filled with the customer; saved, the repeat order is filed under it', async () => {
    const card = await customerCommand('U_REP', `#${won.customerId}`);
    const value = button(card, ACTIONS.customerNewDeal)?.value;
    const form = await app.viewFrom(() => app.action('U_REP', { action_id: ACTIONS.customerNewDeal, value }));
    expect(form.callback_id).toBe(VIEWS.newLead);
    const initial = (blockId: string) =>
      (
        form.blocks?.find((b) => b.block_id === blockId) as
          | { element?: { initial_value?: string } }
          | undefined
      )?.element?.initial_value;
    expect(initial(BLOCKS.company)).toBe('杭州远航科技有限公司');
    expect(initial(BLOCKS.contactName)).toBe('周经理');
    // Same phone as the won lead: no duplicate warning, it is this customer's order.
    const saved = await app.submit('U_REP', form);
    expect(saved.outcome).toMatchObject({ kind: 'done' });
    const { rows } = (await app.deps.db.execute(
      sql`select id, customer_id from leads where team_id = ${app.teamId} order by id desc limit 1`,
    )) as unknown as { rows: { id: number | string; customer_id: number | string | null }[] };
    expect(Number(rows[0]?.customer_id)).toBe(won.customerId);
    expect(textOf(await customerCommand('U_REP', '远航'))).toContain(
      `#${rows[0]?.id} 杭州远航科技有限公司 · 潜在客户`,
    );
  });
});
