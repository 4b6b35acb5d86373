import type { ActionsBlock, KnownBlock } from '@slack/types';
import {
  type ApprovalRequest,
  type ApprovalStep,
  CHANGEABLE_KINDS,
  SYSTEM_REQUESTER,
} from '../../../features/approvals/approvals.types.js';
import type { Lead } from '../../../features/leads/leads.types.js';
import type { Locale, MessageKey, Translate } from '../../../i18n/index.js';
import { ACTIONS } from '../../ids.js';
import { SLACK_LIMITS } from '../../limits.js';
import { escapeMrkdwn, slackDate, truncate, userMention } from '../../mrkdwn.js';
import { mrkdwn, plain } from '../blocks.js';
import { leadTitle } from '../leads/lead-format.js';
import { detailLines, kindLabel, roleLabel } from './approval-format.js';

export interface StepMessageInput {
  request: ApprovalRequest;
  step: ApprovalStep;
  /** Null for a request about no single lead (a month's commission sheet). */
  lead: Pick<Lead, 'id' | 'companyName'> | null;
  t: Translate;
  locale: Locale;
  /** The approver's active delegate, named next to them. */
  delegateUserId?: string | null;
  /** Set when the request was cancelled (by a user, or automatically when null). */
  cancelled?: { byUserId: string | null; at: Date; leadWon?: boolean };
  /** Set when a newer request replaced this one (a quote's next round): the message says so, no buttons. */
  supersededBy?: number;
}

/** What a button carries: which request, revision and step it decides. Never who clicks (that is signed). */
export function stepButtonValue(step: Pick<ApprovalStep, 'requestId' | 'revision' | 'step'>): string {
  return `${step.requestId}:${step.revision}:${step.step}`;
}

export function parseStepButtonValue(
  value: string | undefined,
): { requestId: number; revision: number; step: number } | undefined {
  const match = /^(\d{1,15}):(\d{1,6}):(\d{1,3})$/.exec(value ?? '');
  if (!match) return undefined;
  return { requestId: Number(match[1]), revision: Number(match[2]), step: Number(match[3]) };
}

function outcomeLine(input: StepMessageInput): string | undefined {
  const { t } = input;
  if (input.supersededBy === undefined) return decisionLine(input);
  const superseded = t('approvals.message.superseded', { id: input.supersededBy });
  const decided = decisionLine(input);
  return decided ? `${decided}\n${superseded}` : superseded;
}

function decisionLine(input: StepMessageInput): string | undefined {
  const { step, t } = input;
  if (input.cancelled?.leadWon) return t('approvals.message.cancelledWon');
  if (input.cancelled)
    return input.cancelled.byUserId
      ? t('approvals.message.cancelled', {
          user: userMention(input.cancelled.byUserId),
          when: slackDate(input.cancelled.at, input.cancelled.at.toISOString()),
        })
      : t('approvals.message.cancelledAuto');
  if (step.status === 'pending' || !step.decidedByUserId || !step.decidedAt) return undefined;
  const icon =
    step.status === 'approved' ? ':white_check_mark:' : step.status === 'rejected' ? ':x:' : ':pencil2:';
  const decision =
    step.approvedValue !== null
      ? t('approvals.message.counter', { percent: step.approvedValue })
      : t(`approvals.decision.${step.status}` as MessageKey);
  const via =
    step.via === 'admin_override'
      ? t('approvals.message.override')
      : step.via === 'delegate'
        ? t('approvals.message.viaDelegate')
        : '';
  const line = `${t('approvals.message.decided', {
    icon,
    decision,
    user: userMention(step.decidedByUserId),
    role: roleLabel(step.role, t),
    when: slackDate(step.decidedAt, step.decidedAt.toISOString()),
  })}${via}`;
  return step.comment
    ? `${line}\n${t('approvals.message.comment', { comment: escapeMrkdwn(truncate(step.comment, 1500)).replace(/\n/g, '\n> ') })}`
    : line;
}

function buttons(input: StepMessageInput): ActionsBlock {
  const { step, t, request } = input;
  const value = stepButtonValue(step);
  const button = (actionId: string, label: string, style?: 'primary' | 'danger') => ({
    type: 'button' as const,
    action_id: actionId,
    text: plain(label, SLACK_LIMITS.buttonText),
    value,
    ...(style ? { style } : {}),
  });
  return {
    type: 'actions',
    block_id: `approval_${step.requestId}_${step.revision}_${step.step}`,
    elements: [
      button(ACTIONS.approvalApprove, t('approvals.button.approve'), 'primary'),
      ...(request.kind === 'discount'
        ? [button(ACTIONS.approvalApproveAt, t('approvals.button.approveAt'))]
        : []),
      // Ledger paperwork is approved or rejected; the app's own requests have nobody to cancel them.
      ...(CHANGEABLE_KINDS.includes(request.kind)
        ? [button(ACTIONS.approvalRequestChanges, t('approvals.button.requestChanges'))]
        : []),
      button(ACTIONS.approvalReject, t('approvals.button.reject'), 'danger'),
      ...(request.requesterUserId === SYSTEM_REQUESTER
        ? []
        : [button(ACTIONS.approvalCancel, t('approvals.button.cancel'))]),
    ],
  };
}

/**
 * The message for one step of a request, in the lead's thread (or the approver's DM). Pending: it mentions
 * the approver and carries the decision buttons. Decided or cancelled: the same facts, the outcome, no buttons.
 */
export function buildStepMessage(input: StepMessageInput): { text: string; blocks: KnownBlock[] } {
  const { request, step, lead, t, locale } = input;
  const title =
    lead === null || request.requesterUserId === SYSTEM_REQUESTER
      ? t('approvals.message.titleSystem', { kind: kindLabel(request.kind, t), id: request.id })
      : t('approvals.message.title', {
          kind: kindLabel(request.kind, t),
          id: request.id,
          revision: step.revision,
          lead: leadTitle(lead),
          requester: userMention(request.requesterUserId),
        });
  const awaiting = `${t('approvals.message.awaiting', {
    step: step.step,
    count: request.stepCount,
    approver: userMention(step.approverUserId),
    role: roleLabel(step.role, t),
  })}${input.delegateUserId ? t('approvals.message.delegate', { delegate: userMention(input.delegateUserId) }) : ''}${
    step.escalatedToUserId
      ? t('approvals.message.escalated', { user: userMention(step.escalatedToUserId) })
      : ''
  }`;
  const blocks: KnownBlock[] = [
    { type: 'section', text: mrkdwn(`${title}\n${detailLines(request.details, locale, t).join('\n')}`) },
  ];
  const outcome = outcomeLine(input);
  if (outcome) blocks.push({ type: 'section', text: mrkdwn(outcome) });
  else {
    blocks.push({ type: 'context', elements: [mrkdwn(awaiting)] });
    blocks.push(buttons(input));
  }
  return { text: `${title} — ${outcome ?? awaiting}`.slice(0, SLACK_LIMITS.sectionText), blocks };
}
