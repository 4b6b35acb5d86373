// A customer's credit (资信评估): its grade and reason on the card, the limit finance sets, the contract gate.
export const creditEn = {
  'credit.card.heading': '*Credit*',
  'credit.card.grade': 'Grade *{grade}* — {reason}',
  'credit.card.unrated': 'Grade — (unrated) — {reason}',
  'credit.card.limit': 'Credit limit: {limit}',
  'credit.card.noLimit': 'Credit limit: none set',
  'credit.card.setLimit': 'Set credit limit',
  'credit.reason.no_history': 'no instalment has fallen due yet',
  'credit.reason.open_overdue': 'money open {days} days past due',
  'credit.reason.on_time_share': '{onTime}% of instalments paid on time',
  'credit.reason.overdue_share': '{overdueShare}% of what it owes is overdue',
  'credit.reason.past_late': 'a past payment came {days} days late',
  'credit.reason.clean': '{onTime}% of instalments paid on time, nothing overdue',
  'credit.modal.title': 'Credit limit',
  'credit.modal.intro':
    'Customer #{id} *{name}*. A contract request that takes what it owes over the limit gets a finance approval step.',
  'credit.modal.amount': 'Credit limit ({currency})',
  'credit.modal.hint': 'E.g. 500000, 500,000.00 or 50万. Leave empty for no limit.',
  'credit.done.set': 'Credit limit of customer #{id} {name}: {limit}.',
  'credit.done.cleared': 'Customer #{id} {name} has no credit limit now.',
  'credit.error.financeOnly':
    'Only finance or an admin sets a credit limit. Ask your finance colleague to open `/customer` and press “Set credit limit”.',
  'credit.error.changed':
    'Customer #{id} changed since this form was opened, so nothing was saved. Open `/customer #{id}` again and set the limit from the fresh card.',
  'credit.gate.overLimit':
    ':warning: *Credit:* outstanding {outstanding} + this contract {amount} = {total}, over the credit limit {limit}. Finance approves.',
  'credit.gate.limitCurrency':
    ':warning: *Credit:* the credit limit is in {limitCurrency} and this contract in {currency}; amounts are never converted. Finance approves.',
  'credit.gate.overdue':
    ':warning: *Credit:* {amounts} overdue, the oldest {days} days (policy: more than {maxDays} days). Finance approves.',
  'credit.gate.gradeD': ':red_circle: *Credit grade D* — {reason}.',
} as const;
