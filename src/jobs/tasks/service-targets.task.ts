import type { AppDeps } from '../../deps.js';
import type { OutboxMessage } from '../../features/outbox/outbox.types.js';
import type { ServiceNotice, ServiceRequest } from '../../features/service/service.types.js';
import {
  SERVICE_TARGETS_TASK_KIND,
  serviceNoticeAudience,
  serviceNoticeKey,
} from '../../features/service/service-reminders.usecases.js';
import type { Team } from '../../features/team/team.types.js';
import { localeOf } from '../../features/team/team.usecases.js';
import { type MessageKey, type Translate, translator } from '../../i18n/index.js';
import { escapeMrkdwn, slackDate, userMention } from '../../slack/mrkdwn.js';
import { mrkdwn } from '../../slack/views/blocks.js';
import { buildServiceRequestMessage } from '../../slack/views/service/service-message.js';
import type { DueRun, ScheduledTask } from '../scheduler.types.js';

interface NoticePayload extends Record<string, unknown> {
  notice: ServiceNotice;
  requestId: number;
}

const OWNER_LINE: Record<ServiceNotice, MessageKey> = {
  response_remind: 'service.notify.responseReminder',
  resolution_remind: 'service.notify.resolutionReminder',
  response_missed: 'service.notify.responseMissedOwner',
  resolution_missed: 'service.notify.resolutionMissedOwner',
};
const MANAGER_LINE: Record<'response_missed' | 'resolution_missed', MessageKey> = {
  response_missed: 'service.notify.responseMissedManager',
  resolution_missed: 'service.notify.resolutionMissedManager',
};

/**
 * The service targets' timers: one DM to the owner at 75 % of the response and of the resolution window (working
 * time), and when a target is missed one DM to the owner's manager (the owner told too; no manager: the admins).
 * Each notice is marked on the request by a conditional update in the same transaction that enqueues its
 * messages, and its run key is unique forever, so nothing is sent twice.
 */
export function createServiceTargetsTask(deps: AppDeps): ScheduledTask {
  async function languageOf(team: Team, userId: string): Promise<Translate> {
    return translator(localeOf(await deps.teams.findMember(team.teamId, userId), team));
  }

  const dueOf = (request: ServiceRequest, notice: ServiceNotice) =>
    (notice.startsWith('response') ? request.responseDueAt : request.resolutionDueAt) ?? request.openedAt;

  function params(t: Translate, request: ServiceRequest, notice: ServiceNotice) {
    const due = dueOf(request, notice);
    return {
      id: request.id,
      customer: escapeMrkdwn(request.customerName),
      priority: t(`service.priority.${request.priority}` as MessageKey),
      owner: userMention(request.ownerUserId),
      due: slackDate(due, `${due.toISOString().slice(0, 16).replace('T', ' ')} UTC`),
    };
  }

  /** A DM: the line saying why, above the request's own message (with its Start work / Resolve buttons). */
  function dm(key: string, userId: string, request: ServiceRequest, t: Translate, text: string, now: Date) {
    const message = buildServiceRequestMessage(request, t, now);
    return {
      teamId: request.teamId,
      idempotencyKey: key,
      method: 'chat.postMessage',
      payload: {
        channel: userId,
        text,
        blocks: [{ type: 'section', text: mrkdwn(text) }, ...message.blocks],
        unfurl_links: false,
      },
    } satisfies OutboxMessage;
  }

  async function run(run: DueRun, payload: NoticePayload, now: Date): Promise<void> {
    const request = await deps.service.findById(run.teamId, payload.requestId);
    if (!request) return;
    const team = await deps.teams.ensureTeam(run.teamId);
    const { notice } = payload;
    const audience = await serviceNoticeAudience({ teams: deps.teams, request, notice });
    const messages: OutboxMessage[] = [];
    const ownerT = await languageOf(team, request.ownerUserId);
    if (audience.kind === 'owner') {
      const text = ownerT(OWNER_LINE[notice], params(ownerT, request, notice));
      messages.push(dm(`${run.key}:owner`, request.ownerUserId, request, ownerT, text, now));
    } else if (audience.kind === 'manager' && notice.endsWith('missed')) {
      const managerT = await languageOf(team, audience.managerUserId);
      const line = MANAGER_LINE[notice as keyof typeof MANAGER_LINE];
      messages.push(
        dm(
          `${run.key}:manager`,
          audience.managerUserId,
          request,
          managerT,
          managerT(line, params(managerT, request, notice)),
          now,
        ),
      );
      messages.push({
        teamId: run.teamId,
        idempotencyKey: `${run.key}:owner`,
        method: 'chat.postMessage',
        payload: {
          channel: request.ownerUserId,
          text: ownerT(OWNER_LINE[notice], {
            ...params(ownerT, request, notice),
            manager: userMention(audience.managerUserId),
          }),
        },
      });
    } else if (audience.kind === 'admins') {
      for (const admin of audience.adminUserIds) {
        const t = await languageOf(team, admin);
        messages.push({
          teamId: run.teamId,
          idempotencyKey: `${run.key}:admin:${admin}`,
          method: 'chat.postMessage',
          payload: { channel: admin, text: t('service.notify.missedNobody', params(t, request, notice)) },
        });
      }
    }
    // A missed target shows on the request's own message: "overdue" next to the time it missed.
    if (notice.endsWith('missed') && request.channelId && request.threadTs) {
      const message = buildServiceRequestMessage(request, translator(localeOf(undefined, team)), now);
      messages.push({
        teamId: run.teamId,
        idempotencyKey: `${run.key}:update`,
        method: 'chat.update',
        payload: { channel: request.channelId, ts: request.threadTs, ...message },
      });
    }
    const toUserIds =
      audience.kind === 'owner'
        ? [audience.ownerUserId]
        : audience.kind === 'manager'
          ? [audience.managerUserId, audience.ownerUserId]
          : audience.adminUserIds;
    await deps.serviceNotices.markSent({
      teamId: run.teamId,
      requestId: request.id,
      notice,
      toUserIds,
      now,
      send: (tx) =>
        deps.outbox
          .enqueue(
            messages.map((m) => ({ ...m, notBefore: now })),
            tx,
          )
          .then(() => undefined),
    });
  }

  return {
    kind: SERVICE_TARGETS_TASK_KIND,
    async due(now) {
      return (await deps.serviceNotices.dueNotices(now)).map(({ teamId, requestId, notice }) => ({
        kind: SERVICE_TARGETS_TASK_KIND,
        teamId,
        key: serviceNoticeKey(notice, requestId),
        payload: { notice, requestId },
      }));
    },
    run(due, now) {
      return run(due, due.payload as NoticePayload, now);
    },
  };
}
