import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { StaleLeadError } from '../../../features/leads/leads.errors.js';
import { getNeedsState, saveAnswers } from '../../../features/needs/needs.usecases.js';
import { visibleText } from '../../../lib/text.js';
import { VIEWS } from '../../ids.js';
import { staleLeadText } from '../../leads/stale-lead.js';
import { announceNeedsSaved } from '../../needs/announce-needs-saved.js';
import {
  decodeNeedsMetadata,
  encodeNeedsMetadata,
  fingerprint,
  needsSeenVersion,
  sourceOf,
} from '../../needs/needs-metadata.js';
import { initialState, withNotice } from '../../requests/submitted-form.js';
import { onViewSubmission, withCaller } from '../../requests/view-submission.js';
import type { ViewStateValues } from '../../views/blocks.js';
import { buildNeedsModal, readNeedsForm } from '../../views/needs/needs-modal.js';

/**
 * Saving the needs modal, after the ack, on the lead's version the modal was opened on: answers given against an
 * older lead (someone saved theirs meanwhile) are refused with the form kept and what changed. The card refresh,
 * thread summary and confirmation follow.
 */
export function register(app: App, deps: AppDeps): void {
  app.view(
    VIEWS.needsAnalysis,
    onViewSubmission(deps, {
      work: async ({ view, client, request, modal }) => {
        const { actor, team, t, log } = request;
        const metadata = decodeNeedsMetadata(view.private_metadata);
        if (!metadata) throw new Error('needs modal without metadata');
        const form = readNeedsForm(view.state.values as ViewStateValues);
        const seen = needsSeenVersion(metadata);
        let saved: Awaited<ReturnType<typeof saveAnswers>>;
        try {
          saved = await saveAnswers({
            ...deps,
            actor,
            leadId: metadata.leadId,
            answers: Object.entries(form.answers).map(([questionKey, answer]) => ({
              questionKey,
              answer,
              source: sourceOf(metadata, questionKey, answer),
            })),
            keepStage: form.keepStage,
            intent: form.intent,
            notes: form.notes,
            notesAlreadySaved:
              Boolean(visibleText(form.notes)) &&
              metadata.notes === fingerprint(visibleText(form.notes) ?? ''),
            ...(seen ? { seen } : {}),
          });
        } catch (error) {
          if (!(error instanceof StaleLeadError)) throw error;
          // Rebuilt on the answers as they are now, with the rep's own changes on top, against the new version.
          const opened = readNeedsForm(initialState(view));
          const typed = Object.fromEntries(
            Object.entries(form.answers).filter(([key, answer]) => answer !== opened.answers[key]),
          );
          const state = await getNeedsState({ ...deps, actor, leadId: metadata.leadId });
          const revision = metadata.rev + 1;
          const fresh = buildNeedsModal({
            state,
            t,
            locale: actor.locale,
            revision,
            notes: form.notes,
            typed,
            intent: form.intent,
            keepStage: form.keepStage,
            metadata: encodeNeedsMetadata({
              ...metadata,
              rev: revision,
              version: state.lead.version,
              seenAt: deps.clock.now().getTime(),
            }),
          });
          await modal.update(
            withCaller(withNotice(fresh, staleLeadText(error, t, t('leads.staleFormRefreshed'))), actor),
          );
          return;
        }
        log.info(
          {
            leadId: saved.lead.id,
            changed: saved.changed,
            movedStage: saved.movedStage,
            completeness: saved.lead.completeness,
          },
          'needs analysis saved',
        );
        await modal.done(t('common.saved'));
        await announceNeedsSaved({ deps, client, actor, team, t, saved, origin: metadata });
      },
    }),
  );
}
