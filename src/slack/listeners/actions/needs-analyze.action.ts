import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { analyzeCallNotes, getNeedsState } from '../../../features/needs/needs.usecases.js';
import { visibleText } from '../../../lib/text.js';
import { ACTIONS } from '../../ids.js';
import {
  decodeNeedsMetadata,
  encodeNeedsMetadata,
  fingerprint,
  proposalMarks,
} from '../../needs/needs-metadata.js';
import { onAction } from '../../requests/after-ack.js';
import { withCaller } from '../../requests/view-submission.js';
import type { ViewStateValues } from '../../views/blocks.js';
import { buildNeedsModal, type NeedsModalInput, readNeedsForm } from '../../views/needs/needs-modal.js';

/**
 * "Analyze" in the needs modal: ack at once, show "Analyzing…" (views.update with the view's hash), run the
 * AI or the fallback, then show the proposed answers (views.update with the hash the first update returned).
 */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.needsAnalyze,
    onAction<BlockButtonAction>(deps, async ({ body, client, request }) => {
      const { actor, t, log } = request;
      const view = body.view;
      const metadata = decodeNeedsMetadata(view?.private_metadata);
      if (!view || !metadata) return;
      const form = readNeedsForm(view.state.values as ViewStateValues);
      const notes = visibleText(form.notes) ?? '';
      const update = async (
        input: Omit<NeedsModalInput, 't' | 'locale' | 'typed' | 'intent' | 'keepStage'>,
        hash?: string,
      ) => {
        const built = buildNeedsModal({
          ...input,
          t,
          locale: actor.locale,
          typed: form.answers,
          intent: form.intent,
          keepStage: form.keepStage,
        });
        const result = await client.views.update({
          view_id: view.id,
          ...(hash ? { hash } : {}),
          view: withCaller(built, actor),
        });
        return result.view?.hash;
      };
      const state = await getNeedsState({ ...deps, actor, leadId: metadata.leadId });
      const base = { state, notes, revision: metadata.rev };
      if (!notes) {
        await update({ ...base, metadata: view.private_metadata, status: { kind: 'notesEmpty' } }, view.hash);
        return;
      }
      const hash = await update(
        { ...base, metadata: view.private_metadata, status: { kind: 'analyzing' } },
        view.hash,
      );
      const result = await analyzeCallNotes({
        ...deps,
        actor,
        leadId: metadata.leadId,
        notes,
        analyze: deps.analyzeNotes,
      });
      const { analysis } = result;
      log.info(
        {
          leadId: metadata.leadId,
          source: analysis.source,
          reason: analysis.fallbackReason,
          proposed: analysis.answers.length,
        },
        'call notes analyzed',
      );
      const revision = metadata.rev + 1;
      await update(
        {
          state: result.state,
          notes,
          revision,
          status: { kind: 'analysis', analysis },
          metadata: encodeNeedsMetadata({
            ...metadata,
            rev: revision,
            notes: fingerprint(notes),
            proposed: proposalMarks(analysis),
          }),
        },
        hash,
      );
    }),
  );
}
