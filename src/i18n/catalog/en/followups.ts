export const followupsEn = {
  'followups.reminder.text': 'You have {count} follow-ups due today',
  'followups.reminder.header': 'Follow-ups for {date}',
  'followups.reminder.overdue': '*Overdue* ({count})',
  'followups.reminder.today': '*Today* ({count})',
  'followups.reminder.more':
    '…and {count} more, oldest first: mark these Done or Snooze them, then type `/followup` for the next ones.',
  'followups.reminder.leadLine': '*{company}* · {contact} · {stage} · due {date}',
  'followups.reminder.leadLineAt': '*{company}* · {contact} · {stage} · due {date} {time}',
  'followups.timed.text': 'Time to follow up with {company} ({time})',
  'followups.timed.header': '*Time to follow up* with {company}:',
  'followups.button.done': 'Done',
  'followups.button.open': 'Open',
  'followups.snooze.placeholder': 'Snooze',
  'followups.snooze.1d': '1 day',
  'followups.snooze.3d': '3 days',
  'followups.snooze.next_week': 'Next week',
  'followups.nothingDue': 'Nothing to follow up today. 🎉',
  'followups.dueNow': 'Your follow-ups due now',
  'followups.snoozed': 'Follow-up for *{company}* moved to {date}.',
  'followups.set': 'Next follow-up for *{company}* set to {date}.',
  'followups.pick': 'Several leads match "{query}". Which one?',
  'followups.pickButton': '#{id} {company}',
  'followups.noMatch':
    'No lead of yours matches "{query}". Try `/lead {query}` to search, or use the lead number: `/followup #42 tomorrow`.',
  'followups.usage':
    '*Follow-ups*\n' +
    '• `/followup` — what is due now\n' +
    '• `/followup &lt;lead&gt; &lt;when&gt; [note]` — set the next follow-up, e.g. `/followup Acme tomorrow call about the quote`, `/followup #42 next monday 3pm`, `/followup Acme in 3 days`, `/followup Acme 2026-12-01`\n' +
    '• `/followup vacation until &lt;date&gt;` — no reminders until then (e.g. `/followup vacation until 2026-12-24`); `/followup vacation off` — reminders again\n' +
    'Dates understood: today, tomorrow, next monday, in 3 days, next week, end of month, 2026-12-01, 12/1, 明天, 下周一, 3天后, 月底.',
  'followups.unclearWhen': 'I could not read a date in "{text}".',
  'followups.vacationSet':
    'No follow-up reminders until {date} (included). `/followup vacation off` turns them back on.',
  'followups.vacationOff': 'Follow-up reminders are on again.',
  'followups.staleReminder': 'Type `/followup` for the list as it is now.',
  'followups.vacationInPast':
    '{date} is already past. Pick today or a later date: `/followup vacation until` and the date; to end a vacation, `/followup vacation off`.',
  'followups.vacationTooFar':
    '{date} is more than ten years away. Pick a nearer date: `/followup vacation until` and the date.',
} as const;
