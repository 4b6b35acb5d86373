import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import type { SaveNeedsResult } from '../../../features/needs/needs.types.js';
import { saveAnswers } from '../../../features/needs/needs.usecases.js';
import { requestContext } from '../../context.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { announceNeedsSaved } from '../../needs/announce-needs-saved.js';
import { decodeNeedsMetadata, fingerprint, sourceOf } from '../../needs/needs-metadata.js';
import { describeError } from '../../user-error.js';
import type { ViewStateValues } from '../../views/blocks.js';
import { readNeedsForm } from '../../views/needs/needs-modal.js';

/**
 * Saving the needs modal: answers are written before the ack, so a failure keeps the modal open with the
 * rep's input and a message; the card refresh, thread summary and confirmation are sent after the ack.
 */
export function register(app: App, deps: AppDeps): void {
  app.view<ViewSubmitAction>(
    VIEWS.needsAnalysis,
    async ({ ack, view, client, context }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
      const { actor, team, t, log } = requestContext(context);
      const metadata = decodeNeedsMetadata(view.private_metadata);
      const form = readNeedsForm(view.state.values as ViewStateValues);
      let saved: SaveNeedsResult;
      try {
        if (!metadata) throw new Error('needs modal without metadata');
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
          notesAlreadySaved: Boolean(form.notes.trim()) && metadata.notes === fingerprint(form.notes.trim()),
        });
      } catch (error) {
        await ack({
          response_action: 'errors',
          errors: { [BLOCKS.needsNotes]: describeError(error, t, log) },
        });
        return;
      }
      await ack();
      log.info(
        {
          leadId: saved.lead.id,
          changed: saved.changed,
          movedStage: saved.movedStage,
          completeness: saved.lead.completeness,
        },
        'needs analysis saved',
      );
      await announceNeedsSaved({ deps, client, actor, team, t, saved, origin: metadata });
    },
  );
}
