import { approvedValueOf } from '../../features/approvals/approved-values.js';
import { loadPolicy, type SubmitOutcome } from '../../features/approvals/requests.usecases.js';
import { markHomesDirty } from '../../features/home/home-refresh.usecases.js';
import type { Actor } from '../../features/team/team.types.js';
import type { Translate } from '../../i18n/index.js';
import { userMention } from '../mrkdwn.js';
import { approvedValueText, kindLabel, missingText, routeText } from '../views/approvals/approval-format.js';
import { leadTitle } from '../views/leads/lead-format.js';
import { dm, type Messenger, postStep } from './approval-messenger.js';

/**
 * After a request (or revision) is submitted: route its first step, or tell the requester it was approved
 * automatically, or — when an approver is missing — tell the requester and every admin what to configure.
 */
export async function announceRequest(
  m: Messenger,
  input: {
    actor: Actor;
    t: Translate;
    kind: 'discount' | 'contract';
    outcome: Exclude<SubmitOutcome, { ok: false }>;
  },
): Promise<void> {
  const { actor, t, outcome } = input;
  await markHomesDirty({
    ...m.deps,
    teamId: actor.teamId,
    change: { kind: 'approval', ownerUserId: outcome.lead.ownerUserId },
  });
  const lead = leadTitle(outcome.lead);
  const kind = kindLabel(input.kind, t);
  if (outcome.outcome === 'missing') {
    await dm(m, actor.userId, () =>
      t('approvals.notify.missing', { kind, lead, missing: missingText(outcome.missing, t) }),
    );
    for (const admin of outcome.adminUserIds)
      await dm(m, admin, (tr) =>
        tr('approvals.missing.adminNotice', {
          user: userMention(actor.userId),
          kind: kindLabel(input.kind, tr),
          lead,
          missing: missingText(outcome.missing, tr),
        }),
      );
    return;
  }
  const { request } = outcome;
  if (outcome.outcome === 'auto') {
    const value = approvedValueOf(request.details);
    await dm(m, actor.userId, () =>
      t('approvals.notify.autoApproved', {
        kind,
        id: request.id,
        lead,
        value: approvedValueText(request.details, value, actor.locale),
      }),
    );
    return;
  }
  const [first] = outcome.steps;
  if (!first) return;
  await postStep(m, { request, step: first, lead: outcome.lead });
  const policy = await loadPolicy({ ...m.deps, teamId: actor.teamId });
  const steps = outcome.steps.map((s) => ({ role: s.role, approverUserId: s.approverUserId }));
  const route = routeText({ kind: 'steps', steps }, policy, t);
  const text =
    request.revision > 1
      ? t('approvals.notify.revised', { revision: request.revision, route })
      : t('approvals.notify.submitted', { kind, id: request.id, lead, route });
  await dm(m, actor.userId, () => text);
}
