// English is the source catalog: every other language must provide exactly these keys.
export const commonEn = {
  'common.save': 'Save',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.none': '—',
  'common.tryAgain': 'Something went wrong on our side. Please try again in a moment.',
  'common.busy':
    'Salesflow has too many requests waiting right now, so this one was not started. Send it again in a minute.',
  'common.notAllowed': 'You are not allowed to do that.',
  'common.notFound': 'Nothing found.',
  'common.saving': 'Saving…',
  'common.saved': 'Saved.',
  'common.table.shown': 'Showing the first {shown} of {total} rows.',
  'common.table.total': 'Total {currency}',
  'common.modalNotOpened':
    'The form could not open in time (Slack allows 3 seconds). Please run the command or click the button again.',
} as const;
