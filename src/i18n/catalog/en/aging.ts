// The receivables aging as a table (`/contract aging`), its interest policy (计息) and the reversal flags.
export const agingEn = {
  'aging.title': 'Receivables aging',
  'aging.heading.rep': 'Receivables aging per rep · {currency} · as of {today}',
  'aging.heading.customer': 'Receivables aging per customer · {currency} · as of {today}',
  'aging.caption': 'Overdue money by days past due, per {grouping}',
  'aging.grouping.rep': 'rep',
  'aging.grouping.customer': 'customer',
  'aging.column.d30': '0–30 days',
  'aging.column.d60': '31–60 days',
  'aging.column.d90': '61–90 days',
  'aging.column.over90': 'Over 90 days',
  'aging.column.total': 'Overdue total',
  'aging.column.interest': 'Interest',
  'aging.column.contracts': 'Contracts',
  'aging.flagCell': '⚠️ {count}',
  'aging.flagged':
    '⚠️ {count} contract(s) stand on less money than the policy required since a reversal: {numbers}. Collect the money again: `/payment <contract> <amount>`.',
  'aging.interestRule':
    'Interest: {rate}% a year on 365 days, per day overdue, rounded half up per installment. Shown only, never added to a contract.',
  'aging.more': 'Showing {shown} of {count} rows, largest overdue first; Export CSV has all of them.',
  'aging.otherCurrencies': 'Other currencies ({currencies}) are in Export CSV.',
  'aging.empty':
    'Nothing overdue and no contract short since a reversal. See every contract with `/contract ledger`.',
  'aging.usage': 'Per rep: `/contract aging rep` · per customer: `/contract aging customer`',
  'aging.pointer': 'Per rep and per customer, buckets as columns: `/contract aging`',
  'aging.exportTitle': 'Receivables aging as of {today} ({count} rows)',
  'aging.policy.interest': 'Interest on overdue money, % a year (empty = off)',
  'aging.policy.interestHint':
    'Shown in /contract aging only: overdue amount × rate ÷ 365 × days overdue, rounded half up per installment. Never added to a contract.',
  'aging.recon.short': 'Short since a reversal (now):',
  'aging.recon.line': '{contract} · {rep} · collect {needed} again',
  'aging.recon.lineAny': '{contract} · {rep} · any confirmed payment clears it',
  'aging.recon.more': '…and {count} more in Export CSV',
} as const;
