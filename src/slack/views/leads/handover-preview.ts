import type { KnownBlock } from '@slack/types';
import type { HandoverCounts } from '../../../features/leads/handover.types.js';
import type { Translate } from '../../../i18n/index.js';
import { ACTIONS } from '../../ids.js';
import { encodeHandoverValue } from '../../leads/handover-command-parser.js';
import { SLACK_LIMITS } from '../../limits.js';
import { userMention } from '../../mrkdwn.js';
import { mrkdwn, plain } from '../blocks.js';

/** `/salesflow handover @from @to`: what would move, and Hand over / Cancel (nothing moves before the click). */
export function buildHandoverPreview(input: {
  fromUserId: string;
  toUserId: string;
  counts: HandoverCounts;
  t: Translate;
}): { text: string; blocks: KnownBlock[] } {
  const { counts, t } = input;
  const names = { from: userMention(input.fromUserId), to: userMention(input.toUserId) };
  const title = t('handover.previewTitle', names);
  const nothing = counts.openLeads === 0 && counts.pendingRequests === 0;
  const lines = nothing
    ? [t('handover.nothing', names)]
    : [
        t('handover.preview', {
          leads: counts.openLeads,
          followUps: counts.followUps,
          requests: counts.pendingRequests,
        }),
      ];
  if (counts.blockedRequests > 0)
    lines.push(t('handover.previewBlocked', { ...names, count: counts.blockedRequests }));
  if (counts.approvalsWaitingOnFrom > 0)
    lines.push(t('handover.previewWaiting', { ...names, count: counts.approvalsWaitingOnFrom }));
  const blocks: KnownBlock[] = [{ type: 'section', text: mrkdwn(`*${title}*\n${lines.join('\n')}`) }];
  if (!nothing) {
    const value = encodeHandoverValue(input);
    blocks.push(
      { type: 'context', elements: [mrkdwn(t('handover.previewNote', names))] },
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            style: 'danger',
            action_id: ACTIONS.handoverConfirm,
            text: plain(t('handover.confirm'), SLACK_LIMITS.buttonText),
            value,
          },
          {
            type: 'button',
            action_id: ACTIONS.handoverCancel,
            text: plain(t('handover.cancel'), SLACK_LIMITS.buttonText),
            value,
          },
        ],
      },
    );
  }
  return { text: title, blocks };
}
