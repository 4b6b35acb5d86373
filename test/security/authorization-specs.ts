import { expect } from 'vitest';
import type { ApprovalStep } from '../../src/features/approvals/approvals.types.js';
import type { Lead } from '../../src/features/leads/leads.types.js';
import { translator } from '../../src/i18n/index.js';
import { encodeDecisionMetadata } from '../../src/slack/approvals/decision-metadata.js';
import { ACTIONS, BLOCKS, COMMANDS } from '../../src/slack/ids.js';
import { encodeHandoverValue } from '../../src/slack/leads/handover-command-parser.js';
import { encodeStageOption } from '../../src/slack/leads/lead-card-values.js';
import { buildReasonModal } from '../../src/slack/views/approvals/approval-decision-modals.js';
import { createLead, requestDiscount, requestOf, waitingStep } from '../e2e/approvals-helpers.js';
import type { OpenedView, TestApp } from '../helpers/e2e.js';
import type { Seen, Trigger } from './observe.js';

// How each action of the authorization matrix is set up, performed (as any user, on the real target or on a
// missing one) and checked when allowed. The verdicts themselves are the table in authorization-matrix.test.ts.

export const ROLES = ['rep', 'manager', 'otherManager', 'director', 'finance', 'admin', 'outsider'] as const;
export type RoleName = (typeof ROLES)[number];
export const USERS: Record<RoleName, { id: string; teamId?: string }> = {
  rep: { id: 'U_REP' },
  manager: { id: 'U_MGR' },
  otherManager: { id: 'U_OTHERMGR' },
  director: { id: 'U_DIR' },
  finance: { id: 'U_FIN' },
  admin: { id: 'U_ADMIN' },
  outsider: { id: 'U_OUT', teamId: 'T_OTHER' },
};

export const MISSING = 1_000_000;
/** Searches use part of the name, so the echo of the user's own words is not mistaken for a leak. */
export const searchTerm = (target: { secret: string }) => target.secret.slice(1, -9);
export const NO_SUCH_TERM = 'ecretive 0 Qzx';

export interface Target {
  lead: Lead;
  /** The company name: a marker that must never reach someone who may not see the lead. */
  secret: string;
  step?: ApprovalStep;
  view?: OpenedView;
  /** Other ids a refusal may name (a payment's, a contract's), with their "missing" twins. */
  ids?: number[];
}

export interface Spec {
  prepare(app: TestApp): Promise<Target>;
  act(app: TestApp, user: RoleName, target: Target, missing: boolean): Trigger;
  /** Asserts the allowed effect happened. */
  took(app: TestApp, user: RoleName, target: Target, seen: Seen): Promise<void>;
  /**
   * Whose refusal must read exactly like the answer for something that does not exist: everyone refused for
   * lead actions; only the outsider for approvals (teammates already see the request in the sales channel).
   */
  hidesExistence: (role: RoleName) => boolean;
  /**
   * Whom the app answers with a report of what they may see (an empty one) instead of a refusal. Listed so the
   * matrix still demands a refusal from everyone else; each entry says why in its spec.
   */
  answersInScope?: (role: RoleName) => boolean;
}

/** The test fills `ctx` in once its app is up; the specs read it when they run. */
/** Request options that send `role`'s signed payload from their own workspace. */
export const opts = (role: RoleName) => (USERS[role].teamId ? { teamId: USERS[role].teamId } : {});

