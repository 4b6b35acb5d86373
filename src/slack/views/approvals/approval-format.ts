import type {
  ApprovalDetails,
  ApprovalPolicy,
  LeadApprovalSummary,
  MissingApprover,
  Route,
} from '../../../features/approvals/approvals.types.js';
import type { Locale, MessageKey, Translate } from '../../../i18n/index.js';
import { type CurrencyCode, formatMoney } from '../../../lib/parse/money.js';
import { escapeMrkdwn, truncate, userMention } from '../../mrkdwn.js';

/** Shared wording of requests, routes and policies, so modal, messages and DMs say things the same way. */
export function kindLabel(kind: string, t: Translate): string {
  return t(`approvals.kind.${kind}` as MessageKey);
}

export function roleLabel(role: string, t: Translate): string {
  return t(`approvals.role.${role}` as MessageKey);
}

export function money(amount: number, currency: string | null, locale: Locale): string {
  return formatMoney(amount, (currency as CurrencyCode | null) ?? null, locale);
}

export function missingText(missing: MissingApprover[], t: Translate): string {
  return missing.map((item) => t(`approvals.missing.${item.reason}` as MessageKey)).join('; ');
}

export function routeText(route: Route, policy: ApprovalPolicy, t: Translate, preview = false): string {
  if (route.kind === 'auto') return t('approvals.route.auto', { percent: policy.autoApproveDiscountPercent });
  if (route.kind === 'missing')
    return t(preview ? 'approvals.route.missingPreview' : 'approvals.route.missing', {
      missing: missingText(route.missing, t),
    });
  return t('approvals.route.steps', {
    steps: route.steps
      .map((step) => `${roleLabel(step.role, t)} ${userMention(step.approverUserId)}`)
      .join(' → '),
  });
}

/** The lead card's approvals section: one line per request, newest first. */
export function leadApprovalsSection(
  requests: LeadApprovalSummary[],
  locale: Locale,
  t: Translate,
): string | null {
  if (requests.length === 0) return null;
  const lines = requests.map((request) => {
    const what =
      request.details.kind === 'discount'
        ? `${request.details.percent}%`
        : money(request.details.amount, request.details.currency, locale);
    const waiting =
      request.status === 'pending' && request.waitingOnUserId
        ? ` · ${t('approvals.card.waitingOn', { user: userMention(request.waitingOnUserId) })}`
        : '';
    return `• ${kindLabel(request.kind, t)} ${what} · ${t(`approvals.status.${request.status}` as MessageKey)}${waiting}`;
  });
  return `*${t('approvals.card.title')}*\n${lines.join('\n')}`;
}

/** What was asked, one line per fact; user text escaped. */
export function detailLines(details: ApprovalDetails, locale: Locale, t: Translate): string[] {
  if (details.kind === 'discount') {
    const prices =
      details.targetPrice !== null && details.listPrice !== null
        ? t('approvals.message.prices', {
            target: money(details.targetPrice, null, locale),
            list: money(details.listPrice, null, locale),
          })
        : '';
    return [
      t('approvals.message.discount', { percent: details.percent, prices }),
      t('approvals.message.justification', { text: escapeMrkdwn(truncate(details.justification, 1200)) }),
      ...(details.expiresOn ? [t('approvals.message.expiry', { date: details.expiresOn })] : []),
    ];
  }
  return [
    t('approvals.message.contract', {
      amount: money(details.amount, details.currency, locale),
      upfront: details.upfrontPercent,
    }),
    ...(details.paymentTerms
      ? [t('approvals.message.paymentTerms', { text: escapeMrkdwn(truncate(details.paymentTerms, 600)) })]
      : []),
    ...(details.deliveryDate ? [t('approvals.message.deliveryDate', { date: details.deliveryDate })] : []),
    ...(details.specialTerms
      ? [t('approvals.message.specialTerms', { text: escapeMrkdwn(truncate(details.specialTerms, 600)) })]
      : []),
    ...(details.draftLink
      ? [t('approvals.message.draftLink', { link: escapeMrkdwn(details.draftLink) })]
      : []),
  ];
}

/** The value a completed request approved: `12%` or a money amount. */
export function approvedValueText(details: ApprovalDetails, value: number, locale: Locale): string {
  return details.kind === 'discount' ? `${value}%` : money(value, details.currency, locale);
}

export function policySummary(
  policy: ApprovalPolicy,
  currency: string,
  locale: Locale,
  t: Translate,
): string {
  return t('approvals.policy.summary', {
    auto: policy.autoApproveDiscountPercent,
    manager: policy.managerMaxDiscountPercent,
    contract: money(policy.managerMaxContractAmount, currency, locale),
    upfront: policy.financeMinUpfrontPercent,
    finance: money(policy.financeAboveAmount, currency, locale),
    reminder: policy.reminderDelayMinutes / 60,
    escalation: policy.escalationDelayMinutes / 60,
  });
}
