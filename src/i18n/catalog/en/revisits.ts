/** Revisits (定期回访) after delivery: the policy, the morning DM's section, the Log revisit form, refusals. */
export const revisitsEn = {
  'revisits.outcome.satisfied': 'Satisfied',
  'revisits.outcome.issue_found': 'Issue found',
  'revisits.outcome.new_need': 'New need',
  'revisits.outcome.not_reached': 'Not reached',
  'revisits.card.last': 'Last revisit: {date} by {user} — {outcome}',
  'revisits.morning.title': '*Revisits due*',
  'revisits.morning.line': '*{customer}* · {contract} · {days} days after delivery · due {date}',
  'revisits.morning.button': 'Log revisit',
  'revisits.modal.title': 'Log revisit',
  'revisits.modal.submit': 'Save',
  'revisits.modal.intro': '*{customer}* · {contract} · {days} days after delivery (due {date})',
  'revisits.modal.outcome': 'Outcome',
  'revisits.modal.note': 'Note',
  'revisits.modal.startDeal': 'Start a deal for this new need',
  'revisits.modal.startDealHint': 'With “New need”: you get the new-deal form filled with the customer.',
  'revisits.modal.noteTooLong': 'Keep the note under 2000 characters.',
  'revisits.modal.pickOutcome': 'Pick what the revisit found.',
  'revisits.logged': 'Revisit of {customer} ({contract}) logged: {outcome}.',
  'revisits.startDeal.text':
    'Start the deal for {customer}’s new need: the form comes filled with the customer.',
  'revisits.startDeal.button': 'Start the deal',
  'revisits.error.notFound':
    'Revisit #{id} was not found, or it is not yours to log. Its customer’s rep, their manager or an admin logs it: open the customer with `/customer` to see who.',
  'revisits.error.alreadyLogged.satisfied':
    '{user} already logged revisit #{id} at {at}: the customer is satisfied. Nothing was saved; `/customer` shows it on the card.',
  'revisits.error.alreadyLogged.issue_found':
    '{user} already logged revisit #{id} at {at}: an issue was found. Nothing was saved; `/customer` shows it on the card, and `/service` opens a request for the issue.',
  'revisits.error.alreadyLogged.new_need':
    '{user} already logged revisit #{id} at {at}: a new need. Nothing was saved; `/customer` shows it on the card, with *New deal* for the need.',
  'revisits.error.alreadyLogged.not_reached':
    '{user} already logged revisit #{id} at {at}: the customer was not reached. Nothing was saved; `/customer` shows it on the card.',
  'revisits.error.changed':
    'Revisit #{id} changed since this form opened, so nothing was saved. Click *Log revisit* in your morning message again for the form as it is now.',
  'revisits.error.policyInput':
    'Give the days after delivery, such as `/salesflow revisits 7,30,90` (up to 6 numbers from 1 to 3650), or `/salesflow revisits off`.',
  'revisits.policy.status': 'Revisits are scheduled *{days}* days after each delivery.',
  'revisits.policy.statusOff': 'Revisits are *off*: deliveries schedule none.',
  'revisits.policy.usage':
    'Admins set them with `/salesflow revisits 7,30,90` (days after delivery) or `/salesflow revisits off`.',
  'revisits.policy.set':
    'From now on each delivery schedules revisits *{days}* days after it. Contracts delivered before keep the revisits they have.',
  'revisits.policy.setOff':
    'Revisits are now *off*: new deliveries schedule none. Revisits already planned stay; `/salesflow revisits 7,30,90` turns them back on.',
  'revisits.overview': 'Revisits after delivery: {value}',
  'revisits.overview.days': '{days} days',
  'revisits.overview.off': 'off',
} as const;
