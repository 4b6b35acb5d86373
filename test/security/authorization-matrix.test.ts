import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/slack/ids.js';
import { setUpOrg } from '../e2e/approvals-helpers.js';
import { type OpenedView, startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';
import { agingAuthorizationSpecs } from './aging-authorization-specs.js';
import {
  authorizationSpecs,
  MISSING,
  NO_SUCH_TERM,
  opts,
  ROLES,
  type RoleName,
  type Spec,
  searchTerm,
  USERS,
} from './authorization-specs.js';
import { creditAuthorizationSpecs } from './credit-authorization-specs.js';
import { customerAuthorizationSpecs } from './customer-authorization-specs.js';
import { ledgerAuthorizationSpecs } from './ledger-authorization-specs.js';
import { normalized, observe, quiesce, refusalsIn, replyTexts, snapshot, type Trigger } from './observe.js';
import { productAuthorizationSpecs } from './product-authorization-specs.js';
import { quoteAuthorizationSpecs } from './quote-authorization-specs.js';
import { revisitAuthorizationSpecs } from './revisit-authorization-specs.js';
import { serviceAuthorizationSpecs } from './service-authorization-specs.js';
import { targetAuthorizationSpecs } from './target-authorization-specs.js';

/*
 * Who may do what, as data. The lead in every row belongs to U_REP, who reports to U_MGR, who reports to the
 * director U_DIR. "Another manager" manages nobody on that line; the outsider is an admin of ANOTHER Slack
 * workspace (another team_id in the signed payload). Approvals are a 12% discount U_REP asked for, which the
 * policy routes to U_MGR; an admin may decide any step (recorded as an override).
 */
/*
 * Y = allowed and takes effect; - = refused: nothing of the team changes, no Slack call but the private answer,
 * no trace of the lead; o = the outsider acts on their OWN workspace (they administer it): nothing of this
 * team changes.
 */
// biome-ignore format: the table reads best aligned
const EXPECTED = {
  //                                          rep mgr oth dir fin adm out
  'view (/lead #id)':                        'Y   Y   -   Y   -   Y   -',
  'view (Open button)':                      'Y   Y   -   Y   -   Y   -',
  'view (list menu "Open a lead…")':         'Y   Y   -   Y   -   Y   -',
  'search (/lead text)':                     'Y   Y   -   Y   -   Y   -',
  'edit (Edit button)':                      'Y   Y   -   Y   -   Y   -',
  'edit (modal submission)':                 'Y   Y   -   Y   -   Y   -',
  'stage change (card menu)':                'Y   Y   -   Y   -   Y   -',
  'log activity (submission)':               'Y   Y   -   Y   -   Y   -',
  'mark won (submission)':                   'Y   Y   -   Y   -   Y   -',
  'mark lost (submission)':                  'Y   Y   -   Y   -   Y   -',
  'request a discount (/discount)':          'Y   Y   -   Y   -   Y   -',
  'request a discount (submission)':         'Y   Y   -   Y   -   Y   -',
  'approve (button)':                        '-   Y   -   -   -   Y   -',
  'reject (reason submission)':              '-   Y   -   -   -   Y   -',
  'settings (/salesflow role)':              '-   -   -   -   -   Y   o',
  'settings (/salesflow channel)':           '-   -   -   -   -   Y   o',
  'settings (modal submission)':             '-   -   -   -   -   Y   o',
  'export (/salesflow audit)':               'Y   Y   -   Y   -   Y   -',
  'set a rep’s target (/target @rep)':       '-   Y   -   Y   -   Y   o',
  'read a rep’s targets (/target @rep)':     'Y   Y   -   Y   -   Y   o',
  'set the team’s target (/target team)':    '-   -   -   Y   -   Y   o',
  'targets settings (/target settings)':     '-   -   -   -   -   Y   o',
  // The contract ledger: U_REP's contract, approved by U_MGR.
  'ledger (/contract ledger <lead>)':        'Y   Y   -   Y   Y   Y   -',
  'payment (/payment)':                      'Y   Y   -   Y   Y   Y   -',
  'confirm a payment (button)':              '-   -   -   -   Y   Y   -',
  'confirm a payment (App Home button)':      '-   -   -   -   Y   Y   -',
  'reverse a payment (reason submission)':   '-   -   -   -   Y   Y   -',
  'reject a payment (reason submission)':    '-   -   -   -   Y   Y   -',
  'mark signed (submission)':                'Y   -   -   -   -   Y   -',
  'invoice (/invoice)':                      'Y   Y   -   Y   Y   Y   -',
  'deliver (/deliver)':                      'Y   -   -   -   -   Y   -',
  'cancel a contract (reason submission)':   '-   -   -   -   Y   Y   -',
  'edit the commission plan (submission)':   '-   -   -   -   -   Y   o',
  'finance policy (submission)':             '-   -   -   -   -   Y   o',
  'reconciliation (/contract reconcile)':    '-   -   -   -   Y   Y   -',
  'statement (/commission @rep)':            'Y   Y   -   Y   Y   Y   -',
  // The receivables aging: U_REP's customer with money overdue, by the ledger's visibility.
  'receivables aging (/contract aging)':     'Y   Y   -   Y   Y   Y   -',
  'export the aging (button)':               'Y   Y   -   Y   Y   Y   -',
  // Handing leads over, and the secret for leads from web forms.
  'hand a lead over (/lead #id owner)':      '-   Y   -   Y   -   Y   -',
  'hand over a book (confirm button)':       '-   Y   -   Y   -   Y   o',
  'inbound secret (/salesflow inbound)':     '-   -   -   -   -   Y   o',
  // Quotes: U_REP's quote on U_REP's lead (a 10 % one goes to U_MGR).
  'build a quote (/quote <lead>)':           'Y   -   -   -   -   Y   -',
  'view a quote (/quote BJ-…)':              'Y   Y   -   Y   Y   Y   -',
  'send a quote (Send PDF button)':          'Y   -   -   -   -   Y   -',
  'record acceptance (button)':              'Y   -   -   -   -   Y   -',
  'approve a quote (button)':                '-   Y   -   -   -   Y   -',
  'quote logo form (/salesflow logo)':       '-   -   -   -   -   Y   o',
  'remove the quote logo (/salesflow logo remove)': '-   -   -   -   -   Y   o',
  // The price list: everyone in the team reads it; admins and finance change it.
  'find a product (/product text)':          'Y   Y   Y   Y   Y   Y   -',
  'add a product (/product add)':            '-   -   -   -   Y   Y   o',
  'add a product (submission)':              '-   -   -   -   Y   Y   o',
  'edit a product (submission)':             '-   -   -   -   Y   Y   -',
  'retire a product (button)':               '-   -   -   -   Y   Y   -',
  'set a price (/product price)':            '-   -   -   -   Y   Y   -',
  'add a price list (/product list add)':    '-   -   -   -   Y   Y   o',
  'import a price list (/product import)':   '-   -   -   -   Y   Y   o',
  // Customers' credit: finance and admins set a customer's limit (the outsider's team has no such customer).
  'open the credit limit form (button)':      '-   -   -   -   Y   Y   -',
  'set a credit limit (submission)':          '-   -   -   -   Y   Y   -',
  // The customer file: U_REP's customer. Only admins merge; an export is always of the caller's own scope.
  'customer card (/customer #id)':           'Y   Y   -   Y   Y   Y   -',
  'merge customers (/customer merge)':       '-   -   -   -   -   Y   o',
  'merge customers (Merge button)':          '-   -   -   -   -   Y   o',
  'export customers (/customer export)':     'Y   Y   -   Y   Y   Y   o',
  'import customers (/customer import)':     'Y   Y   Y   Y   Y   Y   o',
  'this is the customer (button)':           'Y   Y   -   Y   Y   Y   -',
  'new deal for a customer (button)':        'Y   Y   -   Y   Y   Y   -',
  // After-sales service: U_REP's customer and U_REP's request; whoever sees the customer may act as the owner.
  'open a service request (/service)':       'Y   Y   -   Y   Y   Y   -',
  'open a service request (card button)':    'Y   Y   -   Y   Y   Y   -',
  'start service work (button)':             'Y   Y   -   Y   Y   Y   -',
  'resolve a service request (submission)':  'Y   Y   -   Y   Y   Y   -',
  'close a service request (submission)':    'Y   Y   -   Y   Y   Y   -',
  // Revisits after delivery: U_REP's customer's; her managers up the line and admins log them too, not finance.
  'log a revisit (Log revisit button)':      'Y   Y   -   Y   -   Y   -',
  'log a revisit (submission)':              'Y   Y   -   Y   -   Y   -',
  'revisit policy (/salesflow revisits)':    '-   -   -   -   -   Y   o',
  'name the service owner (/salesflow service-owner)': '-   -   -   -   -   Y   o',
  'set the service targets (/salesflow service-targets)': '-   -   -   -   -   Y   o',
} as const;
type ActionName = keyof typeof EXPECTED;

const cell = (action: ActionName, role: RoleName) => EXPECTED[action].split(/\s+/)[ROLES.indexOf(role)];
const allowed = (action: ActionName, role: RoleName) => cell(action, role) === 'Y';

describe.each(DRIVERS)('authorization matrix, end to end through signed payloads (%s)', (driver) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ driver });
    ctx.app = app;
    await setUpOrg(app);
    app.addUser({ id: 'U_OUT', tz: 'Asia/Shanghai' });
    // A second finance user, so an invoice finance asks for has someone to approve it.
    app.addUser({ id: 'U_FIN2', tz: 'Asia/Shanghai' });
    await app.deps.teams.updateMember(app.teamId, 'U_FIN2', { role: 'finance' });
    await app.deps.teams.updateMember('T_OTHER', 'U_OUT', { role: 'admin' });
    // Every user's first request caches their Slack profile; do it now so snapshots compare only the action.
    for (const role of ROLES)
      await observe(app, () => app.command(USERS[role].id, COMMANDS.lead, 'help', opts(role)));
    ctx.settingsView = await app.viewFrom(() => app.command('U_ADMIN', COMMANDS.salesflow, 'settings'));
  }, 60_000);
  afterAll(() => app?.stop());

  const ctx = { app: undefined as unknown as TestApp, settingsView: undefined as unknown as OpenedView };
  const SPECS = {
    ...authorizationSpecs(ctx),
    ...targetAuthorizationSpecs(ctx),
    ...ledgerAuthorizationSpecs(ctx),
    ...agingAuthorizationSpecs(ctx),
    ...quoteAuthorizationSpecs(ctx),
    ...productAuthorizationSpecs(ctx),
    ...creditAuthorizationSpecs(ctx),
    ...customerAuthorizationSpecs(ctx),
    ...serviceAuthorizationSpecs(ctx),
    ...revisitAuthorizationSpecs(ctx),
  } as Record<ActionName, Spec>;

  /** Observes a refused action; the trigger may answer through the response_url or the modal ack. */
  const settle = (trigger: Trigger) => observe(app, trigger);

  const cells = (Object.keys(EXPECTED) as ActionName[]).flatMap((action) =>
    ROLES.map(
      (role) =>
        [
          action,
          role,
          { Y: 'may', o: 'only touches their own workspace', '-': 'may not' }[
            cell(action, role) as 'Y' | 'o' | '-'
          ],
        ] as const,
    ),
  );

  it('the table gives every role a verdict for every action', () => {
    for (const action of Object.keys(EXPECTED) as ActionName[])
      expect(
        EXPECTED[action].split(/\s+/).every((v) => /^[Y\-o]$/.test(v)) &&
          EXPECTED[action].split(/\s+/).length,
      ).toBe(ROLES.length);
  });

  it.each(cells)('%s: the %s %s', async (action, role) => {
    const spec = SPECS[action];
    const target = await spec.prepare(app);
    await quiesce(app);
    if (allowed(action, role)) {
      const seen = await settle(spec.act(app, role, target, false));
      await spec.took(app, role, target, seen);
      return;
    }
    const before = await snapshot(app);
    const seen = await settle(spec.act(app, role, target, false));
    if (cell(action, role) === 'o') {
      expect(await snapshot(app)).toEqual(before);
      return;
    }
    // Refused: nothing written, nothing posted, opened or updated, and only a private answer.
    expect(await snapshot(app)).toEqual(before);
    expect(seen.calls.map((c) => c.method)).toEqual([]);
    expect(JSON.stringify(seen)).not.toContain(target.secret);
    // Told something: an empty answer (no reply at all, an empty notice) is not a refusal. Where the rows are
    // hidden, the answer is what anyone gets for rows that do not exist (compared below); where the spec lists an
    // answer in the role's own scope, that answer; anywhere else it says the refusal, in words from the catalog.
    if (spec.hidesExistence(role) || spec.answersInScope?.(role))
      expect(replyTexts(seen.reply), JSON.stringify(seen.reply)).not.toEqual([]);
    else expect(refusalsIn(seen.reply), JSON.stringify(seen.reply)).not.toEqual([]);
    if (spec.hidesExistence(role)) {
      const missing = await settle(spec.act(app, role, target, true));
      const ids = [target.lead.id, target.lead.id + MISSING, ...(target.ids ?? [])];
      if (target.step) ids.push(target.step.requestId, target.step.requestId + MISSING);
      const terms = [searchTerm(target), NO_SUCH_TERM];
      expect(normalized(seen.reply, ids, terms)).toBe(normalized(missing.reply, ids, terms));
    }
  });
});
