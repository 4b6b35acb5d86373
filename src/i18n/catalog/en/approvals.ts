export const approvalsEn = {
  'approvals.kind.discount': 'Discount',
  'approvals.kind.contract': 'Contract',
  'approvals.kind.invoice': 'Invoice',
  'approvals.kind.commission_sheet': 'Commission sheet',
  'approvals.kind.quote': 'Quote',
  'approvals.role.manager': 'Manager',
  'approvals.role.director': 'Director',
  'approvals.role.finance': 'Finance',
  'approvals.status.pending': 'pending',
  'approvals.status.approved': 'approved',
  'approvals.status.rejected': 'rejected',
  'approvals.status.changes_requested': 'waiting for changes',
  'approvals.status.cancelled': 'cancelled',

  'approvals.card.requestDiscount': 'Request discount',
  'approvals.card.title': 'Approvals',
  'approvals.card.waitingOn': 'waiting on {user}',
  'approvals.card.requestContract': 'Contract approval',

  'approvals.modal.discountTitle': 'Discount request',
  'approvals.modal.contractTitle': 'Contract approval',
  'approvals.modal.submit': 'Submit',
  'approvals.modal.lead': '*Lead:* {lead}',
  'approvals.field.percent': 'Discount (%)',
  'approvals.field.percentHint': 'Percent off the list price, e.g. 12 or 12.5. Or give a target price below.',
  'approvals.field.targetPrice': 'Target price',
  'approvals.field.listPrice': 'List price',
  'approvals.field.justification': 'Justification',
  'approvals.field.expiry': 'Offer valid until',
  'approvals.field.amount': 'Contract amount',
  'approvals.field.currency': 'Currency',
  'approvals.field.upfront': 'Upfront payment (%)',
  'approvals.field.upfrontHint': 'Share paid upfront, e.g. 30 for "30% upfront, rest on delivery".',
  'approvals.field.paymentTerms': 'Payment terms',
  'approvals.field.deliveryDate': 'Delivery date',
  'approvals.field.specialTerms': 'Special terms',
  'approvals.field.draftLink': 'Link to the draft contract',
  'approvals.field.reason': 'Reason',
  'approvals.field.counterPercent': 'Approve a discount of (%)',

  'approvals.route.auto': 'Within {percent}%: approved automatically, no approver needed.',
  'approvals.route.steps': 'Needs approval from: {steps}',
  'approvals.route.missing':
    ':warning: Cannot be routed: {missing}. Your admins have been asked to fix this.',
  'approvals.route.missingPreview': ':warning: Cannot be routed yet: {missing}.',
  'approvals.route.enterValue': 'Enter the discount to see who will approve it.',
  'approvals.missing.no_manager': 'you have no manager set',
  'approvals.missing.no_director':
    'no director is set (the manager’s manager or a user with the director role)',
  'approvals.missing.no_finance': 'no user has the finance role',
  'approvals.missing.adminNotice':
    '{user} asked for a {kind} approval on {lead}, but it cannot be routed: {missing}. Set reporting lines and roles with `/salesflow`.',

  'approvals.message.title': '*{kind} request #{id}* (revision {revision}) for {lead}, by {requester}',
  'approvals.message.titleSystem': '*{kind} #{id}*, prepared by Salesflow',
  'approvals.message.discount': '*Discount:* {percent}%{prices}',
  'approvals.message.prices': ' (target {target} against list {list})',
  'approvals.message.justification': '*Justification:* {text}',
  'approvals.message.expiry': '*Offer valid until:* {date}',
  'approvals.message.contract': '*Amount:* {amount} · *Upfront:* {upfront}%',
  'approvals.message.paymentTerms': '*Payment terms:* {text}',
  'approvals.message.deliveryDate': '*Delivery:* {date}',
  'approvals.message.specialTerms': '*Special terms:* {text}',
  'approvals.message.draftLink': '*Draft:* {link}',
  'approvals.message.invoice': '*Invoice for contract {number}:* {amount}',
  'approvals.message.commissionSheet':
    '*Commission sheet {month}:* {reps} reps · collected {collected} · commission {commission}',
  'approvals.message.awaiting': 'Step {step} of {count}: waiting for {approver} ({role})',
  'approvals.message.delegate': ' — or their delegate {delegate}',
  'approvals.message.escalated': ' — escalated to {user}',
  'approvals.message.decided': '{icon} {decision} by {user} ({role}) {when}',
  'approvals.message.override': ' as an admin override',
  'approvals.message.viaDelegate': ' as delegate',
  'approvals.message.comment': '> {comment}',
  'approvals.message.counter': 'approved at {percent}%',
  'approvals.message.cancelled': ':no_entry_sign: Cancelled by {user} {when}',
  'approvals.message.cancelledAuto': ':no_entry_sign: Cancelled automatically: the lead is closed.',
  'approvals.message.superseded':
    ':leftwards_arrow_with_hook: Superseded by request #{id}: this round is closed; see the newer request below.',
  'approvals.message.cancelledWon':
    ':no_entry_sign: Closed automatically: the lead is won, so this quote needs no approval. Go on with its contract (`/contract` on the lead).',
  'approvals.message.skipped': 'no longer needed',
  'approvals.decision.approved': 'Approved',
  'approvals.decision.rejected': 'Rejected',
  'approvals.decision.changes_requested': 'Changes requested',

  'approvals.button.approve': 'Approve',
  'approvals.button.approveAt': 'Approve at…',
  'approvals.button.reject': 'Reject',
  'approvals.button.requestChanges': 'Request changes',
  'approvals.button.cancel': 'Cancel request',
  'approvals.button.revise': 'Revise and resubmit',
  'approvals.button.pick': 'Choose',

  'approvals.reason.rejectTitle': 'Reject request',
  'approvals.reason.changesTitle': 'Request changes',
  'approvals.reason.counterTitle': 'Approve at…',
  'approvals.reason.counterHint': 'Lower than the {percent}% asked.',

  'approvals.notify.approverDm':
    '{requester} needs your approval ({role}) of a {kind} request on {lead}: {link}',
  'approvals.notify.delegateDm':
    'You are standing in for {approver}: {requester} needs approval ({role}) of a {kind} request on {lead}: {link}',
  'approvals.notify.channelFallback':
    'Salesflow is not in {channel}, so your {kind} request #{id} on {lead} was sent to {approver} by direct message instead. An admin has been asked to `/invite @Salesflow` in {channel}; nothing else is needed from you.',
  'approvals.notify.submitted': 'Your {kind} request #{id} on {lead} was sent. {route}',
  'approvals.notify.autoApproved':
    'Your {kind} request #{id} on {lead} was approved automatically ({value}).',
  'approvals.notify.missing':
    'Your {kind} request on {lead} could not be sent: {missing}. Your admins have been told.',
  'approvals.notify.stepApproved':
    '{user} approved step {step} of your {kind} request #{id} on {lead}; it now goes to {next}.',
  'approvals.notify.approved': 'Your {kind} request #{id} on {lead} is approved ({value}).',
  'approvals.notify.rejected': '{user} rejected your {kind} request #{id} on {lead}: {comment}',
  'approvals.notify.changes': '{user} asked for changes to your {kind} request #{id} on {lead}: {comment}',
  'approvals.notify.cancelled': 'Request #{id} on {lead} is cancelled.',
  'approvals.notify.reminder':
    'Reminder: {requester}’s {kind} request on {lead} is still waiting for your approval: {link}',
  'approvals.notify.escalatedToManager':
    '{approver} has not decided {requester}’s {kind} request on {lead} in time; it is escalated to you. You can decide it: {link}',
  'approvals.notify.escalatedToApprover':
    '{requester}’s {kind} request on {lead} has been escalated to {manager}: {link}',
  'approvals.notify.escalationNobody':
    '{approver} has not decided {requester}’s {kind} request on {lead} in time, and has no manager to escalate to. Set their manager with `/salesflow`: {link}',
  'approvals.notify.revised': 'Revision {revision} sent: {route}',

  'approvals.command.usageDiscount':
    'Usage: `/discount &lt;lead&gt; &lt;percent&gt;`, e.g. `/discount Acme 12`.',
  'approvals.command.usageContract': 'Usage: `/contract &lt;lead&gt;`, e.g. `/contract Acme`.',
  'approvals.command.noMatch': 'No lead matches “{text}”. Try `/lead {text}` to search.',
  'approvals.command.badPercent':
    '“{text}” is not a discount I can use: give a percent from 0 to 100 with at most two decimals, e.g. `/discount {lead} 12.5`.',
  'approvals.command.pick': 'Several leads match “{text}”. Which one?',
  'approvals.submittedModal': 'Request sent. You will get a message when it is decided.',
  'approvals.decidedModal': 'Decision recorded.',

  'approvals.error.notFound':
    'Approval request #{id} no longer exists (its lead may have been deleted): there is nothing to decide. If it is still needed, the requester asks again with `/discount` or `/contract` on the lead.',
  'approvals.error.notApprover':
    'Only {approver} (or their delegate) can decide this request. Nothing was changed. Ask {approver} to decide it; when away, they hand their approvals on with `/salesflow delegate`, and an admin can decide in their place.',
  'approvals.error.selfApproval':
    'You cannot decide your own request. Nothing was changed. It waits for its approver; to withdraw it, press *Cancel request* in the lead’s thread.',
  'approvals.error.alreadyDecided':
    'This step was already decided by {user} {when}; your click changed nothing. The outcome is in the lead’s thread; to ask for something else, make a new request (`/discount`, `/contract` or `/invoice`).',
  'approvals.error.closed.pending':
    'This request is still waiting for its approver, so there is nothing to revise yet. Wait for the decision, or withdraw it with *Cancel request* in the lead’s thread.',
  'approvals.error.closed.approved':
    'This request is already approved: nothing is left to decide or change. To ask for something new, make a new request (`/discount`, `/contract` or `/invoice`).',
  'approvals.error.closed.rejected':
    'This request was rejected: it is closed. To try again, make a new request (`/discount`, `/contract` or `/invoice`) and say what changed.',
  'approvals.error.closed.changes_requested':
    'The approver asked for changes: the request now waits for its requester, who presses *Revise and resubmit* in the lead’s thread.',
  'approvals.error.closed.cancelled':
    'This request was cancelled: nothing is left to decide. If it is still needed, make a new request (`/discount`, `/contract` or `/invoice`).',
  'approvals.error.notRequester':
    'Only {requester}, who made this request, can revise or withdraw it (an admin can withdraw it too). Ask {requester} to press *Revise and resubmit* or *Cancel request* in the lead’s thread.',
  'approvals.error.missingApprover':
    'This request cannot be routed: the approval policy needs an approver nobody fills. Ask an admin to fill the role (`/salesflow role @user manager`, `/salesflow reports-to @rep @manager`) or to change the policy (`/salesflow policy`).',
  'approvals.error.counterOffer': 'Enter a discount lower than the one asked.',
  'approvals.error.changesNotAvailable':
    'This request can only be approved or rejected: press *Approve* or *Reject* (a rejection’s reason can say what must change).',
  'approvals.error.policyAdminOnly':
    'Only admins can change the approval policy. `/salesflow policy` shows it to everyone; for a change, ask an admin (`/salesflow team` lists them).',
  'approvals.error.required': 'This field is required.',
  'approvals.error.percent': 'Enter a percent between 0 and 100, e.g. 12.5.',
  'approvals.error.amount': 'Enter a positive amount, e.g. 120000 or 120,000.50.',
  'approvals.error.date': 'Enter a valid date.',
  'approvals.error.pastDate': 'This date is in the past.',
  'approvals.error.link': 'Enter a link starting with https://',
  'approvals.error.priceOrPercent': 'Enter a discount percent, or both a target price and a list price.',
  'approvals.error.targetAboveList': 'The target price is above the list price.',
  'approvals.error.tooLong': 'This is too long.',

  'approvals.policy.title': 'Approval policy',
  'approvals.policy.autoDiscount': 'Discounts approved automatically up to (%)',
  'approvals.policy.managerDiscount': 'Discounts the manager alone approves up to (%)',
  'approvals.policy.managerContract': 'Contracts the manager alone approves up to (amount)',
  'approvals.policy.financeUpfront': 'Finance countersigns when upfront is below (%)',
  'approvals.policy.financeAmount': 'Finance countersigns when the amount is above',
  'approvals.policy.reminderHours': 'Remind the approver after (working hours)',
  'approvals.policy.escalationHours': 'Escalate to their manager after (working hours)',
  'approvals.policy.currency': 'Currency of the amounts',
  'approvals.policy.summary':
    '*Approval policy*\n• Discounts up to {auto}%: automatic\n• Up to {manager}%: the rep’s manager\n• Above {manager}%: the manager, then a director\n• Contracts up to {contract}: the manager; above: the manager, then a director\n• Finance countersigns when upfront is below {upfront}% or the amount is above {finance}\n• Reminder after {reminder} working hours; escalation after {escalation} working hours',
  'approvals.policy.readOnly': 'Only admins can change it.',
  'approvals.policy.saved': 'The approval policy is saved.',

  'approvals.delegate.usage':
    'Usage: `/salesflow delegate @user until 2026-12-31`, or `/salesflow delegate off`.',
  'approvals.delegate.set': 'Until {date}, your approvals also go to {user}.',
  'approvals.delegate.off': 'Delegation is off: your approvals come only to you.',
  'approvals.delegate.error.self':
    'You cannot delegate to yourself. Name someone else: `/salesflow delegate @user until YYYY-MM-DD`.',
  'approvals.delegate.error.date':
    'Give the end date as YYYY-MM-DD: `/salesflow delegate @user until YYYY-MM-DD`.',
  'approvals.delegate.error.past':
    'That date is in the past. Give today or a later date: `/salesflow delegate @user until YYYY-MM-DD`; `/salesflow delegate off` ends a delegation.',

  'approvals.audit.usage': 'Usage: `/salesflow audit` or `/salesflow audit #42`.',
  'approvals.audit.empty': 'No approvals recorded yet.',
  'approvals.audit.uploaded': 'Approval audit ({count} entries).',
} as const;
