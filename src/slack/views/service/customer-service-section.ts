import type { KnownBlock } from '@slack/types';
import type { CustomerServiceSummary } from '../../../features/service/service-card.usecases.js';
import type { MessageKey, Translate } from '../../../i18n/index.js';
import { encodeCustomerButton } from '../../customers/customer-values.js';
import { ACTIONS } from '../../ids.js';
import { SLACK_LIMITS } from '../../limits.js';
import { escapeMrkdwn, slackDate, truncate, userMention } from '../../mrkdwn.js';
import { mrkdwn, plain } from '../blocks.js';

/** The customer card's own service section (others edit the rest of the card): open requests, next revisit, a button. */
export function buildCustomerServiceSection(summary: CustomerServiceSummary, t: Translate): KnownBlock[] {
  const open = summary.open.length
    ? summary.open.map(
        (request) =>
          `${t('service.card.open', {
            id: request.id,
            kind: t(`service.kind.${request.kind}` as MessageKey),
            priority: t(`service.priority.${request.priority}` as MessageKey),
            status: t(`service.status.${request.status}` as MessageKey),
            owner: userMention(request.ownerUserId),
            description: escapeMrkdwn(truncate(request.description, 120)),
          })}${summary.overdueIds.includes(request.id) ? ` · ${t('service.message.overdue')}` : ''}`,
      )
    : [t('service.card.noOpen')];
  const more = summary.moreOpen ? [t('service.card.more', { count: summary.moreOpen })] : [];
  const revisit = summary.nextRevisit
    ? t('service.card.nextRevisit', {
        date: summary.nextRevisit.dueOn,
        days: summary.nextRevisit.daysAfterDelivery,
        contract: escapeMrkdwn(summary.nextRevisit.contractNumber),
      })
    : t('service.card.noRevisit');
  const last = summary.lastRevisit
    ? [
        t('revisits.card.last', {
          date: slackDate(
            summary.lastRevisit.loggedAt,
            summary.lastRevisit.loggedAt.toISOString().slice(0, 10),
            '{date_short_pretty}',
          ),
          user: userMention(summary.lastRevisit.loggedByUserId),
          outcome: t(`revisits.outcome.${summary.lastRevisit.outcome}` as MessageKey),
        }),
      ]
    : [];
  return [
    {
      type: 'section',
      text: mrkdwn([t('service.card.title'), ...open, ...more, revisit, ...last].join('\n')),
    },
    {
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: ACTIONS.serviceNewForCustomer,
          text: plain(t('service.card.button'), SLACK_LIMITS.buttonText),
          value: encodeCustomerButton({ customerId: summary.customerId }),
        },
      ],
    },
  ];
}
