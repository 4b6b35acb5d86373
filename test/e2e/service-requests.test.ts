import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLead } from '../../src/features/leads/leads.usecases.js';
import { fixedClock } from '../../src/lib/clock.js';
import { ACTIONS, BLOCKS, COMMANDS, VIEWS } from '../../src/slack/ids.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';

const NOW = new Date('2026-12-07T02:00:00Z');
type Json = Record<string, unknown>;
type Button = { action_id?: string; value?: string };
type Block = { text?: { text?: string }; elements?: Button[] };

describe.each(DRIVERS)('after-sales service requests through Slack (%s)', (driver) => {
  let app: TestApp;
  let customerId: number;
  let leadId: number;

  const blocksOf = (args: Json) => (args.blocks ?? []) as Block[];
  const textOf = (args: Json) =>
    blocksOf(args)
      .map((b) => b.text?.text ?? '')
      .join('\n');
  const buttonOf = (args: Json, actionId: string) =>
    blocksOf(args)
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === actionId);
  const rows = async (query: ReturnType<typeof sql>) =>
    ((await app.deps.db.execute(query)) as unknown as { rows: Json[] }).rows;

  beforeAll(async () => {
    app = await startTestApp({ driver, clock: fixedClock(NOW) });
    for (const id of ['U_REP', 'U_MGR', 'U_OTHER']) app.addUser({ id, locale: 'en-US', tz: 'Asia/Shanghai' });
    app.slack.addChannel({ id: 'C_SALES', is_member: true });
    await app.deps.teams.ensureTeam(app.teamId);
    await app.deps.teams.updateTeam(app.teamId, { salesChannelId: 'C_SALES' });
    await app.deps.teams.updateMember(app.teamId, 'U_MGR', { role: 'manager' });
    await app.deps.teams.updateMember(app.teamId, 'U_REP', { managerUserId: 'U_MGR' });
    const [customer] = await rows(
      sql`insert into customers (team_id, name, owner_user_id) values (${app.teamId}, 'Acme <!here> Tools', 'U_REP') returning id`,
    );
    customerId = Number(customer?.id);
    const created = await createLead({
      ...app.deps,
      actor: {
        teamId: app.teamId,
        userId: 'U_REP',
        role: 'rep',
        isAdmin: false,
        locale: 'en',
        timezone: 'UTC',
      },
      form: { companyName: 'Acme <!here> Tools', contactName: 'Ana', currency: 'CNY' },
    });
    if (!created.ok) throw new Error('lead not created');
    const [lead] = await rows(sql`
      update leads set customer_id = ${customerId}, channel_id = 'C_SALES', thread_ts = '1700000000.000001'
      where id = ${created.lead.id} returning id`);
    leadId = Number(lead?.id);
  });
  afterAll(() => app?.stop());

  async function openRequest(userId: string, text: string) {
    const form = await app.viewFrom(() => app.command(userId, COMMANDS.service, text));
    expect(form.callback_id).toBe(VIEWS.serviceRequest);
    const post = app.callFrom(
      () => app.submit(userId, form, { [BLOCKS.serviceKind]: 'fault', [BLOCKS.servicePriority]: 'urgent' }),
      'chat.postMessage',
    );
    return { form, post: await post };
  }

  it('`/service #id what happened` opens the form, and the request is posted in the lead’s thread for its owner', async () => {
    const { form, post } = await openRequest('U_REP', `#${customerId} the printer <!channel> jams`);
    expect(JSON.stringify(form.blocks)).toContain('the printer <!channel> jams');
    expect(post.args).toMatchObject({ channel: 'C_SALES', thread_ts: '1700000000.000001' });
    const text = textOf(post.args);
    expect(text).toContain('Fault · P1 · urgent · open');
    expect(text).toContain('owner <@U_REP>');
    expect(text).toContain('the printer &lt;!channel&gt; jams');
    expect(text).toContain('Acme &lt;!here&gt; Tools');
    expect(buttonOf(post.args, ACTIONS.serviceStart)).toBeDefined();
    const [saved] = await rows(
      sql`select * from service_requests where team_id = ${app.teamId} order by id desc limit 1`,
    );
    // Raw rows: Postgres answers a bigint as text, PGlite as a number.
    expect({ ...saved, lead_id: Number(saved?.lead_id) }).toMatchObject({
      status: 'open',
      lead_id: leadId,
      owner_user_id: 'U_REP',
      channel_id: 'C_SALES',
    });
  });

  it('the form says inline what is missing: kind and what happened', async () => {
    const form = await app.viewFrom(() => app.command('U_REP', COMMANDS.service, `#${customerId}`));
    const sent = await app.submit('U_REP', form, {});
    expect(sent.outcome.kind).toBe('errors');
    if (sent.outcome.kind !== 'errors') return;
    expect(Object.keys(sent.outcome.errors).sort()).toEqual(
      [BLOCKS.serviceDescription, BLOCKS.serviceKind].sort(),
    );
  });

  it('start, then close with what was done and the satisfaction; a second closer is told who closed it', async () => {
    const { post } = await openRequest('U_REP', `#${customerId} training for new staff`);
    const value = buttonOf(post.args, ACTIONS.serviceStart)?.value;
    const started = await app.callFrom(
      () => app.action('U_REP', { action_id: ACTIONS.serviceStart, value }),
      'chat.update',
    );
    expect(textOf(started.args)).toContain('in progress');
    expect(buttonOf(started.args, ACTIONS.serviceStart)).toBeUndefined();

    const repForm = await app.viewFrom(() => app.action('U_REP', { action_id: ACTIONS.serviceClose, value }));
    const mgrForm = await app.viewFrom(() => app.action('U_MGR', { action_id: ACTIONS.serviceClose, value }));
    const noScore = await app.submit('U_REP', repForm, { [BLOCKS.serviceResolution]: 'Trained 4 people' });
    expect(noScore.outcome).toMatchObject({
      kind: 'errors',
      errors: { [BLOCKS.serviceSatisfaction]: expect.stringContaining('1 (very unhappy) to 5') },
    });
    const closed = await app.submit('U_REP', repForm, {
      [BLOCKS.serviceResolution]: 'Trained 4 people',
      [BLOCKS.serviceSatisfaction]: '5',
    });
    expect(closed.outcome.kind).toBe('done');
    const late = await app.submit('U_MGR', mgrForm, {
      [BLOCKS.serviceResolution]: 'Done',
      [BLOCKS.serviceSatisfaction]: '2',
    });
    expect(late.outcome.kind).toBe('refused');
    if (late.outcome.kind === 'refused') expect(late.outcome.notice).toContain('already closed by <@U_REP>');
    const [saved] = await rows(
      sql`select status, satisfaction, resolution, closed_by_user_id from service_requests where team_id = ${app.teamId} order by id desc limit 1`,
    );
    expect(saved).toEqual({
      status: 'closed',
      satisfaction: 5,
      resolution: 'Trained 4 people',
      closed_by_user_id: 'U_REP',
    });
  });

  it('the customer card lists its open requests and opens a new one from its Service request button', async () => {
    const sent = await app.command('U_REP', COMMANDS.customer, `#${customerId}`);
    const card = (await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === sent.responseId)))
      .body as Json;
    const text = textOf(card);
    expect(text).toContain('*Service*');
    expect(text).toMatch(/#\d+ Fault · P1 · urgent · open · <@U_REP>: the printer &lt;!channel&gt; jams/);
    expect(text).not.toContain('training for new staff');
    expect(text).toContain('No revisit planned.');
    const value = buttonOf(card, ACTIONS.serviceNewForCustomer)?.value;
    const form = await app.viewFrom(() =>
      app.action('U_REP', { action_id: ACTIONS.serviceNewForCustomer, value }),
    );
    expect(form.callback_id).toBe(VIEWS.serviceRequest);
    expect(JSON.stringify(form.blocks)).toContain(`Customer #${customerId} Acme &lt;!here&gt; Tools`);
  });

  it('a rep who does not see the customer is told it is not found, with how to find hers', async () => {
    const sent = await app.command('U_OTHER', COMMANDS.service, `#${customerId} broken`);
    const answer = await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === sent.responseId));
    expect(String(answer.body.text)).toContain('No customer of yours matches');
  });
});
