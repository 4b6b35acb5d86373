import type { KnownBlock } from '@slack/types';
import type { CustomerCredit } from '../../../features/customers/credit.usecases.js';
import type { CreditRating } from '../../../features/customers/credit-grade.js';
import type { MessageKey, Translate } from '../../../i18n/index.js';
import { formatMinor } from '../../../lib/money/minor-units.js';
import { encodeCreditLimitButton } from '../../credit/credit-values.js';
import { ACTIONS } from '../../ids.js';
import { mrkdwn, plain } from '../blocks.js';

/** The grade's one-line reason: the rule that decided, with its numbers. */
export function creditReason(rating: CreditRating, t: Translate): string {
  const { reason } = rating;
  return t(`credit.reason.${reason.code}` as MessageKey, {
    days: reason.days,
    onTime: reason.onTimePercent,
    overdueShare: reason.overdueSharePercent,
  });
}

export function creditGradeLine(rating: CreditRating, t: Translate): string {
  const reason = creditReason(rating, t);
  return rating.grade
    ? t('credit.card.grade', { grade: rating.grade, reason })
    : t('credit.card.unrated', { reason });
}

/**
 * The customer card's credit section (its own block, so other sections of the card change apart): the grade with
 * its reason, the limit, and for finance the "Set credit limit" button.
 */
export function buildCreditSection(credit: CustomerCredit, customerId: number, t: Translate): KnownBlock {
  const { limit } = credit;
  const limitLine =
    limit.limitMinor === null || limit.currency === null
      ? t('credit.card.noLimit')
      : t('credit.card.limit', { limit: formatMinor(limit.limitMinor, limit.currency) });
  return {
    type: 'section',
    text: mrkdwn([t('credit.card.heading'), creditGradeLine(credit.rating, t), limitLine].join('\n')),
    ...(credit.canSetLimit
      ? {
          accessory: {
            type: 'button',
            action_id: ACTIONS.customerSetCreditLimit,
            text: plain(t('credit.card.setLimit'), 75),
            value: encodeCreditLimitButton({ customerId, version: limit.version }),
          },
        }
      : {}),
  };
}
