import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS, COMMANDS } from '../../src/slack/ids.js';
import { encodeStageOption } from '../../src/slack/leads/lead-card-values.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../helpers/test-db.js';
import { createLead, SALES_CHANNEL, setUpOrg, THREAD_TS } from './approvals-helpers.js';

/**
 * Each request does few database round trips once the caller is known (the team cache holds them for a while):
 * the statements the app sends through drizzle are counted, transactions' BEGIN/COMMIT aside.
 */
describe.each(DRIVERS)('round trips per request (%s)', (driver) => {
  let app: TestApp;
  let database: TestDatabase;
  let queries: string[] = [];
  const counted = async (request: () => Promise<unknown>) => {
    queries = [];
    await request();
    return queries.filter((query) => !/^(begin|commit|rollback)\b/i.test(query.trim()));
  };

  beforeAll(async () => {
    database = await createTestDatabase(driver, { logQuery: (query) => queries.push(query) });
    app = await startTestApp({ driver, database });
    await setUpOrg(app);
    for (let i = 0; i < 30; i++) await createLead(app, 'U_REP', `Round Trip ${i}`);
    // First contact of each user reads and caches their profile; the requests below are what follows.
    for (const user of ['U_REP', 'U_MGR']) await app.command(user, COMMANDS.lead, 'help');
  });
  afterAll(async () => {
    await app?.stop();
    await database?.destroy();
  });

  it.each(['U_REP', 'U_MGR'])('/lead list by %s is answered in at most three queries', async (user) => {
    const used = await counted(() => app.command(user, COMMANDS.lead, 'list team'));
    expect(used.length, used.join('\n')).toBeLessThanOrEqual(3);
  });

  it.each(['U_REP', 'U_MGR'])(
    'a stage picked on a card by %s takes at most five queries (one marks the Homes showing it), both cards redrawn',
    async (user) => {
      const lead = await createLead(app, 'U_REP', `Card ${user}`);
      const updates = app.slack.callsTo('chat.update').length;
      const used = await counted(() =>
        app.action(
          user,
          {
            type: 'static_select',
            action_id: ACTIONS.leadChangeStage,
            selected_option: { value: encodeStageOption(lead, 'proposal', app.deps.clock.now()) },
          },
          { channelId: SALES_CHANNEL, messageTs: THREAD_TS, isEphemeral: true },
        ),
      );
      expect((await app.deps.leads.findById(app.teamId, lead.id))?.stage).toBe('proposal');
      expect(app.slack.callsTo('chat.update').length).toBeGreaterThan(updates);
      // Read, conditional update, activity, the card's data — and one statement marking the Homes that show it.
      expect(used.length, used.join('\n')).toBeLessThanOrEqual(5);
    },
  );
});
