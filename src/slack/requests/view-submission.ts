import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import type { Actor } from '../../features/team/team.types.js';
import { type Locale, type Translate, toLocale, translator } from '../../i18n/index.js';
import { isValidTimeZone } from '../../lib/time-zone.js';
import type { Logger } from '../../logger.js';
import { VIEWS } from '../ids.js';
import { decodeJson } from '../json-codec.js';
import { SLACK_LIMITS } from '../limits.js';
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

/**
 * `view` with its reader's language and time zone recorded in its private_metadata, so its submission can check
 * the values (a date in the past?) and answer field errors in that language before the ack, without reading the
 * database. Metadata that is not a JSON object (or would pass Slack's limit) is left as it is.
 */
export function withCaller(view: ModalView, caller: Pick<Actor, 'locale' | 'timezone'>): ModalView {
  const raw = view.private_metadata || '{}';
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return view;
    const metadata = JSON.stringify({ ...parsed, locale: caller.locale, tz: caller.timezone });
    return metadata.length <= SLACK_LIMITS.privateMetadata ? { ...view, private_metadata: metadata } : view;
  } catch {
    return view;
  }
}

const callerMetadata = z.object({ locale: z.string().optional(), tz: z.string().optional() });

/**
 * Who submitted, as far as the modal itself says: the language it was built in (else the caller's as last seen
 * on this instance, else English) and their time zone (undefined when the modal did not record it).
 */
export function submissionCaller(args: Pick<ViewArgs, 'view' | 'body'>): {
  locale: Locale;
  timezone: string | undefined;
} {
  const metadata = decodeJson(callerMetadata, args.view.private_metadata || '{}');
  const timezone = metadata?.tz && isValidTimeZone(metadata.tz) ? metadata.tz : undefined;
  return { locale: toLocale(metadata?.locale) ?? rememberedLocale(args.body) ?? 'en', timezone };
}

function statusModal(args: ViewArgs, text: string, t: Translate): ModalView {
  return modalShell({
    callbackId: VIEWS.saving,
    title: args.view.title?.text ?? 'Salesflow',
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
    /** Field errors by block id, from the submitted values alone; `timezone` is the modal's reader's, if known. */
    validate?: (
      args: ViewArgs,
      caller: { t: Translate; timezone: string | undefined },
    ) => Record<string, string> | undefined;
    work: (args: WithRequest<ViewArgs> & { modal: SubmittedModal }) => Promise<void>;
  },
): (args: ViewArgs) => Promise<void> {
  return async (args) => {
    const caller = submissionCaller(args);
    const t = translator(caller.locale);
    const errors = spec.validate?.(args, { t, timezone: caller.timezone });
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
