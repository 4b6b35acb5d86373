import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/lib/clock.js';
import { ACTIONS, BLOCKS, COMMANDS, VIEWS } from '../../src/slack/ids.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';
import { twoInstances } from '../helpers/two-instances.js';

/** Monday 2026-12-07, 10:00 in Shanghai. */
const MONDAY_10 = new Date('2026-12-07T02:00:00Z');
type Json = Record<string, unknown>;
type Button = { action_id?: string; value?: string };
type Block = { text?: { text?: string }; elements?: Button[] };

describe.each(DRIVERS)('service targets: reminders, escalation, service owner (%s)', (driver) => {
  let app: TestApp;
  let customerId: number;
  let at: (iso: string) => Promise<void>;
  const clock = fixedClock(MONDAY_10);

  const blocksOf = (args: Json) => (args.blocks ?? []) as Block[];
  const textOf = (args: Json) =>
    [String(args.text ?? ''), ...blocksOf(args).map((b) => b.text?.text ?? '')].join('\n');
  const buttonOf = (args: Json, actionId: string) =>
    blocksOf(args)
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.action_id === actionId);
  const rows = async (query: ReturnType<typeof sql>) =>
    ((await app.deps.db.execute(query)) as unknown as { rows: Json[] }).rows;
  /** Direct messages about request #id, to whom and saying what. */
  const dmsAbout = (id: number) =>
    app.slack
      .callsTo('chat.postMessage')
      .filter((call) => String(call.args.channel).startsWith('U') && textOf(call.args).includes(`#${id} `))
      .map((call) => ({ to: String(call.args.channel), text: textOf(call.args), args: call.args }));
  const reply = async (sent: { responseId: string }) =>
    String(
      (await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === sent.responseId))).body.text,
    );

  beforeAll(async () => {
    app = await startTestApp({ driver, clock });
    ({ at } = twoInstances(app, clock));
    for (const id of ['U_REP', 'U_MGR', 'U_ADMIN', 'U_SVC'])
      app.addUser({ id, locale: 'en-US', tz: 'Asia/Shanghai' });
    app.slack.addChannel({ id: 'C_SALES', is_member: true });
    await app.deps.teams.ensureTeam(app.teamId);
    await app.deps.teams.updateTeam(app.teamId, { salesChannelId: 'C_SALES', timezone: 'Asia/Shanghai' });
    await app.deps.teams.updateMember(app.teamId, 'U_MGR', { role: 'manager' });
    await app.deps.teams.updateMember(app.teamId, 'U_ADMIN', { role: 'admin' });
    await app.deps.teams.updateMember(app.teamId, 'U_REP', { managerUserId: 'U_MGR' });
    const [customer] = await rows(
      sql`insert into customers (team_id, name, owner_user_id) values (${app.teamId}, 'Acme <!here> Tools', 'U_REP') returning id`,
    );
    customerId = Number(customer?.id);
  }, 60_000);
  afterAll(() => app?.stop());

  async function openRequest(userId: string, priority: string) {
    const form = await app.viewFrom(() => app.command(userId, COMMANDS.service, `#${customerId} it broke`));
    expect(form.callback_id).toBe(VIEWS.serviceRequest);
    const post = await app.callFrom(
      () => app.submit(userId, form, { [BLOCKS.serviceKind]: 'fault', [BLOCKS.servicePriority]: priority }),
      'chat.postMessage',
    );
    const [saved] = await rows(
      sql`select id from service_requests where team_id = ${app.teamId} order by id desc limit 1`,
    );
    return { id: Number(saved?.id), post };
  }

  it('the owner is reminded at 75 % of the response window, the manager told once it is missed, and Start work stops the response notices', async () => {
    clock.set(MONDAY_10);
    const { id, post } = await openRequest('U_REP', 'urgent');
    // Urgent: start within 2 working hours (12:00), reminder at 11:30; resolve within 1 working day.
    expect(textOf(post.args)).toContain('Start by <!date^');
    expect(textOf(post.args)).not.toContain('overdue');

    await at('2026-12-07T03:29:00Z');
    expect(dmsAbout(id)).toEqual([]);
    await at('2026-12-07T03:30:00Z');
    await at('2026-12-07T03:45:00Z');
    const reminders = dmsAbout(id);
    expect(reminders.map((dm) => dm.to)).toEqual(['U_REP']);
    expect(reminders[0]?.text).toContain('should be started by');

    await at('2026-12-07T04:00:00Z');
    await at('2026-12-07T04:05:00Z');
    const missed = dmsAbout(id).slice(1);
    expect(missed.map((dm) => dm.to).sort()).toEqual(['U_MGR', 'U_REP']);
    expect(missed.find((dm) => dm.to === 'U_MGR')?.text).toContain('owned by <@U_REP>, was not started by');
    expect(missed.find((dm) => dm.to === 'U_REP')?.text).toContain('<@U_MGR> has been told');
    const [thread] = await rows(
      sql`select channel_id, thread_ts from service_requests where team_id = ${app.teamId} and id = ${id}`,
    );
    const update = app.slack
      .callsTo('chat.update')
      .find((call) => call.args.ts === thread?.thread_ts && textOf(call.args).includes('overdue'));
    expect(thread?.channel_id).toBe('C_SALES');
    expect(update).toBeDefined();

    const card = await app.command('U_REP', COMMANDS.customer, `#${customerId}`);
    const shown = await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === card.responseId));
    expect(JSON.stringify(shown.body)).toMatch(new RegExp(`#${id} Fault[^"]*it broke · \\*overdue\\*`));

    // The owner takes it on from the reminder's own button.
    const value = buttonOf(reminders[0]?.args ?? {}, ACTIONS.serviceStart)?.value;
    await app.callFrom(
      () =>
        app.action(
          'U_REP',
          { action_id: ACTIONS.serviceStart, value },
          { channelId: 'D_REP', messageTs: '1.1' },
        ),
      'chat.update',
    );
    await at('2026-12-07T05:00:00Z');
    await at('2026-12-07T08:00:00Z');
    expect(dmsAbout(id)).toHaveLength(3);

    // The resolution target still runs: its reminder comes at 16:45 (405 of 540 working minutes).
    await at('2026-12-07T08:45:00Z');
    const after = dmsAbout(id);
    expect(after).toHaveLength(4);
    expect(after[3]).toMatchObject({ to: 'U_REP', text: expect.stringContaining('should be resolved by') });
    const audit = await app.deps.service.auditKinds(app.teamId, id);
    expect(audit.map((e) => e.kind)).toEqual(['opened', 'reminded', 'escalated', 'started', 'reminded']);
  });

  it('Start work after the reminder means the manager is never told of the response target', async () => {
    // Tuesday 10:00: the clock only moves forward, as the outbox's pacing expects.
    clock.set(new Date('2026-12-08T02:00:00Z'));
    const { id } = await openRequest('U_REP', 'urgent');
    await at('2026-12-08T03:30:00Z');
    const [reminder] = dmsAbout(id);
    expect(reminder?.to).toBe('U_REP');
    const value = buttonOf(reminder?.args ?? {}, ACTIONS.serviceStart)?.value;
    await app.callFrom(
      () =>
        app.action(
          'U_REP',
          { action_id: ACTIONS.serviceStart, value },
          { channelId: 'D_REP', messageTs: '1.2' },
        ),
      'chat.update',
    );
    await at('2026-12-08T04:00:00Z');
    await at('2026-12-08T06:00:00Z');
    expect(dmsAbout(id).map((dm) => dm.to)).toEqual(['U_REP']);
    const [saved] = await rows(
      sql`select status, response_missed_at from service_requests where team_id = ${app.teamId} and id = ${id}`,
    );
    expect(saved).toEqual({ status: 'in_progress', response_missed_at: null });
  });

  it('two people resolving one request at once: one wins, the other is told who resolved it', async () => {
    clock.set(MONDAY_10);
    const { post } = await openRequest('U_REP', 'normal');
    const value = buttonOf(post.args, ACTIONS.serviceResolve)?.value;
    const repForm = await app.viewFrom(() =>
      app.action('U_REP', { action_id: ACTIONS.serviceResolve, value }),
    );
    const mgrForm = await app.viewFrom(() =>
      app.action('U_MGR', { action_id: ACTIONS.serviceResolve, value }),
    );
    const results = await Promise.all([
      app.submit('U_REP', repForm, { [BLOCKS.serviceResolution]: 'Replaced the roller' }),
      app.submit('U_MGR', mgrForm, { [BLOCKS.serviceResolution]: 'Cleaned the feeder' }),
    ]);
    expect(results.map((r) => r.outcome.kind).sort()).toEqual(['done', 'refused']);
    const [saved] = await rows(
      sql`select resolved_by_user_id, resolution from service_requests where team_id = ${app.teamId} order by id desc limit 1`,
    );
    const loser = results.find((r) => r.outcome.kind === 'refused')?.outcome;
    if (loser?.kind !== 'refused') throw new Error('no refusal');
    expect(loser.notice).toContain(`already resolved by <@${saved?.resolved_by_user_id}>`);
    expect(loser.notice).toContain('press *Close*');
  });

  it('an admin names a service owner who then owns new requests and shows in the team overview; a rep may not', async () => {
    const refused = await app.command('U_REP', COMMANDS.salesflow, 'service-owner <@U_SVC|svc>');
    expect(await reply(refused)).toContain('Only Salesflow admins');
    const bad = await app.command('U_ADMIN', COMMANDS.salesflow, 'service-owner tomorrow');
    expect(await reply(bad)).toContain('/salesflow service-owner @user');

    const named = await app.command('U_ADMIN', COMMANDS.salesflow, 'service-owner <@U_SVC|svc>');
    expect(await reply(named)).toContain('<@U_SVC> now owns every new service request');
    const overview = await app.command('U_REP', COMMANDS.salesflow, 'team');
    const shown = await app.slack.waitFor(() =>
      app.slack.responses.find((r) => r.id === overview.responseId),
    );
    expect(JSON.stringify(shown.body)).toContain('*Service owner:* <@U_SVC>');
    const { post } = await openRequest('U_REP', 'high');
    expect(textOf(post.args)).toContain('owner <@U_SVC>');

    const off = await app.command('U_ADMIN', COMMANDS.salesflow, 'service-owner off');
    expect(await reply(off)).toContain('goes to the customer’s rep');
    const { post: next } = await openRequest('U_REP', 'low');
    expect(textOf(next.args)).toContain('owner <@U_REP>');
  });
});
