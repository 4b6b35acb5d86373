import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApprovalStep } from '../../src/features/approvals/approvals.types.js';
import type { Lead } from '../../src/features/leads/leads.types.js';
import { translator } from '../../src/i18n/index.js';
import { ACTIONS, BLOCKS, COMMANDS } from '../../src/slack/ids.js';
import { encodeDecisionMetadata } from '../../src/slack/listeners/approvals/decision-metadata.js';
import { buildReasonModal } from '../../src/slack/views/approvals/approval-decision-modals.js';
import { createLead, requestDiscount, requestOf, setUpOrg, waitingStep } from '../e2e/approvals-helpers.js';
import { type OpenedView, startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';
import { normalized, observe, quiesce, type Seen, snapshot, type Trigger } from './observe.js';

/*
 * Who may do what, as data. The lead in every row belongs to U_REP, who reports to U_MGR, who reports to the
 * director U_DIR. "Another manager" manages nobody on that line; the outsider is an admin of ANOTHER Slack
 * workspace (another team_id in the signed payload). Approvals are a 12% discount U_REP asked for, which the
 * policy routes to U_MGR; an admin may decide any step (recorded as an override).
 */
const ROLES = ['rep', 'manager', 'otherManager', 'director', 'finance', 'admin', 'outsider'] as const;
type RoleName = (typeof ROLES)[number];
const USERS: Record<RoleName, { id: string; teamId?: string }> = {
  rep: { id: 'U_REP' },
  manager: { id: 'U_MGR' },
  otherManager: { id: 'U_OTHERMGR' },
  director: { id: 'U_DIR' },
  finance: { id: 'U_FIN' },
  admin: { id: 'U_ADMIN' },
  outsider: { id: 'U_OUT', teamId: 'T_OTHER' },
};

/*
 * Y = allowed and takes effect; - = refused: nothing of the team changes, no Slack call but the private answer,
 * no trace of the lead; o = the outsider acts on their OWN workspace (they administer it): nothing of this
 * team changes.
 */
// biome-ignore format: the table reads best aligned
const EXPECTED = {
  //                                    rep mgr oth dir fin adm out
  'view (/lead #id)':                  'Y   Y   -   Y   -   Y   -',
  'view (Open button)':                'Y   Y   -   Y   -   Y   -',
  'search (/lead text)':               'Y   Y   -   Y   -   Y   -',
  'edit (Edit button)':                'Y   Y   -   Y   -   Y   -',
  'edit (modal submission)':           'Y   Y   -   Y   -   Y   -',
  'stage change (card menu)':          'Y   Y   -   Y   -   Y   -',
  'log activity (submission)':         'Y   Y   -   Y   -   Y   -',
  'mark won (submission)':             'Y   Y   -   Y   -   Y   -',
  'mark lost (submission)':            'Y   Y   -   Y   -   Y   -',
  'request a discount (/discount)':    'Y   Y   -   Y   -   Y   -',
  'request a discount (submission)':   'Y   Y   -   Y   -   Y   -',
  'approve (button)':                  '-   Y   -   -   -   Y   -',
  'reject (reason submission)':        '-   Y   -   -   -   Y   -',
  'settings (/salesflow role)':        '-   -   -   -   -   Y   o',
  'settings (/salesflow channel)':     '-   -   -   -   -   Y   o',
  'settings (modal submission)':       '-   -   -   -   -   Y   o',
  'export (/salesflow audit)':         'Y   Y   -   Y   -   Y   -',
} as const;
type ActionName = keyof typeof EXPECTED;

const cell = (action: ActionName, role: RoleName) => EXPECTED[action].split(/\s+/)[ROLES.indexOf(role)];
const allowed = (action: ActionName, role: RoleName) => cell(action, role) === 'Y';

const MISSING = 1_000_000;
/** Searches use part of the name, so the echo of the user's own words is not mistaken for a leak. */
const searchTerm = (target: { secret: string }) => target.secret.slice(1, -9);
const NO_SUCH_TERM = 'ecretive 0 Qzx';

interface Target {
  lead: Lead;
  /** The company name: a marker that must never reach someone who may not see the lead. */
  secret: string;
  step?: ApprovalStep;
  view?: OpenedView;
}

interface Spec {
  prepare(app: TestApp): Promise<Target>;
  act(app: TestApp, user: RoleName, target: Target, missing: boolean): Trigger;
  /** Asserts the allowed effect happened. */
  took(app: TestApp, user: RoleName, target: Target, seen: Seen): Promise<void>;
  /**
   * Whose refusal must read exactly like the answer for something that does not exist: everyone refused for
   * lead actions; only the outsider for approvals (teammates already see the request in the sales channel).
   */
  hidesExistence: (role: RoleName) => boolean;
}

describe.each(DRIVERS)('authorization matrix, end to end through signed payloads (%s)', (driver) => {
  let app: TestApp;
  let settingsView: OpenedView;
  let sequence = 0;

  beforeAll(async () => {
    app = await startTestApp({ driver });
    await setUpOrg(app);
    app.addUser({ id: 'U_OUT', tz: 'Asia/Shanghai' });
    await app.deps.teams.updateMember('T_OTHER', 'U_OUT', { role: 'admin' });
    // Every user's first request caches their Slack profile; do it now so snapshots compare only the action.
    for (const role of ROLES)
      await observe(app, () => app.command(USERS[role].id, COMMANDS.lead, 'help', opts(role)));
    settingsView = await app.viewFrom(() => app.command('U_ADMIN', COMMANDS.salesflow, 'settings'));
  }, 60_000);
  afterAll(() => app?.stop());

  const opts = (role: RoleName) => (USERS[role].teamId ? { teamId: USERS[role].teamId } : {});
  const as = (role: RoleName) => USERS[role].id;

  async function freshLead(): Promise<Target> {
    const secret = `Secretive ${++sequence} Qzx Holdings`;
    return { lead: await createLead(app, 'U_REP', secret), secret };
  }
  const leadId = (target: Target, missing: boolean) => target.lead.id + (missing ? MISSING : 0);
  const ownerView = (actionId: string) => async (): Promise<Target> => {
    const target = await freshLead();
    const view = await app.viewFrom(() =>
      app.action('U_REP', { action_id: actionId, value: String(target.lead.id) }),
    );
    return { ...target, view };
  };
  /** The owner's modal, submitted by `user`; `missing` points its metadata at a lead that does not exist. */
  const submitAs = (user: RoleName, target: Target, missing: boolean, values: Record<string, string>) => {
    const view = target.view as OpenedView;
    const metadata = missing
      ? (view.private_metadata ?? '').replace(
          `"leadId":${target.lead.id}`,
          `"leadId":${leadId(target, true)}`,
        )
      : view.private_metadata;
    return app.submit(as(user), { ...view, private_metadata: metadata }, values, opts(user));
  };
  const leadNow = async (target: Target) => app.deps.leads.findById(app.teamId, target.lead.id);
  const replyText = (seen: Seen) => JSON.stringify(seen.reply);

  async function pendingStep(): Promise<Target> {
    const target = await freshLead();
    await requestDiscount(app, 'U_REP', target.lead.id, '12');
    return { ...target, step: await waitingStep(app, target.lead.id, 1) };
  }
  const stepValue = (target: Target, missing: boolean) => {
    const step = target.step as ApprovalStep;
    return `${step.requestId + (missing ? MISSING : 0)}:${step.revision}:${step.step}`;
  };
  const everyone = () => true;

  const SPECS: Record<ActionName, Spec> = {
    'view (/lead #id)': {
      prepare: freshLead,
      act: (_a, user, target, missing) => () =>
        app.command(as(user), COMMANDS.lead, `#${leadId(target, missing)}`, opts(user)),
      took: async (_a, _u, target, seen) => expect(replyText(seen)).toContain(target.secret),
      hidesExistence: everyone,
    },
    'view (Open button)': {
      prepare: freshLead,
      act: (_a, user, target, missing) => () =>
        app.action(
          as(user),
          { action_id: ACTIONS.leadOpen, value: String(leadId(target, missing)) },
          opts(user),
        ),
      took: async (_a, _u, target, seen) => expect(replyText(seen)).toContain(target.secret),
      hidesExistence: everyone,
    },
    'search (/lead text)': {
      prepare: freshLead,
      // The missing case searches for a name no lead has; the refused search must read the same.
      act: (_a, user, target, missing) => () =>
        app.command(as(user), COMMANDS.lead, missing ? NO_SUCH_TERM : searchTerm(target), opts(user)),
      took: async (_a, _u, target, seen) => expect(replyText(seen)).toContain(`#${target.lead.id}`),
      hidesExistence: everyone,
    },
    'edit (Edit button)': {
      prepare: freshLead,
      act: (_a, user, target, missing) => () =>
        app.action(
          as(user),
          { action_id: ACTIONS.leadEdit, value: String(leadId(target, missing)) },
          opts(user),
        ),
      took: async (_a, _u, target, seen) =>
        expect(JSON.stringify(seen.calls.find((c) => c.method === 'views.open'))).toContain(target.secret),
      hidesExistence: everyone,
    },
    'edit (modal submission)': {
      prepare: ownerView(ACTIONS.leadEdit),
      act: (_a, user, target, missing) => () =>
        submitAs(user, target, missing, { [BLOCKS.contactTitle]: `Edited by ${as(user)}` }),
      took: async (_a, user, target) =>
        expect((await leadNow(target))?.contactTitle).toBe(`Edited by ${as(user)}`),
      hidesExistence: everyone,
    },
    'stage change (card menu)': {
      prepare: freshLead,
      act: (_a, user, target, missing) => () =>
        app.action(
          as(user),
          {
            type: 'static_select',
            action_id: ACTIONS.leadChangeStage,
            selected_option: { value: `${leadId(target, missing)}:presentation` },
          },
          opts(user),
        ),
      took: async (_a, _u, target) => expect((await leadNow(target))?.stage).toBe('presentation'),
      hidesExistence: everyone,
    },
    'log activity (submission)': {
      prepare: ownerView(ACTIONS.leadLogActivity),
      act: (_a, user, target, missing) => () =>
        submitAs(user, target, missing, { [BLOCKS.activityNote]: `Called by ${as(user)}` }),
      took: async (_a, user, target) =>
        expect(
          (await app.deps.leads.recentActivities(app.teamId, target.lead.id, 5)).map((a) => a.note),
        ).toContain(`Called by ${as(user)}`),
      hidesExistence: everyone,
    },
    'mark won (submission)': {
      prepare: ownerView(ACTIONS.leadMarkWon),
      act: (_a, user, target, missing) => () =>
        submitAs(user, target, missing, { [BLOCKS.wonAmount]: '1000' }),
      took: async (_a, _u, target) => expect((await leadNow(target))?.stage).toBe('won'),
      hidesExistence: everyone,
    },
    'mark lost (submission)': {
      prepare: ownerView(ACTIONS.leadMarkLost),
      act: (_a, user, target, missing) => () =>
        submitAs(user, target, missing, { [BLOCKS.lostReason]: 'price', [BLOCKS.lostNote]: 'too dear' }),
      took: async (_a, _u, target) => expect((await leadNow(target))?.stage).toBe('lost'),
      hidesExistence: everyone,
    },
    'request a discount (/discount)': {
      prepare: freshLead,
      act: (_a, user, target, missing) => () =>
        app.command(as(user), COMMANDS.discount, `#${leadId(target, missing)} 3`, opts(user)),
      took: async (_a, _u, target, seen) =>
        expect(JSON.stringify(seen.calls.find((c) => c.method === 'views.open'))).toContain(target.secret),
      hidesExistence: everyone,
    },
    'request a discount (submission)': {
      async prepare() {
        const target = await freshLead();
        const view = await app.viewFrom(() =>
          app.command('U_REP', COMMANDS.discount, `#${target.lead.id} 3`),
        );
        return { ...target, view };
      },
      act: (_a, user, target, missing) => () =>
        submitAs(user, target, missing, { [BLOCKS.justification]: 'Competitor is cheaper' }),
      took: async (_a, user, target) =>
        expect(await requestOf(app, target.lead.id)).toMatchObject({ requesterUserId: as(user) }),
      hidesExistence: everyone,
    },
    'approve (button)': {
      prepare: pendingStep,
      act: (_a, user, target, missing) => () =>
        app.action(
          as(user),
          { action_id: ACTIONS.approvalApprove, value: stepValue(target, missing) },
          {
            ...opts(user),
            channelId: target.step?.messageChannelId ?? 'C_SALES',
            messageTs: target.step?.messageTs ?? undefined,
          },
        ),
      took: async (_a, _u, target) =>
        expect(await waitFor(async () => (await requestOf(app, target.lead.id))?.status === 'approved')).toBe(
          true,
        ),
      hidesExistence: (role) => role === 'outsider',
    },
    'reject (reason submission)': {
      prepare: pendingStep,
      act: (_a, user, target, missing) => () => {
        const step = target.step as ApprovalStep;
        const [requestId, revision, stepNo] = stepValue(target, missing).split(':').map(Number);
        const view = buildReasonModal({
          decision: 'reject',
          t: translator('en'),
          metadata: encodeDecisionMetadata({
            requestId: requestId ?? step.requestId,
            revision: revision ?? step.revision,
            step: stepNo ?? step.step,
            decision: 'reject',
          }),
        });
        return app.submit(
          as(user),
          view as OpenedView,
          { [BLOCKS.approvalReason]: 'Margin too thin' },
          opts(user),
        );
      },
      took: async (_a, _u, target) => expect((await requestOf(app, target.lead.id))?.status).toBe('rejected'),
      hidesExistence: (role) => role === 'outsider',
    },
    'settings (/salesflow role)': {
      prepare: freshLead,
      act: (_a, user) => () =>
        app.command(as(user), COMMANDS.salesflow, 'role <@U_LONE|lone> director', opts(user)),
      took: async () =>
        expect((await app.deps.teams.findMember(app.teamId, 'U_LONE'))?.role).toBe('director'),
      hidesExistence: () => false,
    },
    'settings (/salesflow channel)': {
      prepare: freshLead,
      act: (_a, user) => () =>
        app.command(as(user), COMMANDS.salesflow, 'channel <#C_DEALS|deals>', opts(user)),
      took: async () => expect((await app.deps.teams.ensureTeam(app.teamId)).salesChannelId).toBe('C_DEALS'),
      hidesExistence: () => false,
    },
    'settings (modal submission)': {
      prepare: freshLead,
      act: (_a, user) => () =>
        app.submit(
          as(user),
          settingsView,
          { [BLOCKS.timezone]: 'Europe/Paris', [BLOCKS.salesChannel]: 'C_SALES' },
          opts(user),
        ),
      took: async () => expect((await app.deps.teams.ensureTeam(app.teamId)).timezone).toBe('Europe/Paris'),
      hidesExistence: () => false,
    },
    'export (/salesflow audit)': {
      async prepare() {
        const target = await freshLead();
        await requestDiscount(app, 'U_REP', target.lead.id, '3');
        await waitFor(async () => (await requestOf(app, target.lead.id))?.status === 'approved');
        return target;
      },
      act: (_a, user, target, missing) => () =>
        app.command(as(user), COMMANDS.salesflow, `audit #${leadId(target, missing)}`, opts(user)),
      async took(_a, _u, target) {
        const upload = await app.slack.waitFor(() =>
          app.slack.uploads.find((u) => u.bytes.toString('utf8').includes(target.secret)),
        );
        expect(upload.bytes.toString('utf8')).toContain(`,${target.lead.id},`);
      },
      hidesExistence: everyone,
    },
  };

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
    expect(seen.reply).toBeTruthy();
    if (spec.hidesExistence(role)) {
      const missing = await settle(spec.act(app, role, target, true));
      const ids = [target.lead.id, target.lead.id + MISSING];
      if (target.step) ids.push(target.step.requestId, target.step.requestId + MISSING);
      const terms = [searchTerm(target), NO_SUCH_TERM];
      expect(normalized(seen.reply, ids, terms)).toBe(normalized(missing.reply, ids, terms));
    }
  });
});

async function waitFor(probe: () => Promise<boolean>, timeoutMs = 5000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}
