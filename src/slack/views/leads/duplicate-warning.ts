import type { KnownBlock } from '@slack/types';
import type { VisibleDuplicate } from '../../../features/leads/lead-duplicates.usecases.js';
import type { Translate } from '../../../i18n/index.js';
import { ACTIONS, BLOCKS } from '../../ids.js';
import { SLACK_LIMITS } from '../../limits.js';
import { escapeMrkdwn, userMention } from '../../mrkdwn.js';
import { NOTICE_BLOCK_ID } from '../../requests/submitted-form.js';
import { type ModalView, mrkdwn, option, plain } from '../blocks.js';
import { reasonsText } from '../imports/import-format.js';
import { stageLabel } from './lead-format.js';

/**
 * Put at the top of the new-lead form, under the notice "This may already be a lead", when what was typed looks
 * like a lead the team has: the matches (each as
 * far as the user may see it: a colleague's lead shows only whose it is), a button to open each visible one, and
 * the box to tick to create the lead anyway.
 */
export function duplicateWarningBlocks(duplicates: readonly VisibleDuplicate[], t: Translate): KnownBlock[] {
  const lines = duplicates.map((duplicate) =>
    duplicate.visible
      ? t('imports.duplicates.visible', {
          id: duplicate.match.leadId,
          company: escapeMrkdwn(duplicate.match.companyName),
          contact: escapeMrkdwn(duplicate.match.contactName),
          stage: stageLabel(duplicate.match.stage, t),
          owner: userMention(duplicate.match.ownerUserId),
          reasons: reasonsText(duplicate.match.reasons, t),
        })
      : t('imports.duplicates.hidden', {
          owner: userMention(duplicate.ownerUserId),
          reasons: reasonsText(duplicate.reasons, t),
        }),
  );
  const buttons = duplicates.flatMap((duplicate) =>
    duplicate.visible
      ? [
          {
            type: 'button' as const,
            action_id: `${ACTIONS.duplicateOpenLead}_${duplicate.match.leadId}`,
            value: String(duplicate.match.leadId),
            text: plain(
              t('imports.duplicates.open', { id: duplicate.match.leadId }),
              SLACK_LIMITS.buttonText,
            ),
          },
        ]
      : [],
  );
  const confirm = option(t('imports.duplicates.createAnyway'), 'yes');
  return [
    {
      type: 'section',
      block_id: WARNING_BLOCKS.list,
      text: mrkdwn(
        [`:warning: ${t('imports.duplicates.title')}`, ...lines.map((line) => `• ${line}`)].join('\n'),
      ),
    },
    ...(buttons.length
      ? [{ type: 'actions' as const, elements: buttons.slice(0, SLACK_LIMITS.actionsElements) }]
      : []),
    {
      type: 'input',
      block_id: BLOCKS.createAnyway,
      optional: true,
      label: plain(t('imports.duplicates.confirm'), SLACK_LIMITS.inputLabel),
      element: { type: 'checkboxes', action_id: BLOCKS.createAnyway, options: [confirm] },
    },
    { type: 'divider', block_id: WARNING_BLOCKS.divider },
  ];
}

const WARNING_BLOCKS = {
  list: 'lead_duplicates',
  open: 'lead_duplicates_open',
  divider: 'lead_duplicates_end',
} as const;
const WARNING_IDS = new Set<string>([...Object.values(WARNING_BLOCKS), BLOCKS.createAnyway]);

/**
 * The form with the warning on top, under its notice (the title, `imports.duplicates.title`) if it has one,
 * replacing an earlier warning; within Slack's 100 blocks.
 */
export function withDuplicateWarning(view: ModalView, warning: KnownBlock[]): ModalView {
  const rest = view.blocks.filter((block) => !block.block_id || !WARNING_IDS.has(block.block_id));
  const [first, ...others] = rest;
  const blocks = first?.block_id === NOTICE_BLOCK_ID ? [first, ...warning, ...others] : [...warning, ...rest];
  return { ...view, blocks: blocks.slice(0, SLACK_LIMITS.modalBlocks) };
}

/** Whether the user ticked "create anyway" in a form that showed the warning. */
export function createAnywayTicked(
  values: Record<string, Record<string, { selected_options?: { value: string }[] }>>,
): boolean {
  return Boolean(
    values[BLOCKS.createAnyway]?.[BLOCKS.createAnyway]?.selected_options?.some((o) => o.value === 'yes'),
  );
}
