/** The team's schedule settings (digest time, working days, holidays, thresholds) and each rep's reminder time. */
export const teamScheduleEn = {
  'team.schedule.section': '*Schedule* — nothing is sent on a day off',
  'team.schedule.digestTime': 'Digest time',
  'team.schedule.digestTimeHint':
    'The team digest and the managers’ morning messages go out at this time, in the team’s time zone, on working days.',
  'team.schedule.workingDays': 'Working days',
  'team.schedule.weekday.1': 'Monday',
  'team.schedule.weekday.2': 'Tuesday',
  'team.schedule.weekday.3': 'Wednesday',
  'team.schedule.weekday.4': 'Thursday',
  'team.schedule.weekday.5': 'Friday',
  'team.schedule.weekday.6': 'Saturday',
  'team.schedule.weekday.7': 'Sunday',
  'team.schedule.country': 'Public holidays of',
  'team.schedule.countryHint':
    'No reminder or digest on these holidays. For China, the weekend make-up working days (调休) are working days.',
  'team.schedule.countryNone': 'None',
  'team.schedule.holidays': 'The team’s own days off',
  'team.schedule.holidaysHint': 'Dates as YYYY-MM-DD, separated by commas or new lines (at most 100).',
  'team.schedule.currency': 'Team currency',
  'team.schedule.staleDays': 'A lead is stale after this many days without activity',
  'team.schedule.quietDays':
    'Tell a rep’s manager after this many working days without a new high-intent lead',
  'team.schedule.forecast': '*Win probability per stage*, in percent, for the weighted forecast',
  'team.schedule.probability': '{stage} (%)',
  'team.schedule.upcoming': '*Coming days off:* {days}',
  'team.schedule.upcomingNone': 'No holidays or make-up working days in the next 60 days.',
  'team.schedule.dayHoliday': '{date} {name}',
  'team.schedule.dayMakeUp': '{date} {name} (working day)',
  'team.schedule.dayTeam': '{date} (team)',
  'team.schedule.unknownYear':
    ':warning: This version of Salesflow does not know {country}’s public holidays for {year} yet. Add them to the team’s own days off until it is updated.',

  'team.schedule.error.time': 'Write a time of day such as 08:30.',
  'team.schedule.error.noWorkingDays': 'Choose at least one working day.',
  'team.schedule.error.country': 'Choose a country from the list.',
  'team.schedule.error.holidays': 'Write dates as YYYY-MM-DD, separated by commas or new lines.',
  'team.schedule.error.tooManyHolidays': 'At most 100 dates.',
  'team.schedule.error.currency': 'Choose a currency from the list.',
  'team.schedule.error.staleDays': 'A whole number of days from 1 to 365.',
  'team.schedule.error.quietDays': 'A whole number of working days from 1 to 30.',
  'team.schedule.error.percent': 'A whole number from 0 to 100.',

  'team.schedule.reminderSet':
    'Your follow-up reminders will come at *{time}* your time, on the team’s working days.',
  'team.schedule.reminderInvalid':
    '`{input}` is not a time of day. Write it like `/salesflow me reminder 08:30`.',
} as const;
