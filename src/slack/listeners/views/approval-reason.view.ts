import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { parsePercent } from '../../../features/approvals/approval-input.js';
import { decide } from '../../../features/approvals/decisions.usecases.js';
import { afterDecision } from '../../approvals/after-decision.js';
import { decodeDecisionMetadata } from '../../approvals/decision-metadata.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { onViewSubmission } from '../../requests/view-submission.js';
import { readInput, type ViewStateValues } from '../../views/blocks.js';

/**
 * The reason modal (reject / request changes) and the counter-offer modal. A missing reason or a bad percent is
 * answered inline before the ack; the decision is made after it, one conditional statement as for Approve, and
 * a refusal or a late decision comes back on top of the kept form. The message update and DMs follow.
 */
export function register(app: App, deps: AppDeps): void {
  const read = (values: ViewStateValues) => ({
    comment: readInput(values, BLOCKS.approvalReason)?.trim() ?? '',
    counter: parsePercent(readInput(values, BLOCKS.counterOfferPercent)),
  });
  const submit = onViewSubmission(deps, {
    validate: ({ view }, { t }): Record<string, string> | undefined => {
      const metadata = decodeDecisionMetadata(view.private_metadata);
      const { comment, counter } = read(view.state.values as unknown as ViewStateValues);
      if (metadata?.decision === 'counter') {
        if (typeof counter !== 'number')
          return { [BLOCKS.counterOfferPercent]: t('approvals.error.percent') };
        const asked = metadata.askedPercent;
        return asked === undefined || counter < asked
          ? undefined
          : { [BLOCKS.counterOfferPercent]: t('approvals.error.counterOffer') };
      }
      return comment ? undefined : { [BLOCKS.approvalReason]: t('approvals.error.required') };
    },
    work: async ({ view, client, request, modal }) => {
      const { actor, team, t, log } = request;
      const metadata = decodeDecisionMetadata(view.private_metadata);
      if (!metadata) throw new Error('decision modal without metadata');
      const { comment, counter } = read(view.state.values as unknown as ViewStateValues);
      const result = await decide({
        ...deps,
        actor,
        target: metadata,
        decision: metadata.decision === 'counter' ? 'approve' : metadata.decision,
        comment,
        counterPercent: typeof counter === 'number' ? counter : null,
      });
      await modal.done(t('approvals.decidedModal'));
      await afterDecision({ deps, client, team, log }, result);
    },
  });
  app.view(VIEWS.approvalReason, submit);
  app.view(VIEWS.approvalCounterOffer, submit);
}
