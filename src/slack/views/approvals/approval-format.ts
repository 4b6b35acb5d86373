import type {
  ApprovalDetails,
  ApprovalPolicy,
  LeadApprovalSummary,
  MissingApprover,
  Route,
} from '../../../features/approvals/approvals.types.js';
import type { Locale, MessageKey, Translate } from '../../../i18n/index.js';
import { formatMinor } from '../../../lib/money/minor-units.js';
import { type CurrencyCode, formatMoney } from '../../../lib/parse/money.js';
import { escapeMrkdwn, truncate, userMention } from '../../mrkdwn.js';
import { creditGateLines } from '../customers/credit-gate-lines.js';
import { quoteApprovalLines } from '../quotes/quote-format.js';

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
    const what = requestedValueText(request.details, locale);
    const waiting =
      request.status === 'pending' && request.waitingOnUserId
        ? ` · ${t('approvals.card.waitingOn', { user: userMention(request.waitingOnUserId) })}`
        : '';
    return `• ${kindLabel(request.kind, t)} ${what} · ${t(`approvals.status.${request.status}` as MessageKey)}${waiting}`;
  });
  return `*${t('approvals.card.title')}*\n${lines.join('\n')}`;
}

/** What a request asks for, in a few characters: `12%`, `¥300,000`, an invoice's or a sheet's total. */
export function requestedValueText(details: ApprovalDetails, locale: Locale): string {
  if (details.kind === 'discount') return `${details.percent}%`;
  if (details.kind === 'contract') return money(details.amount, details.currency, locale);
  if (details.kind === 'invoice') return formatMinor(details.amountMinor, details.currency);
  if (details.kind === 'quote')
    return `${details.number} ${formatMinor(details.totalMinor, details.currency)}`;
  return totalsText(details.totals, 'commissionMinor');
}

function totalsText(
  totals: { currency: string; collectedMinor: number; commissionMinor: number }[],
  field: 'collectedMinor' | 'commissionMinor',
): string {
  return totals.length ? totals.map((total) => formatMinor(total[field], total.currency)).join(' + ') : '0';
}

/** What was asked, one line per fact; user text escaped. */
export function detailLines(details: ApprovalDetails, locale: Locale, t: Translate): string[] {
  if (details.kind === 'quote') return quoteApprovalLines(details, t);
  if (details.kind === 'invoice')
    return [
      t('approvals.message.invoice', {
        number: escapeMrkdwn(details.contractNumber),
        amount: formatMinor(details.amountMinor, details.currency),
      }),
    ];
  if (details.kind === 'commission_sheet')
    return [
      t('approvals.message.commissionSheet', {
        month: details.month,
        reps: details.repCount,
        collected: totalsText(details.totals, 'collectedMinor'),
        commission: totalsText(details.totals, 'commissionMinor'),
      }),
    ];
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
    ...creditGateLines(details.credit, t),
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

/** The value a completed request approved: `12%`, a money amount, an invoice's or a sheet's total. */
export function approvedValueText(details: ApprovalDetails, value: number, locale: Locale): string {
  if (details.kind === 'discount') return `${value}%`;
  if (details.kind === 'contract') return money(value, details.currency, locale);
  return requestedValueText(details, locale);
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
