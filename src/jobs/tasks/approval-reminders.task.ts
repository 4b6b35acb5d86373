import type { AppDeps } from '../../deps.js';
import type { ApprovalRequest, ApprovalStep } from '../../features/approvals/approvals.types.js';
import { REMINDER_TASK_KIND, reminderActions } from '../../features/approvals/reminders.usecases.js';
import type { Lead } from '../../features/leads/leads.types.js';
import type { OutboxMessage } from '../../features/outbox/outbox.types.js';
import type { Team } from '../../features/team/team.types.js';
import { localeOf } from '../../features/team/team.usecases.js';
import { type Translate, translator } from '../../i18n/index.js';
import { userMention } from '../../slack/mrkdwn.js';
import { kindLabel } from '../../slack/views/approvals/approval-format.js';
import { buildStepMessage } from '../../slack/views/approvals/approval-message.js';
import { mrkdwn } from '../../slack/views/blocks.js';
import { leadTitle } from '../../slack/views/leads/lead-format.js';
import type { DueRun, ScheduledTask } from '../scheduler.types.js';

interface StepPayload extends Record<string, unknown> {
  action: 'remind' | 'escalate';
  requestId: number;
  revision: number;
  step: number;
}
interface CancelPayload extends Record<string, unknown> {
  action: 'cancel';
  requestId: number;
}

/**
 * The deal desk's timers: one reminder DM when a step waits past the reminder delay, escalation to the
 * approver's manager past the escalation delay (both told), and automatic cancellation of requests whose lead
 * was closed. Each is marked in the database by a conditional update in the same transaction that enqueues its
 * messages, and keyed forever by step or request, so nothing is sent twice.
 */
