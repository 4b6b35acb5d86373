import { SYSTEM_REQUESTER } from '../../features/approvals/approvals.types.js';
import type { DecisionResult } from '../../features/approvals/decisions.usecases.js';
import { markHomesDirty } from '../../features/home/home-refresh.usecases.js';
import type { Locale, Translate } from '../../i18n/index.js';
import { afterLedgerDecision } from '../ledger/after-ledger-decision.js';
import { escapeMrkdwn, truncate, userMention } from '../mrkdwn.js';
import { afterQuoteDecision } from '../quotes/after-quote-decision.js';
import { approvedValueText, kindLabel, roleLabel } from '../views/approvals/approval-format.js';
import { buildChangesRequestedBlocks } from '../views/approvals/approval-notices.js';
import { leadTitle } from '../views/leads/lead-format.js';
import { dm, type Messenger, postStep, updateStepMessage } from './approval-messenger.js';

/** After a decision: the step's message shows it in place, the requester is told, the next step is routed. */
export async function afterDecision(m: Messenger, result: DecisionResult): Promise<void> {
  const { request, decided, next } = result;
  // A request about a lead whose lead is gone has nothing to show; a commission sheet has no lead at all.
  if (!result.lead && request.leadId !== null) return;
  const lead = result.lead ?? null;
  // A contract or invoice approved shows on finance's Home (its queues, the aging) as well as the owner's.
  await markHomesDirty({
    ...m.deps,
    teamId: m.team.teamId,
    change: {
      kind: request.kind === 'contract' || request.kind === 'invoice' ? 'invoice' : 'approval',
      ownerUserId: lead?.ownerUserId ?? request.requesterUserId,
    },
  });
  await updateStepMessage(m, { request, step: decided, lead });
  await afterLedgerDecision(m, result);
  await afterQuoteDecision(m, result);
  const params = (t: Translate) => ({
    user: userMention(decided.decidedByUserId ?? ''),
    kind: kindLabel(request.kind, t),
    id: request.id,
    lead: lead ? leadTitle(lead) : kindLabel(request.kind, t),
    step: decided.step,
    comment: escapeMrkdwn(truncate(decided.comment ?? '', 1500)),
  });
  const requester = request.requesterUserId;
  if (next) await postStep(m, { request, step: next, lead });
  // The app itself asked for a commission sheet: there is nobody to tell.
  if (requester === SYSTEM_REQUESTER) return;
  if (next) {
    await dm(m, requester, (t) =>
      t('approvals.notify.stepApproved', {
        ...params(t),
        next: `${roleLabel(next.role, t)} ${userMention(next.approverUserId)}`,
      }),
    );
    return;
  }
  const approved = result.approvedValue;
  if (decided.status === 'approved' && approved !== undefined)
    await dm(m, requester, (t, locale: Locale) =>
      t('approvals.notify.approved', {
        ...params(t),
        value: approvedValueText(request.details, approved, locale),
      }),
    );
  else if (decided.status === 'rejected')
    await dm(m, requester, (t) => t('approvals.notify.rejected', params(t)));
  // A quote sent back for changes is answered by afterQuoteDecision: its message with the note and its buttons.
  else if (decided.status === 'changes_requested' && request.details.kind !== 'quote')
    await dm(
      m,
      requester,
      (t) => t('approvals.notify.changes', params(t)),
      (t, text) => buildChangesRequestedBlocks({ text, requestId: request.id, t }),
    );
}
