import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLead } from '../../src/features/leads/leads.usecases.js';
import { fixedClock } from '../../src/lib/clock.js';
import { ACTIONS, COMMANDS } from '../../src/slack/ids.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';

const NOW = new Date('2026-12-07T02:00:00Z');
type Json = Record<string, unknown>;
type Block = { text?: { text?: string }; elements?: Button[] };
type Button = { action_id?: string; value?: string };

describe.each(DRIVERS)('merging two customers through Slack (%s)', (driver) => {
  let app: TestApp;
  let customerSeq = 0;

  const answer = async (sent: { responseId: string }) =>
    (await app.slack.waitFor(() => app.slack.responses.filter((r) => r.id === sent.responseId).at(-1)))
      .body as Json;
  const textOf = (body: Json) =>
    [String(body.text), ...((body.blocks ?? []) as Block[]).map((b) => b.text?.text ?? '')].join('\n');
  const mergeButton = (body: Json) =>
    ((body.blocks ?? []) as Block[])
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === ACTIONS.customerMergeConfirm);
  const customerCommand = async (userId: string, text: string) =>
    answer(await app.command(userId, COMMANDS.customer, text));
  const rows = async <T>(query: ReturnType<typeof sql>) =>
    ((await app.deps.db.execute(query)) as unknown as { rows: T[] }).rows;

  const customer = async (name: string, phone: string) => {
    const [row] = await rows<{ id: string }>(sql`
      insert into customers (team_id, name, owner_user_id) values (${app.teamId}, ${name}, 'U_REP') returning id`);
    const id = Number(row?.id);
    await app.deps.db.execute(sql`
      insert into customer_contacts (team_id, customer_id, name, phone) values (${app.teamId}, ${id}, '周经理', ${phone})`);
    return id;
  };
  const leadUnder = async (customerId: number, name: string) => {
    const created = await createLead({
      ...app.deps,
      actor: {
        teamId: app.teamId,
        userId: 'U_REP',
        role: 'rep',
        isAdmin: false,
        locale: 'en',
        timezone: 'Asia/Shanghai',
      },
      form: { companyName: name, contactName: '王工', currency: 'CNY' },
    });
    if (!created.ok) throw new Error('lead not created');
    await app.deps.customers.linkLead(app.teamId, created.lead.id, customerId);
    return created.lead.id;
  };
  /** #kept and #merged, the same company twice; #merged has a lead with a 480,000.00 CNY contract. */
  const pair = async () => {
    const n = ++customerSeq;
    const kept = await customer(`Acme Trading ${n}`, '+86 139 0000 1111');
    const merged = await customer(`ACME <Trading> ${n}`, '13900001111');
    const lead = await leadUnder(merged, `Acme order ${n}`);
    await app.deps.db.execute(sql`
      insert into contracts (team_id, number, year, seq, lead_id, approval_request_id, owner_user_id, customer_name,
        amount_minor, currency, upfront_bp, status, collected_minor, approved_at)
      values (${app.teamId}, ${`HT-2026-${n}`}, 2026, ${n}, ${lead}, ${n}, 'U_REP', 'Acme', 48000000, 'CNY', 3000,
        'delivering', 0, ${NOW.toISOString()})`);
    return { kept, merged, lead };
  };

  beforeAll(async () => {
    app = await startTestApp({ driver, clock: fixedClock(NOW) });
    for (const [id, locale] of [
      ['U_REP', 'en-US'],
      ['U_ADMIN', 'en-US'],
      ['U_ADMIN_ZH', 'zh-CN'],
    ] as const)
      app.addUser({ id, locale, tz: 'Asia/Shanghai' });
    await app.deps.teams.ensureTeam(app.teamId);
    await app.deps.teams.updateMember(app.teamId, 'U_ADMIN', { role: 'admin' });
    await app.deps.teams.updateMember(app.teamId, 'U_ADMIN_ZH', { role: 'admin' });
  });
  afterAll(() => app?.stop());

  it('an admin sees what moves, merges, and the merged customer then answers "merged into" the kept one', async () => {
    const { kept, merged, lead } = await pair();
    const preview = await customerCommand('U_ADMIN', `merge #${kept} #${merged}`);
    const text = textOf(preview);
    expect(text).toContain(`Merge customer #${merged} ACME &lt;Trading&gt; 1 into #${kept} Acme Trading 1?`);
    expect(text).toContain('Moves from #');
    expect(text).toContain('1 leads with 1 contracts, 0 contacts. 1 of its contacts');
    expect(text).toMatch(/CNY: contracted .*480,000\.00/);
    const done = await answer(
      await app.action('U_ADMIN', {
        action_id: ACTIONS.customerMergeConfirm,
        value: mergeButton(preview)?.value,
      }),
    );
    expect(done.replace_original).toBe(true);
    expect(textOf(done)).toContain(`Customer #${merged} ACME &lt;Trading&gt; 1 is merged into #${kept}`);
    expect((await app.deps.leads.findById(app.teamId, lead))?.customerId).toBe(kept);
    expect(textOf(await customerCommand('U_REP', `#${merged}`))).toContain(
      `Customer #${merged} was merged into customer #${kept}. Open it with \`/customer #${kept}\``,
    );
    expect(textOf(await customerCommand('U_REP', `#${kept}`))).toContain(`#${lead} Acme order 1`);
    expect(
      await rows(sql`select actor_user_id from customer_merges where kept_customer_id = ${kept}`),
    ).toEqual([{ actor_user_id: 'U_ADMIN' }]);
  });

  it('a preview made stale by a new lead is refused with what changed, in Chinese; nothing is merged', async () => {
    const { kept, merged } = await pair();
    const preview = await customerCommand('U_ADMIN_ZH', `合并 #${kept} #${merged}`);
    expect(textOf(preview)).toContain(`将客户 #${merged}`);
    await leadUnder(merged, 'Acme follow-on');
    const refused = await answer(
      await app.action('U_ADMIN_ZH', {
        action_id: ACTIONS.customerMergeConfirm,
        value: mergeButton(preview)?.value,
      }),
    );
    expect(textOf(refused)).toContain(`#${merged} 现有 2 条线索`);
    expect(textOf(refused)).toContain(`/customer merge #${kept} #${merged}`);
    expect(
      await rows(sql`select id from customers where id = ${merged} and merged_into_id is null`),
    ).toHaveLength(1);
  });

  it('a rep cannot merge, not even with a preview’s button: told to ask an admin', async () => {
    const { kept, merged } = await pair();
    expect(textOf(await customerCommand('U_REP', `merge #${kept} #${merged}`))).toContain(
      'Only Salesflow admins can merge customers',
    );
    const preview = await customerCommand('U_ADMIN', `merge #${kept} #${merged}`);
    const forged = await answer(
      await app.action('U_REP', {
        action_id: ACTIONS.customerMergeConfirm,
        value: mergeButton(preview)?.value,
      }),
    );
    expect(textOf(forged)).toContain('Only Salesflow admins can merge customers');
    expect(
      await rows(sql`select id from customers where id = ${merged} and merged_into_id is null`),
    ).toHaveLength(1);
    expect(textOf(await customerCommand('U_ADMIN', `merge #${kept}`))).toContain('`/customer merge #12 #34`');
  });
});
