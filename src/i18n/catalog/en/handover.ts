/** Handing leads over: one lead (`/lead #42 owner @user`) or a leaving rep's whole book (`/salesflow handover`). */
export const handoverEn = {
  'handover.notAllowed':
    'Only an admin, or a manager or director {owner} reports to, can hand their leads over — and a manager or director only to themself or their own people. Ask one of them to do it: `/lead #42 owner @user` for one lead (its number), `/salesflow handover @from @to` for all of them.',
  'handover.sameOwner':
    '{user} already owns it: nothing to move. To give it to someone else, name them instead (`/lead #42 owner @user`, with the lead’s number).',
  'handover.conflict':
    'Lead #{id} changed hands or closed just now. Nothing was moved; look at it again with `/lead #{id}` and hand it over from there if you still need to.',

  'handover.done': 'Lead *#{id} {company}* now belongs to {to}.',
  'handover.doneRequests': 'Its {count} pending approval request(s) moved with it.',
  'handover.toNewOwner': '{actor} handed you lead *#{id} {company}* (it was {from}’s).',
  'handover.toOldOwner': '{actor} handed your lead *#{id} {company}* to {to}.',
  'handover.threadLine': '{actor} handed this lead from {from} to {to}.',

  'handover.previewTitle': 'Hand over {from}’s work to {to}?',
  'handover.preview':
    '• {leads} open lead(s), {followUps} of them with a follow-up (the follow-ups move with the leads)\n• {requests} pending approval request(s)',
  'handover.previewBlocked':
    '• {count} request(s) stay with {from}: {to} approves them, and nobody approves their own.',
  'handover.previewWaiting':
    '• {count} approval(s) wait on {from} as approver. They do not move: set a delegate with `/salesflow delegate`, or change the reporting lines.',
  'handover.previewNote': 'Leads {from} opens or closes before you confirm are counted when you confirm.',
  'handover.nothing': '{from} has no open leads and no pending approval requests.',
  'handover.confirm': 'Hand over',
  'handover.cancel': 'Cancel',
  'handover.cancelled': 'Nothing was handed over.',
  'handover.result': 'Done: {leads} lead(s) and {requests} approval request(s) moved from {from} to {to}.',
  'handover.summaryToNew':
    '{actor} handed you {leads} lead(s) and {requests} approval request(s) from {from}.',
  'handover.summaryToOld':
    '{actor} handed your {leads} open lead(s) and {requests} approval request(s) to {to}.',
  'handover.usage':
    '• `/lead #42 owner @user` — give one lead to someone else (the owner’s manager or director, or an admin)\n• `/salesflow handover @from @to` — move every open lead, follow-up and pending approval request of someone who leaves, after a preview',
} as const;
