import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../deps.js';
import { type QuoteBuilderState, reopenQuoteBuilder } from '../../features/quotes/quote-builder.usecases.js';
import { isAppError } from '../../lib/errors.js';
import type { RequestContext } from '../context.js';
import { updateModal } from '../requests/modals.js';
import { describeError } from '../user-error.js';
import { buildQuoteBuilder } from '../views/quotes/quote-builder-modal.js';
import { isRefusalOfCaller } from './quote-replies.js';

export interface BuilderView {
  id: string;
  hash?: string;
}

/**
 * Shows `state` in the open builder. With the view's `hash`, Slack refuses the update when the modal changed
 * meanwhile (`hash_conflict`): a newer update already shows newer data, so that refusal is only logged.
 */
export async function showBuilder(input: {
  client: WebClient;
  view: BuilderView;
  state: QuoteBuilderState;
  page: number;
  request: RequestContext;
  notice?: string;
}): Promise<void> {
  const { client, view, request } = input;
  const modal = buildQuoteBuilder({
    state: input.state,
    page: input.page,
    t: request.t,
    ...(input.notice ? { notice: input.notice } : {}),
  });
  try {
    await updateModal({
      client,
      viewId: view.id,
      ...(view.hash ? { hash: view.hash } : {}),
      view: modal,
      request,
    });
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error;
    if (code !== 'hash_conflict') throw error;
    request.log.info({ quoteView: view.id }, 'builder changed meanwhile; kept the newer view');
  }
}

/**
 * Runs one builder action. A refusal (stale form, wrong state, bad line) comes back on top of the builder as it
 * is now, so the rep sees both the reason and the current quote; nothing they did is lost silently.
 */
export async function inBuilder(input: {
  deps: AppDeps;
  client: WebClient;
  view: BuilderView;
  quoteId: number;
  page: number;
  request: RequestContext;
  work: () => Promise<{ state: QuoteBuilderState; notice?: string }>;
}): Promise<void> {
  const { deps, request } = input;
  try {
    const { state, notice } = await input.work();
    await showBuilder({ ...input, state, ...(notice ? { notice } : {}) });
  } catch (error) {
    if (!isAppError(error) || !error.messageKey || isRefusalOfCaller(error)) throw error;
    const notice = describeError(error, request.t, request.log);
    const fresh = await reopenQuoteBuilder({ ...deps, actor: request.actor, quoteId: input.quoteId }).catch(
      () => undefined,
    );
    if (!fresh) throw error;
    await showBuilder({ ...input, view: { id: input.view.id }, state: fresh, notice });
  }
}
