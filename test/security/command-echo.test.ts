import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addProduct } from '../../src/features/products/products.usecases.js';
import { COMMANDS } from '../../src/slack/ids.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';
import { checkedStep, quietSlack } from './fuzz-harness.js';

/**
 * What Slack puts in a command's text when a user types `@here`, `@channel`, a person, or a link whose label
 * hides where it goes. Echoed back unescaped, each of them notifies people or disguises a link.
 */
const LIVE = ['<!here>', '<!channel>', '<@U0FUZZ>', '<https://evil.example/FUZZ|click here>'];

/**
 * Where each command echoes (or might echo) its argument: every subcommand that takes free text, and the text
 * alone. `{}` is replaced by the live token.
 */
const ARGUMENTS: Record<string, string[]> = {
  [COMMANDS.lead]: ['{}', 'list stage {}', 'list {}', '#{}', 'list stage needs {}'],
  [COMMANDS.followup]: ['{} tomorrow', '{} 2026-12-01 call back', 'vacation until {}', '{}'],
  [COMMANDS.needs]: [
    '{}',
    'question add {}',
    'question remove {}',
    'competitors add {}',
    'competitors remove {}',
  ],
  [COMMANDS.discount]: ['{} 12', '{} -5', 'Acme {}', '{}'],
  [COMMANDS.contract]: ['{}', '#{}', 'ledger {}', 'ledger #{}', 'reconcile {}', 'HT-2026-{}'],
  [COMMANDS.payment]: ['{} 1000', '{} 1000 2026-03-01 {}', 'HT-2026-0001 {}', '{}'],
  [COMMANDS.invoice]: ['{}', '{} 1000', 'HT-2026-0001 {}'],
  [COMMANDS.deliver]: ['{}', '#{}'],
  [COMMANDS.commission]: ['{}', '2026-03 {}', '{} 2026-03'],
  [COMMANDS.pipeline]: ['{}', 'digest {}'],
  [COMMANDS.quote]: ['{}', '#{}', 'list {}', 'export {}', 'BJ-2026-{}', 'BJ-2026-0001 v{}', 'Acme {}'],
  [COMMANDS.target]: ['{}', '{} 50000', 'team {}', 'team 50000 {}', 'settings {}', 'checkin {}'],
  [COMMANDS.product]: [
    '{}',
    'price {} 100',
    'price PUMP-01 {}',
    'price PUMP-01 100 {}',
    'price PUMP-01 remove {}',
    'list add {}',
    'list archive {}',
    'import {}',
  ],
  [COMMANDS.service]: ['{}', '#{}', '{} the printer jams', 'acme {}'],
  [COMMANDS.customer]: [
    '{}',
    '#{}',
    'acme {}',
    'merge {} #1',
    'merge #1 {}',
    'merge #1 #2 {}',
    'export {}',
    'import {}',
  ],
  [COMMANDS.salesflow]: [
    '{}',
    'role {} manager',
    'timezone {}',
    'language {}',
    'channel {}',
    'delegate {} until {}',
    'audit {}',
  ],
};
/**
 * Arguments that name a person on purpose (`/pipeline @ana`, `/salesflow role @ana manager`): the private answer
 * names them back as a mention of the id Slack resolved, which is the feature, not an echo.
 */
const NAMES_A_PERSON = new Set([
  '/pipeline <@U0FUZZ>',
  '/salesflow role <@U0FUZZ> manager',
  '/commission <@U0FUZZ>',
  '/commission 2026-03 <@U0FUZZ>',
  '/commission <@U0FUZZ> 2026-03',
  '/target <@U0FUZZ>',
  '/target <@U0FUZZ> 50000',
]);
const CASES = Object.entries(ARGUMENTS)
  .flatMap(([command, forms]) =>
    forms.flatMap((form) => LIVE.map((token) => [command, form.replaceAll('{}', token)] as const)),
  )
  .filter(([command, text]) => !NAMES_A_PERSON.has(`${command} ${text}`));

describe.each(DRIVERS)(
  'mentions and links typed as command arguments are never echoed live (%s)',
  (driver) => {
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

    it('a product whose code and name are mentions pings nobody when it is found, shown or listed', async () => {
      const actor = {
        teamId: app.teamId,
        userId: 'U_ALICE',
        role: 'admin' as const,
        isAdmin: true,
        locale: 'en' as const,
        timezone: 'UTC',
      };
      const form = { unit: '<!here>', price: '100', taxRate: '13', floorPrice: '', nameZh: '' };
      await addProduct({
        ...app.deps,
        actor,
        form: { ...form, sku: '<!channel>', nameEn: '<!here> <@U0FUZZ>' },
      });
      await addProduct({
        ...app.deps,
        actor,
        form: { ...form, sku: 'LINK-1', nameEn: '<https://evil.example/FUZZ|x>' },
      });
      for (const text of ['<!channel>', 'here', '!', 'lists'])
        await checkedStep(
          app,
          () => app.command('U_ALICE', COMMANDS.product, text),
          () => quietSlack(app),
        );
    });

    it.each(CASES)('%s %s', async (command, text) => {
      // checkedStep fails on any live token from the argument in any Slack call or private reply it caused.
      const sent = await checkedStep(
        app,
        () => app.command('U_ALICE', command, text),
        () => quietSlack(app),
      );
      expect(sent.status).toBe(200);
      const answer = app.slack.responses.find((r) => r.id === sent.responseId);
      // Every command answers something (usage, "no match", a list…), privately.
      expect(answer?.body.response_type ?? 'modal').not.toBe('in_channel');
    });
  },
);
