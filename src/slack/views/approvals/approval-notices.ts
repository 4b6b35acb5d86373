import type { KnownBlock } from '@slack/types';
import type { Translate } from '../../../i18n/index.js';
import { ACTIONS } from '../../ids.js';
import { SLACK_LIMITS } from '../../limits.js';
import { mrkdwn, plain } from '../blocks.js';

/** The requester's DM after "request changes": the approver's reason and a button to revise and resubmit. */
export function buildChangesRequestedBlocks(input: {
  text: string;
  requestId: number;
  t: Translate;
}): KnownBlock[] {
  return [
    { type: 'section', text: mrkdwn(input.text) },
    {
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: ACTIONS.approvalRevise,
          text: plain(input.t('approvals.button.revise'), SLACK_LIMITS.buttonText),
          value: String(input.requestId),
          style: 'primary',
        },
      ],
    },
  ];
}
