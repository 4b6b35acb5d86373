import type { KnownBlock } from '@slack/types';
import type { Revisit } from '../../../features/revisits/revisits.types.js';
import type { MessageKey, Translate } from '../../../i18n/index.js';
import { encodeCustomerButton } from '../../customers/customer-values.js';
import { ACTIONS } from '../../ids.js';
import { SLACK_LIMITS } from '../../limits.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { encodeRevisitRef } from '../../revisits/revisit-values.js';
import { mrkdwn, plain } from '../blocks.js';

type Message = { text: string; blocks: KnownBlock[] };

/** The form's confirmation once saved. */
export function buildRevisitLogged(revisit: Revisit, t: Translate): string {
  return t('revisits.logged', {
    customer: escapeMrkdwn(revisit.customerName),
    contract: escapeMrkdwn(revisit.contractNumber),
    outcome: t(`revisits.outcome.${revisit.outcome ?? 'satisfied'}` as MessageKey),
  });
}

/** After a new need: the customer card's own "New deal" (the repeat-order form, filled with the customer). */
export function buildStartDealMessage(revisit: Revisit, t: Translate): Message {
  const text = t('revisits.startDeal.text', { customer: escapeMrkdwn(revisit.customerName) });
  return {
    text,
    blocks: [
      { type: 'section', text: mrkdwn(text) },
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            style: 'primary',
            action_id: ACTIONS.customerNewDeal,
            text: plain(t('revisits.startDeal.button'), SLACK_LIMITS.buttonText),
            value: encodeCustomerButton({ customerId: revisit.customerId }),
          },
        ],
      },
    ],
  };
}

/** The morning DM's revisits: one line each, with its Log revisit button. */
export function buildMorningRevisits(revisits: Revisit[], t: Translate): KnownBlock[] {
  if (revisits.length === 0) return [];
  return [
    { type: 'section', text: mrkdwn(t('revisits.morning.title')) },
    ...revisits.map(
      (revisit): KnownBlock => ({
        type: 'section',
        text: mrkdwn(
          t('revisits.morning.line', {
            customer: escapeMrkdwn(revisit.customerName),
            contract: escapeMrkdwn(revisit.contractNumber),
            days: revisit.daysAfterDelivery,
            date: revisit.dueOn,
          }),
        ),
        accessory: {
          type: 'button',
          action_id: ACTIONS.revisitLog,
          text: plain(t('revisits.morning.button'), SLACK_LIMITS.buttonText),
          value: encodeRevisitRef(revisit.id),
        },
      }),
    ),
  ];
}

/**
 * The morning DM with the rep's due revisits as their own section: joined to the follow-ups when it fits Slack's 50
 * blocks, else a message of its own after it (a long list of follow-ups never hides a revisit).
 */
export function morningWithRevisits(morning: Message | null, revisits: Revisit[], t: Translate): Message[] {
  const blocks = buildMorningRevisits(revisits, t);
  if (blocks.length === 0) return morning ? [morning] : [];
  const alone = { text: t('revisits.morning.title').replaceAll('*', ''), blocks };
  if (!morning) return [alone];
  if (morning.blocks.length + 1 + blocks.length > SLACK_LIMITS.messageBlocks) return [morning, alone];
  return [{ ...morning, blocks: [...morning.blocks, { type: 'divider' }, ...blocks] }];
}
