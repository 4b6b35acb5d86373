/** The App Home dashboard: a section per role the viewer holds. */
export const homeEn = {
  'home.rep.chartTitle': 'Your open pipeline by stage',
  'home.chart.leads': 'Leads',
  'home.chart.value': 'Value ({currency})',
  'home.chart.weighted': 'Weighted ({currency})',
  'home.chart.target': 'Target ({currency})',
  'home.chart.done': 'Done ({currency})',
  'home.rep.overdueMoney':
    '*Money overdue on your contracts:* {amounts}. Chase it, then record it with `/payment`.',
  'home.rep.noOverdueMoney': 'No money overdue on your contracts.',
  'home.team.header': 'Your team',
  'home.team.headerAll': 'The whole team',
  'home.team.chartTitle': 'Team pipeline by stage',
  'home.team.pipelineTotal':
    '*Open pipeline:* {count} leads · {value} · weighted {weighted}. `/pipeline team` for the detail.',
  'home.team.targetsTitle': '*Monthly targets — plan against done*',
  'home.team.targetsChart': 'Target against done this month',
  'home.team.noTargets':
    'No monthly amount targets for your reps yet. Set one with `/target @rep 500000 month won`.',
  'home.team.targetsMore':
    '…and {count} more reps. `/target @rep` shows one rep, `/pipeline leaderboard` everyone.',
  'home.team.noAging': 'Nothing overdue on your team’s contracts.',
  'home.finance.header': 'Finance',
  'home.finance.pending': '*Payments waiting for confirmation ({count})*',
  'home.finance.pendingLine': '• {contract} · {customer} · {amount} received {on}, reported by {user}',
  'home.finance.pendingNone': 'No reported payment is waiting for you.',
  'home.finance.pendingMore':
    '…and {count} more, oldest first. Type `/payment pending` to confirm or reject them.',
  'home.finance.pendingHint': 'Type `/payment pending` to confirm or reject them.',
  'home.finance.invoices': '*Invoices approved, waiting to be issued ({count})*',
  'home.finance.invoiceLine': '• {contract} · {customer} · {amount}, requested by {user}',
  'home.finance.invoicesNone': 'No approved invoice is waiting to be issued.',
  'home.finance.invoicesMore':
    '…and {count} more, oldest first. Record these first; the next ones then show here.',
  'home.finance.record': 'Record {contract}',
  'home.finance.ledgerHint':
    '`/contract ledger` lists every contract; `/contract ledger overdue` the ones with money overdue.',
} as const;
