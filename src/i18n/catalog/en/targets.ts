// Targets, the rep's day plan, milestones and the leaderboard. `{rep}` / `{user}` are Slack mentions.
export const targetsEn = {
  'targets.count.returnCalls': 'Return calls',
  'targets.count.invitations': 'Invitations',
  'targets.count.visits': 'Visits',
  'targets.count.newRecords': 'New customer records',
  'targets.count.deals': 'Deals',
  'targets.metric.won': 'Won',
  'targets.metric.collected': 'Collected',
  'targets.period.day': 'per day',
  'targets.period.week': 'per week',
  'targets.period.month': 'per month',
  'targets.period.quarter': 'per quarter',
  'targets.period.year': 'per year',
  'targets.current.day': 'today',
  'targets.current.week': 'this week',
  'targets.current.month': 'this month',
  'targets.current.quarter': 'this quarter',
  'targets.current.year': 'this year',
  // progress
  'targets.reply.header': 'Targets and progress',
  'targets.progress.title': '*Your targets*',
  'targets.progress.teamTitle': '*Team targets*',
  'targets.progress.titleOf': '*Targets of {user}*',
  'targets.progress.repsTitle': '*Reps’ monthly targets*',
  'targets.progress.none': 'No targets set.',
  'targets.progress.line': '{metric} {current}: *{done}* of {target} ({percent}%) {bar}',
  'targets.progress.pace': '{pace} a working day for the {days} working days left',
  'targets.progress.reached': 'reached',
  'targets.progress.missed': 'no working day left',
  'targets.progress.onTrack': 'on track',
  'targets.progress.behind': 'behind',
  // /target
  'targets.command.usage':
    '*/target* — your targets and progress\n*/target @someone* or */target team* — theirs (managers for their reports, directors and admins for anyone)\n*/target @someone|team <amount> [month|quarter|year] [won|collected]* — set an amount target in the team currency (`50万`, `1.5m`, `300000`); `0` removes it\n*/target @someone|team <count> <calls|invitations|visits|records|deals> [day|week]* — set an activity target\n*/target plan* — plan your day\n*/target checkin on|off* — the morning check-in for you\n*/target settings* — the team’s settings; admins: `checkin on|off`, `milestones on|off`, `leaderboard on|off`, `endofday HH:MM`',
  'targets.command.set': 'Target set: {subject} · {metric} {period}: {value}.',
  'targets.command.removed': 'Target removed: {subject} · {metric} {period}.',
  'targets.command.nothingToRemove': 'There was no such target: {subject} · {metric} {period}.',
  'targets.command.team': 'the team',
  'targets.command.optedOut':
    'You will not get the morning check-in any more. `/target checkin on` brings it back.',
  'targets.command.optedIn': 'You will get the morning check-in again (when your team has it on).',
  'targets.command.settings':
    '*Targets settings*\nMorning check-in: {checkIn}\nEnd-of-day summary at {endOfDay} (each rep’s time)\nMilestones in the sales channel: {milestones}\nWeekly leaderboard on Mondays: {leaderboard}',
  'targets.command.on': 'on',
  'targets.command.off': 'off',
  // the morning check-in and the plan modal
  'targets.plan.header': 'Today’s plan',
  'targets.plan.suggested': 'Suggested from your usual numbers — adjust it or confirm it:',
  'targets.plan.confirmed': 'Your plan for {date}:',
  'targets.plan.line': '{label}: *{count}*',
  'targets.plan.confirm': 'Looks good',
  'targets.plan.edit': 'Adjust',
  'targets.plan.optOut': 'Stop check-ins',
  'targets.plan.text': 'Your plan for {date}',
  'targets.plan.modalTitle': 'Plan for {date}',
  'targets.plan.modalIntro': 'How many of each do you plan for {date}?',
  'targets.plan.saved': 'Plan saved for {date}: {summary}.',
  'targets.plan.summaryPart': '{label} {count}',
  // the end-of-day DM
  'targets.endOfDay.header': 'Your day, planned and done ({date})',
  'targets.endOfDay.text': 'Your day: plan against what you logged on {date}.',
  'targets.endOfDay.line': '{mark} {label}: {done} of {plan}',
  'targets.endOfDay.allDone': 'Everything you planned is logged. Well done!',
  'targets.endOfDay.missing': 'Did something not get logged? Log it on one of these:',
  'targets.endOfDay.newLead': 'New customer record',
  'targets.endOfDay.logOn': 'Log on #{id}',
  // plan vs done in the manager DM and the digest
  'targets.planVsDone.title': '*Plan vs done · {date}*',
  'targets.planVsDone.line': '{rep}: {parts}',
  'targets.planVsDone.part': '{label} {done}/{plan}',
  'targets.planVsDone.suggestedMark': ' _(suggested)_',
  // milestones
  'targets.milestone.rep':
    ':tada: {rep} reached *{percent}%* of their monthly {metric} target: {done} of {target}.',
  'targets.milestone.team':
    ':tada: The team reached *{percent}%* of its monthly {metric} target: {done} of {target}.',
  // the leaderboard
  'targets.leaderboard.title.week': 'Leaderboard · week of {from}',
  'targets.leaderboard.title.month': 'Leaderboard · {month}',
  'targets.leaderboard.window': 'Covers {from} to {to}',
  'targets.leaderboard.line':
    '{rank}. {rep} · won *{won}* · collected {collected} · deals {deals} · activities {activities}',
  'targets.leaderboard.empty': 'Nobody to rank yet.',
  'targets.leaderboard.otherCurrency':
    '{count} deals in other currencies are counted as deals but not in the amounts.',
  'targets.leaderboard.text': 'Leaderboard from {from} to {to}.',
  'targets.leaderboard.chartTitle': 'Won by rep',
  'targets.leaderboard.chartSubtitle': '{from} to {to} · total {total}',
  'targets.leaderboard.chartCount': '{count} deals',
  'targets.leaderboard.fileTitle': 'Leaderboard {from} to {to}',
  // errors
  'targets.error.notAllowed':
    'You can set targets only for the people who report to you (directors and admins: for anyone and for the team). Set theirs with `/target @rep 300000`; for anyone else, ask their manager or a director (an admin sets who reports to whom with `/salesflow reports-to @rep @manager`).',
  'targets.error.notVisible':
    'You can see only your own targets and those of the people who report to you: `/target`, or `/target @rep` for one of your reports.',
  'targets.error.count':
    '“{amount}” is not a count. Give a whole number up to 9999, e.g. `/target team 20 calls`.',
  'targets.error.amount.currency':
    'Targets are in the team currency, {currency}; “{text}” is in {written}. Give the target in {currency} (amounts are never converted).',
  'targets.error.period':
    'Amounts are set per `month`, `quarter` or `year`; activity counts per `day` or `week`, e.g. `/target team 300000 quarter` or `/target @rep 20 calls week`.',
  'targets.error.planCount': 'Each count is a whole number from 0 to 999.',
  'targets.error.planChanged':
    'Your plan changed since this form was opened, so nothing was saved. Open it again with `/target plan` to see the latest.',
  'targets.error.planDate':
    'A plan can be made for today or the coming week, not for {date}. Plan today’s with `/target plan`.',
  'targets.error.settingsAdminOnly':
    'Only Salesflow admins can change the targets settings. `/target settings` shows them; for a change, ask an admin (`/salesflow team` lists them).',
  'targets.error.endOfDayTime':
    '“{value}” is not a time of day: write it as HH:MM, e.g. `/target settings endofday 18:00`.',
  'targets.leaderboard.table.caption': 'Leaderboard: won, collected, deals and activities by rep',
  'targets.leaderboard.table.rank': 'Rank',
  'targets.leaderboard.table.rep': 'Rep',
  'targets.leaderboard.table.won': 'Won',
  'targets.leaderboard.table.collected': 'Collected',
  'targets.leaderboard.table.deals': 'Deals',
  'targets.leaderboard.table.activities': 'Activities',
  'targets.leaderboard.table.total': 'Team',
  'targets.leaderboard.chartSeries': 'Won ({currency})',
  'targets.leaderboard.chartTop': 'Top {count} by amount won',
} as const;