export function authorizationSpecs(ctx: { app: TestApp; settingsView: OpenedView }): Record<string, Spec> {
  let sequence = 0;
  const as = (role: RoleName) => USERS[role].id;

  async function freshLead(): Promise<Target> {
    const secret = `Secretive ${++sequence} Qzx Holdings`;
    return { lead: await createLead(ctx.app, 'U_REP', secret), secret };
  }
  const leadId = (target: Target, missing: boolean) => target.lead.id + (missing ? MISSING : 0);
  const ownerView = (actionId: string) => async (): Promise<Target> => {
    const target = await freshLead();
    const view = await ctx.app.viewFrom(() =>
      ctx.app.action('U_REP', { action_id: actionId, value: String(target.lead.id) }),
    );
    return { ...target, view };
  };
  /** The owner's modal, submitted by `user`; `missing` points its metadata at a lead that does not exist. */
  const submitAs = (user: RoleName, target: Target, missing: boolean, values: Record<string, string>) => {
    const view = target.view as unknown as OpenedView;
    const metadata = missing
      ? (view.private_metadata ?? '').replace(
          `"leadId":${target.lead.id}`,
          `"leadId":${leadId(target, true)}`,
        )
      : view.private_metadata;
    return ctx.app.submit(as(user), { ...view, private_metadata: metadata }, values, opts(user));
  };
  const leadNow = async (target: Target) => ctx.app.deps.leads.findById(ctx.app.teamId, target.lead.id);
  const replyText = (seen: Seen) => JSON.stringify(seen.reply);

  async function pendingStep(): Promise<Target> {
    const target = await freshLead();
    await requestDiscount(ctx.app, 'U_REP', target.lead.id, '12');
    return { ...target, step: await waitingStep(ctx.app, target.lead.id, 1) };
  }
  const stepValue = (target: Target, missing: boolean) => {
    const step = target.step as ApprovalStep;
    return `${step.requestId + (missing ? MISSING : 0)}:${step.revision}:${step.step}`;
  };
  const everyone = () => true;

  return {
    'view (/lead #id)': {
      prepare: freshLead,
      act: (_a, user, target, missing) => () =>
        ctx.app.command(as(user), COMMANDS.lead, `#${leadId(target, missing)}`, opts(user)),
      took: async (_a, _u, target, seen) => expect(replyText(seen)).toContain(target.secret),
      hidesExistence: everyone,
    },
    'view (Open button)': {
      prepare: freshLead,
      act: (_a, user, target, missing) => () =>
        ctx.app.action(
          as(user),
          { action_id: ACTIONS.leadOpen, value: String(leadId(target, missing)) },
          opts(user),
        ),
      took: async (_a, _u, target, seen) => expect(replyText(seen)).toContain(target.secret),
      hidesExistence: everyone,
    },
    'view (list menu "Open a lead…")': {
      prepare: freshLead,
      act: (_a, user, target, missing) => () => {
        const id = String(leadId(target, missing));
        return ctx.app.action(
          as(user),
          {
            type: 'static_select',
            action_id: ACTIONS.leadOpen,
            selected_option: { text: { type: 'plain_text', text: `#${id}` }, value: id },
          },
          opts(user),
        );
      },
      took: async (_a, _u, target, seen) => expect(replyText(seen)).toContain(target.secret),
      hidesExistence: everyone,
    },
    'search (/lead text)': {
      prepare: freshLead,
      // The missing case searches for a name no lead has; the refused search must read the same.
      act: (_a, user, target, missing) => () =>
        ctx.app.command(as(user), COMMANDS.lead, missing ? NO_SUCH_TERM : searchTerm(target), opts(user)),
      took: async (_a, _u, target, seen) => expect(replyText(seen)).toContain(`#${target.lead.id}`),
      hidesExistence: everyone,
    },
    'edit (Edit button)': {
      prepare: freshLead,
      act: (_a, user, target, missing) => () =>
        ctx.app.action(
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
        ctx.app.action(
          as(user),
          {
            type: 'static_select',
            action_id: ACTIONS.leadChangeStage,
            selected_option: {
              value: encodeStageOption(
                { id: leadId(target, missing), version: target.lead.version },
                'presentation',
                ctx.app.deps.clock.now(),
              ),
            },
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
          (await ctx.app.deps.leads.recentActivities(ctx.app.teamId, target.lead.id, 5)).map((a) => a.note),
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
        ctx.app.command(as(user), COMMANDS.discount, `#${leadId(target, missing)} 3`, opts(user)),
      took: async (_a, _u, target, seen) =>
        expect(JSON.stringify(seen.calls.find((c) => c.method === 'views.open'))).toContain(target.secret),
      hidesExistence: everyone,
    },
    'request a discount (submission)': {
      async prepare() {
        const target = await freshLead();
        const view = await ctx.app.viewFrom(() =>
          ctx.app.command('U_REP', COMMANDS.discount, `#${target.lead.id} 3`),
        );
        return { ...target, view };
      },
      act: (_a, user, target, missing) => () =>
        submitAs(user, target, missing, { [BLOCKS.justification]: 'Competitor is cheaper' }),
      took: async (_a, user, target) =>
        expect(await requestOf(ctx.app, target.lead.id)).toMatchObject({ requesterUserId: as(user) }),
      hidesExistence: everyone,
    },
    'approve (button)': {
      prepare: pendingStep,
      act: (_a, user, target, missing) => () =>
        ctx.app.action(
          as(user),
          { action_id: ACTIONS.approvalApprove, value: stepValue(target, missing) },
          {
            ...opts(user),
            channelId: target.step?.messageChannelId ?? 'C_SALES',
            messageTs: target.step?.messageTs ?? undefined,
          },
        ),
      took: async (_a, _u, target) =>
        expect(
          await waitFor(async () => (await requestOf(ctx.app, target.lead.id))?.status === 'approved'),
        ).toBe(true),
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
        return ctx.app.submit(
          as(user),
          view as unknown as OpenedView,
          { [BLOCKS.approvalReason]: 'Margin too thin' },
          opts(user),
        );
      },
      took: async (_a, _u, target) =>
        expect((await requestOf(ctx.app, target.lead.id))?.status).toBe('rejected'),
      hidesExistence: (role) => role === 'outsider',
    },
    'settings (/salesflow role)': {
      prepare: freshLead,
      act: (_a, user) => () =>
        ctx.app.command(as(user), COMMANDS.salesflow, 'role <@U_LONE|lone> director', opts(user)),
      took: async () =>
        expect((await ctx.app.deps.teams.findMember(ctx.app.teamId, 'U_LONE'))?.role).toBe('director'),
      hidesExistence: () => false,
    },
    'settings (/salesflow channel)': {
      prepare: freshLead,
      act: (_a, user) => () =>
        ctx.app.command(as(user), COMMANDS.salesflow, 'channel <#C_DEALS|deals>', opts(user)),
      took: async () =>
        expect((await ctx.app.deps.teams.ensureTeam(ctx.app.teamId)).salesChannelId).toBe('C_DEALS'),
      hidesExistence: () => false,
    },
    'settings (modal submission)': {
      prepare: freshLead,
      act: (_a, user) => () =>
        ctx.app.submit(
          as(user),
          ctx.settingsView,
          { [BLOCKS.timezone]: 'Europe/Paris', [BLOCKS.salesChannel]: 'C_SALES' },
          opts(user),
        ),
      took: async () =>
        expect((await ctx.app.deps.teams.ensureTeam(ctx.app.teamId)).timezone).toBe('Europe/Paris'),
      hidesExistence: () => false,
    },
    'export (/salesflow audit)': {
      async prepare() {
        const target = await freshLead();
        await requestDiscount(ctx.app, 'U_REP', target.lead.id, '3');
        await waitFor(async () => (await requestOf(ctx.app, target.lead.id))?.status === 'approved');
        return target;
      },
      act: (_a, user, target, missing) => () =>
        ctx.app.command(as(user), COMMANDS.salesflow, `audit #${leadId(target, missing)}`, opts(user)),
      async took(_a, _u, target) {
        const upload = await ctx.app.slack.waitFor(() =>
          ctx.app.slack.uploads.find((u) => u.bytes.toString('utf8').includes(target.secret)),
        );
        expect(upload.bytes.toString('utf8')).toContain(`,${target.lead.id},`);
      },
      hidesExistence: everyone,
    },
    'hand a lead over (/lead #id owner)': {
      prepare: freshLead,
      act: (_a, user, target, missing) => () =>
        ctx.app.command(
          as(user),
          COMMANDS.lead,
          `#${leadId(target, missing)} owner <@U_MGR|mgr>`,
          opts(user),
        ),
      took: async (_a, _u, target) => expect((await leadNow(target))?.ownerUserId).toBe('U_MGR'),
      // The owner sees their lead, so "not allowed" is the honest answer; everyone else reads "not found".
      hidesExistence: (role) => role !== 'rep',
    },
    'hand over a book (confirm button)': {
      prepare: freshLead,
      act: (_a, user) => () =>
        ctx.app.action(
          as(user),
          {
            action_id: ACTIONS.handoverConfirm,
            value: encodeHandoverValue({ fromUserId: 'U_REP', toUserId: 'U_MGR' }),
          },
          opts(user),
        ),
      took: async (_a, _u, target) => expect((await leadNow(target))?.ownerUserId).toBe('U_MGR'),
      hidesExistence: () => false,
    },
    'inbound secret (/salesflow inbound)': {
      prepare: freshLead,
      act: (_a, user) => () => ctx.app.command(as(user), COMMANDS.salesflow, 'inbound new', opts(user)),
      async took(_a, _u, _t, seen) {
        expect(replyText(seen)).toContain('sfin_');
        expect(await ctx.app.deps.inbound.findSource(ctx.app.teamId)).toBeDefined();
      },
      hidesExistence: () => false,
    },
  };
}

async function waitFor(probe: () => Promise<boolean>, timeoutMs = 5000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return true;
}
