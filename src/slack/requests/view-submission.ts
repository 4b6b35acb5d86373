import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { type Locale, type Translate, toLocale, translator } from '../../i18n/index.js';
import type { Logger } from '../../logger.js';
import { VIEWS } from '../ids.js';
import { type ModalView, modalShell, mrkdwn } from '../views/blocks.js';
import { type RequestDeps, runAfterAck, type WithRequest } from './after-ack.js';
import { rememberedLocale } from './caller.js';
import { formWithValues } from './submitted-form.js';

export type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** The submitted modal, after the ack: it shows "Saving…" until the work replaces it with the outcome. */
export interface SubmittedModal {
  /** Replaces the modal with `view`. */
  update(view: ModalView): Promise<void>;
  /** The form again, as the user filled it in, with `notice` on top: a refusal or failure loses nothing. */
  restore(notice: string): Promise<void>;
  /** A short confirmation in place of the form (the default once the work ends without an update). */
  done(text: string): Promise<void>;
}

/** The language a modal was built in (its metadata says so), else the caller's as last seen here, else English. */
export function submissionLocale(args: Pick<ViewArgs, 'view' | 'body'>): Locale {
  try {
    const metadata = JSON.parse(args.view.private_metadata || '{}') as { locale?: unknown };
    const fromMetadata = typeof metadata.locale === 'string' ? toLocale(metadata.locale) : undefined;
    if (fromMetadata) return fromMetadata;
  } catch {
    // Not JSON: fall through.
  }
  return rememberedLocale(args.body) ?? 'en';
}

function statusModal(args: ViewArgs, text: string, t: Translate): ModalView {
  return modalShell({
    callbackId: VIEWS.saving,
    title: args.view.title.text,
    close: t('common.close'),
    blocks: [{ type: 'section', text: mrkdwn(text) }],
  });
}

/**
 * A modal's submission, acknowledged first (DESIGN.md, rule 9). `validate` checks the submitted values alone,
 * before the ack, and returns field errors by block id, shown inline. Then the modal turns to "Saving…" and
 * `work` runs after the ack in the bounded queue; whatever it cannot save (closed or changed meanwhile, the
 * database gone) it answers through `modal`, never by a lost form.
 */
export function onViewSubmission(
  deps: RequestDeps,
  spec: {
    validate?: (args: ViewArgs, t: Translate) => Record<string, string> | undefined;
    work: (args: WithRequest<ViewArgs> & { modal: SubmittedModal }) => Promise<void>;
  },
): (args: ViewArgs) => Promise<void> {
  return async (args) => {
    const t = translator(submissionLocale(args));
    const errors = spec.validate?.(args, t);
    if (errors && Object.keys(errors).length > 0) {
      await args.ack({ response_action: 'errors', errors });
      return;
    }
    await args.ack({ response_action: 'update', view: statusModal(args, t('common.saving'), t) });
    const log = args.context.log as Logger;
    let touched = false;
    const update = async (view: ModalView) => {
      touched = true;
      try {
        await args.client.views.update({ view_id: args.view.id, view });
      } catch (error) {
        // The user closed the modal meanwhile: nothing to show it in.
        log.warn({ err: error }, 'could not update the submitted modal');
      }
    };
    const modal: SubmittedModal = {
      update,
      restore: (notice) => update(formWithValues(args.view, notice)),
      done: (text) => update(statusModal(args, `:white_check_mark: ${text}`, t)),
    };
    await runAfterAck(
      deps,
      args,
      async (withRequest) => {
        await spec.work({ ...withRequest, modal });
        if (!touched) await modal.done(withRequest.request.t('common.saved'));
      },
      { answerFailure: (text) => modal.restore(text) },
    );
  };
}
