import type { App, ViewOutput } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import type { LeadChange } from '../../features/leads/lead-progress.usecases.js';
import { type LocalNow, localNowIn } from '../../features/leads/lead-progress-input.js';
import type { SeenVersion } from '../../features/leads/lead-versions.js';
import { StaleLeadError } from '../../features/leads/leads.errors.js';
import type { Lead } from '../../features/leads/leads.types.js';
import type { Actor } from '../../features/team/team.types.js';
import type { Translate } from '../../i18n/index.js';
import type { RequestContext } from '../context.js';
import { fieldErrorNotice, formWithValues, withNotice } from '../requests/submitted-form.js';
import { onViewSubmission, withCaller } from '../requests/view-submission.js';
import type { ModalView, ViewStateValues } from '../views/blocks.js';
import { fieldErrorsByBlock } from '../views/modal-inputs.js';
import { afterLeadChange } from './after-lead-change.js';
import { decodeLeadFormMetadata, encodeLeadFormMetadata, seenVersionOf } from './lead-form-metadata.js';
import { staleLeadText } from './stale-lead.js';

export type SubmissionResult<K extends string> =
  | { ok: true; lead: Lead; change: LeadChange | { kind: 'edited' } }
  | { ok: false; errors: Partial<Record<K, string>> };

/**
 * Saving one of the lead card's modals, acknowledged first. `validate` checks the values alone before the ack
 * (errors inline, in the modal's language). After the ack the change is written on the version the modal was
 * built from: a refusal (not allowed, closed) puts the form back with the reason on top; a lead changed
 * meanwhile gets the form rebuilt on the current lead (`refresh`), with what changed; success refreshes the
 * card and notes the change in the lead's thread.
 */
export function registerLeadSubmission<K extends string>(
  app: App,
  deps: AppDeps,
  input: {
    callbackId: string;
    /** Form field → block id, to place field errors. */
    blocks: Record<K, string>;
    /** Checks of the values alone, before the ack; `now` is the rep's, from the zone the modal recorded. */
    validate?: (values: ViewStateValues, now: LocalNow, view: ViewOutput) => Partial<Record<K, string>>;
    run: (args: {
      actor: Actor;
      leadId: number;
      values: ViewStateValues;
      seen: SeenVersion | undefined;
    }) => Promise<SubmissionResult<K>>;
    /** The form on the lead as it is now, keeping what the user typed (default: the submitted form as it is). */
    refresh?: (args: {
      view: ViewOutput;
      current: Lead;
      metadata: string;
      request: RequestContext;
    }) => ModalView;
  },
): void {
  const byBlock = (errors: Partial<Record<K, string>>, t: Translate) =>
    fieldErrorsByBlock(errors, input.blocks, t);
  app.view(
    input.callbackId,
    onViewSubmission(deps, {
      validate: ({ view }, { t, timezone }) => {
        if (!input.validate || !timezone) return undefined;
        const now = localNowIn(timezone, deps.clock.now());
        return byBlock(input.validate(view.state.values as ViewStateValues, now, view), t);
      },
      work: async ({ view, client, request, modal }) => {
        const { actor, team, t, log } = request;
        const origin = decodeLeadFormMetadata(view.private_metadata);
        let result: SubmissionResult<K>;
        try {
          result = await input.run({
            actor,
            leadId: origin.leadId ?? Number.NaN,
            values: view.state.values as ViewStateValues,
            seen: seenVersionOf(origin),
          });
        } catch (error) {
          if (!(error instanceof StaleLeadError)) throw error;
          const current = error.current;
          const metadata = encodeLeadFormMetadata({
            ...origin,
            version: current.version,
            seenAt: deps.clock.now().getTime(),
          });
          const notice = staleLeadText(error, t, t('leads.staleFormRefreshed'));
          const fresh = input.refresh?.({ view, current, metadata, request });
          const form = fresh ? withNotice(fresh, notice) : formWithValues(view, notice, metadata);
          await modal.update(withCaller(form, actor));
          return;
        }
        if (!result.ok) {
          await modal.restore(fieldErrorNotice(view, byBlock(result.errors, t)));
          return;
        }
        log.info({ leadId: result.lead.id, change: result.change.kind }, 'lead changed');
        await modal.done(t('common.saved'));
        await afterLeadChange({
          deps,
          client,
          actor,
          team,
          t,
          lead: result.lead,
          change: result.change,
          origin,
        });
      },
    }),
  );
}

/** A validation result's field errors (none when it passed), for `validate`. */
export function errorsOf<K extends string>(
  result: { ok: true } | { ok: false; errors: Partial<Record<K, string>> },
): Partial<Record<K, string>> {
  return result.ok ? {} : result.errors;
}
