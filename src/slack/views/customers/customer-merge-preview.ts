import type { KnownBlock } from '@slack/types';
import type { MergePreview } from '../../../features/customers/customer-merge.usecases.js';
import { seenOf } from '../../../features/customers/customer-merge.usecases.js';
import type { Translate } from '../../../i18n/index.js';
import { formatMinor } from '../../../lib/money/minor-units.js';
import { encodeMergeButton } from '../../customers/customer-merge-values.js';
import { ACTIONS } from '../../ids.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { mrkdwn, plain } from '../blocks.js';

const section = (text: string): KnownBlock => ({ type: 'section', text: mrkdwn(text) });

/** `/customer merge #12 #34`'s preview: what moves, what is kept, money per currency, and the confirm button. */
export function buildMergePreview(
  preview: MergePreview,
  t: Translate,
): { text: string; blocks: KnownBlock[] } {
  const { kept, merged, counts } = preview;
  const ids = { kept: kept.id, merged: merged.id };
  const title = t('customers.merge.title', {
    ...ids,
    keptName: escapeMrkdwn(kept.name),
    mergedName: escapeMrkdwn(merged.name),
  });
  const money = preview.money.length
    ? preview.money.map((m) =>
        t('customers.card.moneyLine', {
          currency: m.currency,
          contracted: formatMinor(m.contractedMinor, m.currency),
          collected: formatMinor(m.collectedMinor, m.currency),
          outstanding: formatMinor(m.outstandingMinor, m.currency),
        }),
      )
    : [t('customers.card.noMoney')];
  return {
    text: title,
    blocks: [
      section(`*${title}*`),
      section(
        [
          t('customers.merge.keeps', {
            ...ids,
            name: escapeMrkdwn(kept.name),
            owner: `<@${kept.ownerUserId}>`,
          }),
          t('customers.merge.moves', {
            ...ids,
            leads: counts.leads,
            contracts: counts.contracts,
            contacts: counts.contactsMoved,
            collapsed: counts.contactsCollapsed,
          }),
        ].join('\n'),
      ),
      section([t('customers.merge.money'), ...money].join('\n')),
      { type: 'context', elements: [mrkdwn(t('customers.merge.warning', ids))] },
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            style: 'danger',
            action_id: ACTIONS.customerMergeConfirm,
            text: plain(t('customers.merge.confirm'), 75),
            value: encodeMergeButton(seenOf(preview)),
          },
        ],
      },
    ],
  };
}
