export const serviceEn = {
  'service.usage':
    '*/service* &lt;customer&gt; &lt;what happened&gt; — open an after-sales service request. The customer is its number or the first word of its name: `/service #12 the printer jams` or `/service acme training for new staff`.',
  'service.search.many':
    'Several customers match “{text}” ({total}). Say which by number: `/service #number what happened`.',
  'service.form.title': 'Service request',
  'service.form.submit': 'Open request',
  'service.form.customer': '*Customer #{id} {name}*',
  'service.form.kind': 'Kind',
  'service.form.priority': 'Priority',
  'service.form.description': 'What happened',
  'service.form.pick': 'Choose one',
  'service.form.error.kind': 'Choose the kind: installation, training, fault, complaint or return.',
  'service.form.error.priority': 'Choose the priority: P1 urgent, P2 high, P3 normal or P4 low.',
  'service.form.error.description': 'Say what happened, so the owner knows what to do.',
  'service.form.error.tooLong': 'Keep it under 2,000 characters; put the details in the thread.',
  'service.kind.installation': 'Installation',
  'service.kind.training': 'Training',
  'service.kind.fault': 'Fault',
  'service.kind.complaint': 'Complaint',
  'service.kind.return': 'Return',
  'service.priority.urgent': 'P1 · urgent',
  'service.priority.high': 'P2 · high',
  'service.priority.normal': 'P3 · normal',
  'service.status.open': 'open',
  'service.status.in_progress': 'in progress',
  'service.status.resolved': 'resolved',
  'service.status.closed': 'closed',
  'service.opened.done': 'Service request #{id} is open for {customer}; {owner} owns it.',
  'service.message.head': '*Service request #{id}* · {kind} · {priority} · {status}',
  'service.message.customer': 'Customer #{customerId} {customer} · owner {owner} · opened by {opener}',
  'service.message.resolution': 'Done: {resolution}',
  'service.message.satisfaction': 'Customer satisfaction: {score}/5 · closed by {user}',
  'service.button.start': 'Start work',
  'service.button.resolve': 'Resolve',
  'service.button.close': 'Close',
  'service.resolve.title': 'Resolve request',
  'service.resolve.submit': 'Resolve',
  'service.close.title': 'Close request',
  'service.close.submit': 'Close',
  'service.close.resolution': 'What was done',
  'service.close.satisfaction': 'Customer satisfaction',
  'service.close.score': '{score} of 5',
  'service.close.error.resolution': 'Say what was done, so the next person knows.',
  'service.close.error.satisfaction':
    'Choose the customer’s satisfaction, from 1 (very unhappy) to 5 (very happy).',
  'service.note.started': 'Service request #{id}: {user} started work.',
  'service.note.resolved': 'Service request #{id} resolved by {user}: {resolution}',
  'service.note.closed': 'Service request #{id} closed by {user} (satisfaction {score}/5): {resolution}',
  'service.error.notFound':
    'No service request #{id} of yours. Open the customer with `/customer` to see its open requests.',
  'service.error.alreadyClosed':
    'Service request #{id} was already closed by {user} ({at}). Nothing to do; open a new one with `/service` if the problem is back.',
  'service.error.state.open':
    'Service request #{id} is still open: press *Start work* on its message, or *Close* it.',
  'service.error.state.in_progress':
    'Service request #{id} is already in progress: press *Resolve* on its message when it is done, or *Close* it.',
  'service.error.state.resolved':
    'Service request #{id} is already resolved: press *Close* on its message and give the customer’s satisfaction.',
  'service.error.state.closed':
    'Service request #{id} is closed. Open a new one with `/service` if the problem is back.',
  'service.error.noCustomer':
    'The contract’s lead #{id} is not filed under a customer yet. Open the lead’s customer with `/customer` and confirm the lead there, then try again.',
  'service.card.title': '*Service*',
  'service.card.open': '• #{id} {kind} · {priority} · {status} · {owner}: {description}',
  'service.card.noOpen': 'No open service requests.',
  'service.card.more': '…and {count} more open.',
  'service.card.nextRevisit': 'Next revisit: {date} ({days} days after delivery of {contract})',
  'service.card.noRevisit': 'No revisit planned.',
  'service.card.button': 'Service request',
  'service.priority.low': 'P4 · low',
  'service.error.alreadyResolved':
    'Service request #{id} was already resolved by {user} ({at}). Nothing to redo: press *Close* on its message and give the customer’s satisfaction.',
  'service.message.respondBy': 'Start by {at}',
  'service.message.resolveBy': 'Resolve by {at}',
  'service.message.overdue': '*overdue*',
  'service.notify.responseReminder':
    'Service request #{id} for {customer} ({priority}) should be started by {due}. Press *Start work* on its message when you take it on.',
  'service.notify.resolutionReminder':
    'Service request #{id} for {customer} ({priority}) should be resolved by {due}. Press *Resolve* on its message with what was done.',
  'service.notify.responseMissedManager':
    'Service request #{id} for {customer} ({priority}), owned by {owner}, was not started by {due}. Check with {owner}; anyone who sees the customer can press *Start work* on its message.',
  'service.notify.resolutionMissedManager':
    'Service request #{id} for {customer} ({priority}), owned by {owner}, was not resolved by {due}. Check with {owner}; it is resolved with *Resolve* on its message.',
  'service.notify.responseMissedOwner':
    'Service request #{id} for {customer} missed its response target ({due}); {manager} has been told. Press *Start work* on its message now.',
  'service.notify.resolutionMissedOwner':
    'Service request #{id} for {customer} missed its resolution target ({due}); {manager} has been told. Press *Resolve* on its message when it is done.',
  'service.notify.missedNobody':
    'Service request #{id} for {customer}, owned by {owner}, missed its target ({due}), and {owner} has no manager to tell. Set one with `/salesflow reports-to @owner @manager`.',
  'service.owner.usage':
    'Name the service owner: `/salesflow service-owner @user`, or `/salesflow service-owner off` to give each request to the customer’s rep again.',
  'service.owner.set':
    '{user} now owns every new service request; requests already open keep their owner. `/salesflow service-owner off` gives them to the customer’s rep again.',
  'service.owner.cleared':
    'No service owner: each new service request goes to the customer’s rep. Name one with `/salesflow service-owner @user`.',
  'service.owner.overview': '*Service owner:* {value}',
  'service.owner.none': 'the customer’s rep',
  'service.targets.status':
    '*Service targets* (working time of the team’s calendar; `h` = working hours, `d` = working days of 9 hours):',
  'service.targets.line': '• {priority}: respond within {response}, resolve within {resolution}',
  'service.targets.change':
    'Admins change one with `/salesflow service-targets P2 4h 2d` (priority, response, resolution), or restore the defaults with `/salesflow service-targets reset`.',
  'service.targets.usage':
    'Give a priority, a response time and a resolution time: `/salesflow service-targets P2 4h 2d` (P1–P4; `h` = working hours, `d` = working days; from 1h to 30d; the response no longer than the resolution), or `/salesflow service-targets reset` for the defaults.',
  'service.targets.set':
    '{priority} now: respond within {response}, resolve within {resolution} (working time). Only new service requests use it; requests already open keep their due times. `/salesflow service-targets reset` restores the defaults.',
  'service.targets.reset':
    'The default service targets apply again to new service requests; requests already open keep their due times. Change one with `/salesflow service-targets P2 4h 2d`.',
} as const;
