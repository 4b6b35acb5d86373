import type { KnownBlock } from '@slack/types';
import type { ServiceRequest } from '../../../features/service/service.types.js';
import type { MessageKey, Translate } from '../../../i18n/index.js';
import { ACTIONS } from '../../ids.js';
import { SLACK_LIMITS } from '../../limits.js';
import { escapeMrkdwn, slackDate, userMention } from '../../mrkdwn.js';
import { encodeServiceRequestRef } from '../../service/service-values.js';
import { mrkdwn, plain } from '../blocks.js';

/** The request's one line head: number, kind, priority, status. */
export function serviceHead(request: ServiceRequest, t: Translate): string {
  return t('service.message.head', {
    id: request.id,
    kind: t(`service.kind.${request.kind}` as MessageKey),
    priority: t(`service.priority.${request.priority}` as MessageKey),
    status: t(`service.status.${request.status}` as MessageKey),
  });
}

/**
 * The targets still ahead of an open request: start by (while open), resolve by (until resolved), each flagged
 * overdue once `now` is past it. Times render in each reader's own zone.
 */
export function serviceDueLine(request: ServiceRequest, t: Translate, now: Date): string | undefined {
  const due = (key: MessageKey, at: Date) =>
    `${t(key, { at: slackDate(at, `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`) })}${
      now.getTime() >= at.getTime() ? ` · ${t('service.message.overdue')}` : ''
    }`;
  const parts = [
    ...(request.status === 'open' && request.responseDueAt
      ? [due('service.message.respondBy', request.responseDueAt)]
      : []),
    ...((request.status === 'open' || request.status === 'in_progress') && request.resolutionDueAt
      ? [due('service.message.resolveBy', request.resolutionDueAt)]
      : []),
  ];
  return parts.length ? parts.join(' · ') : undefined;
}

/**
 * The request as posted in the thread: what happened, who owns it, its targets (overdue as of `now`), and the
 * buttons its status allows.
 */
export function buildServiceRequestMessage(
  request: ServiceRequest,
  t: Translate,
  now: Date,
): { text: string; blocks: KnownBlock[] } {
  const dueLine = serviceDueLine(request, t, now);
  const lines = [
    serviceHead(request, t),
    t('service.message.customer', {
      customerId: request.customerId,
      customer: escapeMrkdwn(request.customerName),
      owner: userMention(request.ownerUserId),
      opener: userMention(request.openedByUserId),
    }),
    ...(dueLine ? [dueLine] : []),
    `>${escapeMrkdwn(request.description).replace(/\n/g, '\n>')}`,
    ...(request.resolution
      ? [t('service.message.resolution', { resolution: escapeMrkdwn(request.resolution) })]
      : []),
    ...(request.satisfaction !== null && request.closedByUserId
      ? [
          t('service.message.satisfaction', {
            score: request.satisfaction,
            user: userMention(request.closedByUserId),
          }),
        ]
      : []),
  ];
  const value = encodeServiceRequestRef(request.id);
  const button = (actionId: string, key: MessageKey) => ({
    type: 'button' as const,
    action_id: actionId,
    text: plain(t(key), SLACK_LIMITS.buttonText),
    value,
  });
  const buttons = [
    ...(request.status === 'open' ? [button(ACTIONS.serviceStart, 'service.button.start')] : []),
    ...(request.status === 'open' || request.status === 'in_progress'
      ? [button(ACTIONS.serviceResolve, 'service.button.resolve')]
      : []),
    ...(request.status !== 'closed' ? [button(ACTIONS.serviceClose, 'service.button.close')] : []),
  ];
  return {
    text: serviceHead(request, t),
    blocks: [
      { type: 'section', text: mrkdwn(lines.join('\n')) },
      ...(buttons.length ? [{ type: 'actions' as const, elements: buttons }] : []),
    ],
  };
}
