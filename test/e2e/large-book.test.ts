import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTeam } from '../../scripts/bench/seed.js';
import { translator } from '../../src/i18n/index.js';
import { localDate } from '../../src/lib/time-zone.js';
import { COMMANDS } from '../../src/slack/ids.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';
import { slackLimitViolations } from '../helpers/view-limits.js';

type Json = Record<string, unknown>;
const t = translator('en');

/*
 * One rep with 3,000 leads, half of them due or overdue (the benchmark's seed: follow-ups spread over ten days
 * either side of today), as a team that imported its book would have. Every answer stays within Slack's limits
 * and says the true numbers, not the size of the page it shows.
 */
describe.each(DRIVERS)('a rep with thousands of leads (%s)', (driver) => {
  let app: TestApp;
  let due: { overdue: number; today: number };

  beforeAll(async () => {
    app = await startTestApp({ driver });
    for (const id of ['U_MGR', 'U_REP']) app.addUser({ id, locale: 'en-US', tz: 'Asia/Shanghai' });
    // Leads alternate between the manager and the rep: 3,000 each.
    await seedTeam(app.database.db, {
      teamId: app.teamId,
      owners: ['U_MGR', 'U_REP'],
      leads: 6000,
      activities: 6000,
    });
    due = await app.deps.leads.dueCounts(
      app.teamId,
      ['U_REP'],
      localDate(app.deps.clock.now(), 'Asia/Shanghai'),
    );
  }, 120_000);
  afterAll(() => app?.stop());

  const reply = async (command: string, text: string): Promise<Json> => {
    const sent = await app.command('U_REP', command, text);
    return (await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === sent.responseId))).body;
  };
  const texts = (blocks: unknown): string => JSON.stringify(blocks);

  it('/followup counts every overdue and due lead, lists the oldest, and says how to reach the rest', async () => {
    expect(due.overdue).toBeGreaterThan(1000);
    const body = await reply(COMMANDS.followup, '');
    expect(slackLimitViolations(body, 'message')).toEqual([]);
    expect(body.text).toBe(t('followups.reminder.text', { count: due.overdue + due.today }));
    const shown = texts(body.blocks);
    expect(shown).toContain(
      JSON.stringify(t('followups.reminder.overdue', { count: due.overdue })).slice(1, -1),
    );
    const listed = (body.blocks as Json[]).filter((block) => block.type === 'actions').length;
    expect(shown).toContain(
      JSON.stringify(t('followups.reminder.more', { count: due.overdue + due.today - listed })).slice(1, -1),
    );
  });

  it('/lead list mine pages through all 3,000 within one message', async () => {
    const body = await reply(COMMANDS.lead, 'list mine');
    expect(slackLimitViolations(body, 'message')).toEqual([]);
    expect(String(body.text)).toContain('3000');
  });

  it('App Home shows the true overdue count within a home tab’s 100 blocks', async () => {
    const home = await app.viewFrom(
      () => app.event({ type: 'app_home_opened', user: 'U_REP', channel: 'D_REP', tab: 'home' }),
      'views.publish',
    );
    expect(slackLimitViolations(home, 'modal')).toEqual([]);
    expect(texts(home)).toContain(
      JSON.stringify(t('leads.home.overdue', { count: due.overdue })).slice(1, -1),
    );
  });

  it('/lead export mine uploads all 3,000 of the rep’s leads and none of the manager’s', async () => {
    const uploads = app.slack.uploads.length;
    await app.command('U_REP', COMMANDS.lead, 'export mine');
    await app.slack.waitFor(() => app.slack.uploads[uploads]);
    const csv = app.slack.uploads.at(-1)?.bytes.toString('utf8') ?? '';
    const rows = csv.split('\r\n').filter((line) => /^\d+,/.test(line));
    expect(rows).toHaveLength(3000);
    expect(rows.every((row) => row.includes(',U_REP,'))).toBe(true);
  });
});
