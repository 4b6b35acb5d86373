import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/slack/ids.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';
import { checkedStep, quietSlack, RUNS } from './fuzz-harness.js';
import { hostile } from './hostile-text.js';

// Every command's argument string, hostile (see hostile-text.ts): answered privately, never a 500 or
// "try again", no live mention or link from the text in any Slack call, every message within Slack's limits.
describe.each(DRIVERS)('hostile command arguments (%s)', (driver) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ driver });
    app.addUser({ id: 'U_ALICE', locale: 'en-US' });
    app.slack.addChannel({ id: 'C_SALES', is_member: true });
    await app.deps.teams.ensureTeam(app.teamId);
    await app.deps.teams.updateTeam(app.teamId, { salesChannelId: 'C_SALES' });
    await app.deps.teams.updateMember(app.teamId, 'U_ALICE', { role: 'admin' });
  });
  afterAll(() => app?.stop());

  const COMMAND_LINES = [
    COMMANDS.lead,
    COMMANDS.followup,
    COMMANDS.salesflow,
    COMMANDS.needs,
    COMMANDS.discount,
    COMMANDS.contract,
    COMMANDS.pipeline,
    COMMANDS.payment,
    COMMANDS.invoice,
    COMMANDS.deliver,
    COMMANDS.commission,
    COMMANDS.target,
    COMMANDS.product,
  ];
  /** Hostile text alone, or after each command's own words, so the parsers' deeper branches see it too. */
  const argument = fc.oneof(
    hostile,
    fc
      .tuple(
        fc.constantFrom(
          'list',
          'add',
          'question add',
          'competitors add',
          'role',
          'channel',
          'timezone',
          'vacation',
          'me',
          '#1',
          'audit',
          'delegate',
          'policy',
          'team',
          'language',
          'ledger',
          'reconcile',
          'pending',
          'price PUMP-01',
          'list archive',
          'import',
          'plan',
          'HT-2026-0001',
          'leaderboard',
          'settings endofday',
          'team 5 calls',
          '<@U_ALICE> 5 visits',
        ),
        hostile,
      )
      .map(([words, text]) => `${words} ${text}`),
  );

  it.each(COMMAND_LINES)(
    'the argument string of %s',
    async (command) => {
      await fc.assert(
        fc.asyncProperty(argument, async (text) => {
          const opened = app.slack.callsTo('views.open').length;
          const sent = await checkedStep(
            app,
            () => app.command('U_ALICE', command, text),
            // The answer is a private reply, or a modal when the argument named a lead.
            async (result) => {
              await app.slack.waitFor(
                () =>
                  app.slack.responses.some((r) => r.id === result.responseId) ||
                  app.slack.callsTo('views.open').length > opened,
              );
              await quietSlack(app);
            },
          );
          expect(sent.status).toBe(200);
        }),
        { ...RUNS, numRuns: 20 },
      );
    },
    120_000,
  );
});