export function createApprovalReminderTask(deps: AppDeps): ScheduledTask {
  async function context(teamId: string, requestId: number) {
    const request = await deps.approvals.findRequest(teamId, requestId);
    const lead = request?.leadId ? await deps.leads.findById(teamId, request.leadId) : undefined;
    const team = await deps.teams.ensureTeam(teamId);
    return request && lead ? { request, lead, team } : undefined;
  }

  async function languageOf(
    team: Team,
    userId: string,
  ): Promise<{ t: Translate; locale: ReturnType<typeof localeOf> }> {
    const locale = localeOf(await deps.teams.findMember(team.teamId, userId), team);
    return { t: translator(locale), locale };
  }

  /** A DM carrying the step's message (with its buttons), under a line saying why it is sent. */
  async function stepDm(
    key: string,
    team: Team,
    userId: string,
    ctx: { request: ApprovalRequest; step: ApprovalStep; lead: Lead },
    line: (t: Translate) => string,
  ): Promise<OutboxMessage> {
    const { t, locale } = await languageOf(team, userId);
    const message = buildStepMessage({ ...ctx, t, locale });
    const text = line(t);
    return {
      teamId: team.teamId,
      idempotencyKey: key,
      method: 'chat.postMessage',
      payload: {
        channel: userId,
        text,
        blocks: [{ type: 'section', text: mrkdwn(text) }, ...message.blocks],
        unfurl_links: false,
      },
    };
  }

  const params = (t: Translate, request: ApprovalRequest, lead: Lead, step: ApprovalStep) => ({
    requester: userMention(request.requesterUserId),
    approver: userMention(step.approverUserId),
    kind: kindLabel(request.kind, t),
    lead: leadTitle(lead),
    link: '',
  });

  async function remindOrEscalate(run: DueRun, payload: StepPayload, now: Date): Promise<void> {
    const ctx = await context(run.teamId, payload.requestId);
    if (!ctx) return;
    const { request, lead, team } = ctx;
    const steps = await deps.approvals.listSteps(run.teamId, request.id, payload.revision);
    const step = steps.find((s) => s.step === payload.step);
    if (step?.status !== 'pending') return;
    if (payload.action === 'remind') {
      const dm = await stepDm(`${run.key}:dm`, team, step.approverUserId, { request, step, lead }, (t) =>
        t('approvals.notify.reminder', params(t, request, lead, step)),
      );
      await deps.approvalReminders.markReminded(step, lead.id, now, (tx) =>
        deps.outbox.enqueue([{ ...dm, notBefore: now }], tx).then(() => undefined),
      );
      return;
    }
    const approver = await deps.teams.findMember(run.teamId, step.approverUserId);
    const manager =
      approver?.managerUserId && approver.managerUserId !== request.requesterUserId
        ? approver.managerUserId
        : null;
    const escalated = { ...step, escalatedToUserId: manager };
    const messages: OutboxMessage[] = [];
    if (manager) {
      messages.push(
        await stepDm(`${run.key}:manager`, team, manager, { request, step: escalated, lead }, (t) =>
          t('approvals.notify.escalatedToManager', params(t, request, lead, step)),
        ),
      );
      const { t } = await languageOf(team, step.approverUserId);
      messages.push({
        teamId: run.teamId,
        idempotencyKey: `${run.key}:approver`,
        method: 'chat.postMessage',
        payload: {
          channel: step.approverUserId,
          text: t('approvals.notify.escalatedToApprover', {
            ...params(t, request, lead, step),
            manager: userMention(manager),
          }),
        },
      });
      if (step.messageChannelId && step.messageTs) {
        const reader = step.messageChannelId.startsWith('D') ? step.approverUserId : request.requesterUserId;
        const { t: rt, locale } = await languageOf(team, reader);
        const message = buildStepMessage({ request, step: escalated, lead, t: rt, locale });
        messages.push({
          teamId: run.teamId,
          idempotencyKey: `${run.key}:update`,
          method: 'chat.update',
          payload: { channel: step.messageChannelId, ts: step.messageTs, ...message },
        });
      }
    } else {
      // Nobody above the approver: the admins are told what to configure, so the request is not stuck unseen.
      const admins = (await deps.teams.listMembers(run.teamId)).filter(
        (m) => m.role === 'admin' || m.isWorkspaceAdmin,
      );
      for (const admin of admins) {
        const { t } = await languageOf(team, admin.userId);
        messages.push({
          teamId: run.teamId,
          idempotencyKey: `${run.key}:admin:${admin.userId}`,
          method: 'chat.postMessage',
          payload: {
            channel: admin.userId,
            text: t('approvals.notify.escalationNobody', params(t, request, lead, step)),
          },
        });
      }
    }
    await deps.approvalReminders.markEscalated(step, lead.id, manager, now, (tx) =>
      deps.outbox
        .enqueue(
          messages.map((m) => ({ ...m, notBefore: now })),
          tx,
        )
        .then(() => undefined),
    );
  }

  async function cancelClosed(run: DueRun, payload: CancelPayload, now: Date): Promise<void> {
    const cancelled =
      (await deps.approvals.cancel({
        teamId: run.teamId,
        requestId: payload.requestId,
        actorUserId: null,
        reason: 'lead_closed',
        now,
      })) ?? (await deps.approvals.findRequest(run.teamId, payload.requestId));
    if (cancelled?.status !== 'cancelled') return;
    const ctx = await context(run.teamId, payload.requestId);
    if (!ctx) return;
    const steps = await deps.approvals.listSteps(run.teamId, cancelled.id, cancelled.revision);
    const { t, locale } = await languageOf(ctx.team, cancelled.requesterUserId);
    // A quote of a won lead is closed with what to do instead (its contract), not just "the lead is closed".
    const leadWon = cancelled.kind === 'quote' && ctx.lead.stage === 'won';
    const note = t(leadWon ? 'approvals.message.cancelledWon' : 'approvals.message.cancelledAuto');
    const messages: OutboxMessage[] = steps
      .filter((step) => step.status === 'skipped' && step.messageChannelId && step.messageTs)
      .map((step) => ({
        teamId: run.teamId,
        idempotencyKey: `${run.key}:update:${step.id}`,
        method: 'chat.update',
        payload: {
          channel: step.messageChannelId,
          ts: step.messageTs,
          ...buildStepMessage({
            request: cancelled,
            step,
            lead: ctx.lead,
            t,
            locale,
            cancelled: { byUserId: null, at: now, leadWon },
          }),
        },
      }));
    messages.push({
      teamId: run.teamId,
      idempotencyKey: `${run.key}:dm`,
      method: 'chat.postMessage',
      payload: {
        channel: cancelled.requesterUserId,
        text: `${note} ${t('approvals.notify.cancelled', { id: cancelled.id, lead: leadTitle(ctx.lead) })}`,
      },
    });
    await deps.outbox.enqueue(messages.map((m) => ({ ...m, notBefore: now })));
  }

  return {
    kind: REMINDER_TASK_KIND,
    async due(now) {
      const runs: DueRun[] = reminderActions(await deps.approvalReminders.waitingSteps(), now).map(
        ({ kind, waiting: { step } }) => ({
          kind: REMINDER_TASK_KIND,
          teamId: step.teamId,
          key: `approvals:${kind}:${step.id}`,
          payload: { action: kind, requestId: step.requestId, revision: step.revision, step: step.step },
        }),
      );
      for (const closed of await deps.approvalReminders.openRequestsOfClosedLeads())
        runs.push({
          kind: REMINDER_TASK_KIND,
          teamId: closed.teamId,
          key: `approvals:cancel:${closed.requestId}`,
          payload: { action: 'cancel', requestId: closed.requestId },
        });
      return runs;
    },
    async run(run, now) {
      const payload = run.payload as StepPayload | CancelPayload;
      if (payload.action === 'cancel') await cancelClosed(run, payload, now);
      else await remindOrEscalate(run, payload, now);
    },
  };
}
