import type { AllMiddlewareArgs, SlackOptionsMiddlewareArgs } from '@slack/bolt';
import type { PlainTextOption } from '@slack/types';
import type { Logger } from '../../logger.js';
import type { RequestContext } from '../context.js';
import type { RequestDeps } from './after-ack.js';
import { resolveCaller } from './caller.js';

export type OptionsArgs = SlackOptionsMiddlewareArgs<'block_suggestion'> & AllMiddlewareArgs;

/** Slack waits 3 seconds for options; past this the list is answered empty rather than late. */
export const OPTIONS_BUDGET_MS = 2000;

/**
 * An `external_select`'s options (type-ahead). Unlike every other request the answer IS the acknowledgement, so the
 * lookup runs first, within a budget: on any failure or past the budget the picker gets an empty list (the user
 * types again), never a stack trace.
 */
export function onOptions(
  deps: RequestDeps,
  load: (args: OptionsArgs & { request: RequestContext }) => Promise<PlainTextOption[]>,
): (args: OptionsArgs) => Promise<void> {
  return async (args) => {
    const log = args.context.log as Logger;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<PlainTextOption[]>((resolve) => {
      timer = setTimeout(() => resolve([]), OPTIONS_BUDGET_MS);
    });
    const work = (async () => {
      const request = await resolveCaller({
        deps,
        body: args.body,
        client: args.client,
        log,
        requestId: String(args.context.requestId),
      });
      return load({ ...args, request });
    })().catch((error: unknown) => {
      log.warn({ err: error }, 'could not load select options');
      return [] as PlainTextOption[];
    });
    const options = await Promise.race([work, late]);
    clearTimeout(timer);
    await args.ack({ options });
  };
}
