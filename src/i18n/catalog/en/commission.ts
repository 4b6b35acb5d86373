// Commission held back while a contract's money is overdue (抵扣提成), and `/commission` as a data table.
export const commissionEn = {
  'commission.policy.holdDays':
    'Hold a rep’s commission while the contract’s money is overdue more than (days)',
  'commission.policy.holdDaysHint':
    'Leave empty to never hold commission back (the default). Held commission is paid on the first statement after the overdue money is collected.',
  'commission.form.error.holdDays':
    'Whole days from 1 to 3650, e.g. 30 — or leave it empty to never hold commission back.',
  'commission.statement.summary':
    'collected {collected} · earned {earned} · held back {held} · released {released} · payable *{payable}*',
  'commission.statement.holdRule':
    'Held back (抵扣提成): commission on a contract whose money is more than {days} days overdue on {cutoff}; it is released on the first statement after the money is collected.',
  'commission.statement.showing': 'Showing {shown} of {total} lines — press *Export CSV* for all of them.',
  'commission.statement.showingNoCsv':
    'Showing {shown} of {total} lines — the CSV sent to finance has them all.',
  'commission.table.captionLines': 'Commission {month} per contract',
  'commission.table.captionReps': 'Commission {month} per rep',
  'commission.table.contract': 'Contract',
  'commission.table.customer': 'Customer',
  'commission.table.rep': 'Rep',
  'commission.table.currency': 'Currency',
  'commission.table.collected': 'Collected',
  'commission.table.rate': 'Rate',
  'commission.table.commission': 'Commission',
  'commission.table.held': 'Held back',
  'commission.table.released': 'Released',
  'commission.table.payable': 'Payable',
  'commission.table.reason': 'Reason',
  'commission.table.total': 'Total {currency}',
  'commission.reason.held': '{number}: {amount} overdue {days} days',
  'commission.reason.released': 'Released: held since {month}, the overdue money is collected',
  'commission.csv.rate': 'Rate %',
  'commission.csv.held': 'Held back',
  'commission.csv.released': 'Released',
  'commission.csv.payable': 'Payable',
  'commission.csv.reason': 'Reason',
} as const;
