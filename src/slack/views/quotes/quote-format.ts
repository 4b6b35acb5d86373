import type { QuoteApprovalDetails } from '../../../features/approvals/approvals.types.js';
import type { Translate } from '../../../i18n/index.js';
import { formatMinor } from '../../../lib/money/minor-units.js';
import { escapeMrkdwn, truncate } from '../../mrkdwn.js';

/** `1.5`, `1,200`, `3`: a quantity in thousandths, as people write it. */
export function quantityText(quantityMilli: number): string {
  const whole = Math.trunc(quantityMilli / 1000);
  const fraction = String(quantityMilli % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/** Basis points as a percent: 1250 → `12.5%`. */
export function bpText(bp: number): string {
  return `${Number((bp / 100).toFixed(2))}%`;
}

/** Budget for a quote's lines in an approval message: its section holds 3000 characters with the title. */
const APPROVAL_TEXT_BUDGET = 2200;

/** The approver's view of a quote: totals, effective discounts, the floor margin, then the lines (bounded). */
export function quoteApprovalLines(details: QuoteApprovalDetails, t: Translate): string[] {
  const money = (minor: number) => formatMinor(minor, details.currency);
  const head = [
    t('quotes.approval.summary', {
      number: escapeMrkdwn(details.number),
      version: details.version,
      total: money(details.totalMinor),
      lines: details.lineCount,
    }),
    t('quotes.approval.discounts', {
      max: `${details.maxDiscountPercent}%`,
      whole: bpText(details.wholeDiscountBp),
      amount: money(details.discountMinor),
    }),
    ...(details.floorMarginMinor !== null
      ? [t('quotes.approval.floorMargin', { margin: money(details.floorMarginMinor) })]
      : []),
    ...(details.belowFloor ? [t('quotes.approval.belowFloor')] : []),
  ];
  const rows: string[] = [];
  let used = head.join('\n').length;
  for (const line of details.lines) {
    const row = t('quotes.approval.line', {
      position: line.position,
      what: escapeMrkdwn(truncate(line.sku ? `${line.sku} ${line.description}` : line.description, 60)),
      quantity: quantityText(line.quantityMilli),
      price: money(line.unitPriceMinor),
      effective: line.effectiveDiscountBp === null ? '—' : bpText(line.effectiveDiscountBp),
      net: money(line.netMinor),
      margin:
        line.floorMarginMinor === null
          ? ''
          : t('quotes.approval.lineMargin', { margin: money(line.floorMarginMinor) }),
    });
    if (used + row.length + 1 > APPROVAL_TEXT_BUDGET) break;
    rows.push(row);
    used += row.length + 1;
  }
  const hidden = details.lineCount - rows.length;
  return [...head, ...rows, ...(hidden > 0 ? [t('quotes.approval.moreLines', { count: hidden })] : [])];
}
