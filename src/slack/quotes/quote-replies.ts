import type { BlockAction, RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../deps.js';
import { showQuote } from '../../features/quotes/quote-lists.usecases.js';
import { NotQuoteOwnerError, QuoteNotFoundError } from '../../features/quotes/quotes.errors.js';
import { isAppError } from '../../lib/errors.js';
import type { RequestContext } from '../context.js';
import { describeError } from '../user-error.js';
import { buildQuoteMessage } from '../views/quotes/quote-message.js';

/** Refusals about who is asking (not about the quote's state): never shown in the quote's message. */
export function isRefusalOfCaller(error: unknown): boolean {
  return error instanceof NotQuoteOwnerError || error instanceof QuoteNotFoundError;
}

/**
 * A quote message's button did something: the message is redrawn in place with the quote as it is now (its next
 * buttons) and what happened on top. A refusal (changed meanwhile, wrong state) is shown the same way, so the rep
 * always sees the reason next to the current quote. Ephemeral messages are replaced through `respond`.
 */
export async function redrawQuoteMessage(input: {
  deps: AppDeps;
  client: WebClient;
  body: BlockAction;
  respond: RespondFn;
  request: RequestContext;
  quoteId: number;
  work: () => Promise<string | undefined>;
}): Promise<void> {
  const { deps, client, body, request } = input;
  let note: string | undefined;
  try {
    note = await input.work();
  } catch (error) {
    // Who may not act on the quote is answered privately, and the message (maybe another's) is left alone.
    if (!isAppError(error) || !error.messageKey || isRefusalOfCaller(error)) throw error;
    note = `:warning: ${describeError(error, request.t, request.log)}`;
  }
  const { summary, versions } = await showQuote({
    ...deps,
    actor: request.actor,
    ref: { kind: 'id', quoteId: input.quoteId },
  });
  const message = buildQuoteMessage({ summary, versions, t: request.t, ...(note ? { note } : {}) });
  const channel = body.channel?.id ?? body.container?.channel_id;
  const ts = body.message?.ts ?? body.container?.message_ts;
  if (channel && ts && !body.container?.is_ephemeral) {
    await client.chat.update({ channel, ts, ...message });
    return;
  }
  await input.respond({ response_type: 'ephemeral', replace_original: true, ...message });
}

/** The rep's own copy of a quote (after saving the builder, after an approval): a DM with its next buttons. */
export async function dmQuoteMessage(input: {
  deps: AppDeps;
  client: WebClient;
  request: Pick<RequestContext, 'actor' | 't'>;
  quoteId: number;
  userId: string;
  note?: string;
}): Promise<void> {
  const { summary, versions } = await showQuote({
    ...input.deps,
    actor: input.request.actor,
    ref: { kind: 'id', quoteId: input.quoteId },
  });
  const message = buildQuoteMessage({
    summary,
    versions,
    t: input.request.t,
    ...(input.note ? { note: input.note } : {}),
  });
  await input.client.chat.postMessage({ channel: input.userId, ...message, unfurl_links: false });
}
