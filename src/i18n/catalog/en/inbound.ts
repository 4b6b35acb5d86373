/** Leads from outside (`POST /inbound/leads`) and `/salesflow inbound`. */
export const inboundEn = {
  'inbound.cardText': 'New lead from the web form, for {user}',
  'inbound.toRep':
    'A new lead came in from the web form and is yours: *#{id} {company}*. Call them back today.',
  'inbound.possibleDuplicates': 'It may duplicate {leads}.',

  'inbound.notSetUp':
    'Inbound leads are not set up yet. Create the secret first with `/salesflow inbound new`.',
  'inbound.poolTooLarge':
    'A pool holds at most {max} people ({count} named). Name fewer: `/salesflow inbound pool @rep1 @rep2`.',
  'inbound.statusOff': 'Inbound leads are off: no secret exists.',
  'inbound.statusOn': 'Inbound leads are on (secret created by {user}, last rotated {at}).',
  'inbound.pool': 'New leads go in turn to: {users}.',
  'inbound.poolEmpty': 'No pool is set: new leads go to {user}.',
  'inbound.secretCreated':
    'Your inbound secret (shown once, only to you; Salesflow keeps only its hash):\n`{token}`\nSend it as `Authorization: Bearer …` to `POST /inbound/leads` on this Salesflow server. See "Leads from outside" in the README.',
  'inbound.secretRotated':
    'The old secret stopped working. Your new inbound secret (shown once, only to you):\n`{token}`',
  'inbound.poolSet': 'New inbound leads will go in turn to: {users}.',
  'inbound.poolCleared': 'The pool is empty: new inbound leads go to the admin who created the secret.',
  'inbound.disabled': 'Inbound leads are off; the secret was deleted.',
  'inbound.alreadyOff': 'Inbound leads were already off.',
  'inbound.usage':
    '• `/salesflow inbound` — whether leads from outside are on, and who receives them (admins)\n• `/salesflow inbound new` — create the secret for `POST /inbound/leads`, or replace it (admins)\n• `/salesflow inbound pool @rep1 @rep2 …` — who receives inbound leads, in turn; `pool none` empties it (admins)\n• `/salesflow inbound off` — delete the secret (admins)',
} as const;
