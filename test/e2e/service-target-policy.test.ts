import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/lib/clock.js';
import { BLOCKS, COMMANDS, VIEWS } from '../../src/slack/ids.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';

/** Monday 2026-12-07, 10:00 in Shanghai. */
const MONDAY_10 = new Date('2026-12-07T02:00:00Z');
const epoch = (iso: string) => Math.floor(Date.parse(iso) / 1000);
type Json = Record<string, unknown>;
type Block = { text?: { text?: string } };

describe.each(DRIVERS)('service targets set by an admin in Slack (%s)', (driver) => {
  let app: TestApp;
  let customerId: number;
  const clock = fixedClock(MONDAY_10);

  const textOf = (args: Json) =>
    [String(args.text ?? ''), ...((args.blocks ?? []) as Block[]).map((b) => b.text?.text ?? '')].join('\n');
  const rows = async (query: ReturnType<typeof sql>) =>
    ((await app.deps.db.execute(query)) as unknown as { rows: Json[] }).rows;
  const say = async (userId: string, args: string) => {
    const sent = await app.command(userId, COMMANDS.salesflow, args);
    const reply = await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === sent.responseId));
    return String(reply.body.text);
  };

  beforeAll(async () => {
    app = await startTestApp({ driver, clock });
    app.addUser({ id: 'U_REP', locale: 'en-US', tz: 'Asia/Shanghai' });
    app.addUser({ id: 'U_ADMIN', locale: 'zh-CN', tz: 'Asia/Shanghai' });
    app.slack.addChannel({ id: 'C_SALES', is_member: true });
    await app.deps.teams.ensureTeam(app.teamId);
    await app.deps.teams.updateTeam(app.teamId, { salesChannelId: 'C_SALES', timezone: 'Asia/Shanghai' });
    await app.deps.teams.updateMember(app.teamId, 'U_ADMIN', { role: 'admin' });
    const [customer] = await rows(
      sql`insert into customers (team_id, name, owner_user_id) values (${app.teamId}, 'Acme Tools', 'U_REP') returning id`,
    );
    customerId = Number(customer?.id);
  }, 60_000);
  afterAll(() => app?.stop());

  async function openUrgentRequest() {
    const form = await app.viewFrom(() => app.command('U_REP', COMMANDS.service, `#${customerId} it broke`));
    expect(form.callback_id).toBe(VIEWS.serviceRequest);
    const post = await app.callFrom(
      () => app.submit('U_REP', form, { [BLOCKS.serviceKind]: 'fault', [BLOCKS.servicePriority]: 'urgent' }),
      'chat.postMessage',
    );
    return textOf(post.args);
  }

  it('anyone sees the four priorities’ targets in their language', async () => {
    const shown = await say('U_REP', 'service-targets');
    expect(shown).toContain('• P1 · urgent: respond within 2h, resolve within 1d');
    expect(shown).toContain('• P4 · low: respond within 2d, resolve within 10d');
    expect(shown).toContain('/salesflow service-targets P2 4h 2d');
    expect(await say('U_ADMIN', 'service-targets')).toContain('• P3 · 普通：1d 内响应，5d 内解决');
  });

  it('a rep is refused naming who can change them, and nothing changes', async () => {
    expect(await say('U_REP', 'service-targets P1 1h 4h')).toContain('Only Salesflow admins');
    expect(await openUrgentRequest()).toContain(`Start by <!date^${epoch('2026-12-07T04:00:00Z')}^`);
  });

  it('the admin sets P1 to 1h/4h; a rep’s new P1 request must be started by 11:00 instead of 12:00', async () => {
    expect(await say('U_ADMIN', 'service-targets P1 4h 1h')).toContain('响应时限不得长于解决时限');
    const set = await say('U_ADMIN', 'service-targets P1 1h 4h');
    expect(set).toContain('P1 · 紧急 现为：1h 内响应，4h 内解决');
    expect(set).toContain('已有请求的期限不变');
    expect(await openUrgentRequest()).toContain(`Start by <!date^${epoch('2026-12-07T03:00:00Z')}^`);
    expect(await say('U_REP', 'service-targets')).toContain(
      '• P1 · urgent: respond within 1h, resolve within 4h',
    );

    const reset = await say('U_ADMIN', 'service-targets reset');
    expect(reset).toContain('重新采用默认时限');
    expect(await openUrgentRequest()).toContain(`Start by <!date^${epoch('2026-12-07T04:00:00Z')}^`);
  });
});
