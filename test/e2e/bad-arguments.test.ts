import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/lib/clock.js';
import { BLOCKS, COMMANDS, VIEWS } from '../../src/slack/ids.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';
import { createLead, setUpOrg } from './approvals-helpers.js';

// 2026-11-27 10:00 in Shanghai, a Friday.
const NOW = new Date('2026-11-27T02:00:00Z');

/** Malformed arguments get a message that says what is wrong with them, in the user's language; nothing is saved. */
describe.each(DRIVERS)('clear errors for bad arguments (%s)', (driver) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ driver, clock: fixedClock(NOW) });
    await setUpOrg(app);
    await createLead(app, 'U_REP', 'Acme');
  });
  afterAll(() => app?.stop());

  const reply = async (user: string, command: string, text: string) => {
    const sent = await app.command(user, command, text);
    return String(app.slack.responses.find((r) => r.id === sent.responseId)?.body.text ?? '');
  };

  it.each(['-5', '1e309', 'NaN', '150', '12.345'])(
    '/discount Acme %s says the percent is wrong, not that no lead matches',
    async (percent) => {
      const text = await reply('U_REP', COMMANDS.discount, `Acme ${percent}`);
      expect(text).toContain(`“${percent}” is not a discount I can use`);
      expect(text).not.toContain('No lead matches');
    },
  );

  it('/discount Acme 12,5 reads a decimal comma: the modal opens with 12.5 %', async () => {
    const view = await app.viewFrom(() => app.command('U_REP', COMMANDS.discount, 'Acme 12,5'));
    expect(view.callback_id).toBe(VIEWS.discountRequest);
    const percent = view.blocks?.find((block) => block.block_id === BLOCKS.discountPercent);
    expect(percent?.element?.initial_value).toBe('12.5');
  });

  it('a company or contact made only of invisible characters is refused inline as empty', async () => {
    const view = await app.viewFrom(() => app.command('U_REP', COMMANDS.lead));
    const saved = await app.submit('U_REP', view, {
      [BLOCKS.company]: '\u200b\u200b',
      [BLOCKS.contactName]: '\u2060\ufeff ',
    });
    expect(saved.outcome).toEqual({
      kind: 'errors',
      errors: {
        [BLOCKS.company]: 'This field is required.',
        [BLOCKS.contactName]: 'This field is required.',
      },
    });
  });

  it.each([
    ['#1 2999-01-01', 'Choose a date within the next ten years.'],
    ['vacation until 2999-01-01', 'is more than ten years away'],
  ])('/followup %s is refused like a relative date that far', async (args, message) => {
    expect(await reply('U_REP', COMMANDS.followup, args)).toContain(message);
    const lead = await app.deps.leads.findById(app.teamId, 1);
    expect(lead?.nextFollowUpOn ?? null).not.toBe('2999-01-01');
    expect((await app.deps.teams.findMember(app.teamId, 'U_REP'))?.vacationUntil ?? null).toBeNull();
  });

  it('/discount and /needs with many matches say how many and how to narrow it', async () => {
    for (let i = 0; i < 30; i++) await createLead(app, 'U_REP', `Many Match ${i}`);
    for (const command of [COMMANDS.discount, COMMANDS.needs]) {
      const sent = await app.command(
        'U_REP',
        command,
        command === COMMANDS.discount ? 'Many Match 10' : 'Many Match',
      );
      const answer = app.slack.responses.find((r) => r.id === sent.responseId)?.body;
      expect(JSON.stringify(answer?.blocks)).toContain('30 leads match; showing the first');
    }
  });
});
