import type {
  AllMiddlewareArgs,
  BlockAction,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
  SlackShortcut,
  SlackShortcutMiddlewareArgs,
} from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import { QueueFullError } from '../../lib/work-queue.js';
import type { Logger } from '../../logger.js';
import type { RequestContext } from '../context.js';
import { BUSY_TEXT, describeError, UNAVAILABLE_TEXT } from '../user-error.js';
import { resolveCaller } from './caller.js';
import { answerPrivately } from './reply-privately.js';

export type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;
export type ActionArgs<A extends BlockAction = BlockAction> = SlackActionMiddlewareArgs<A> &
  AllMiddlewareArgs;
export type ShortcutArgs<S extends SlackShortcut = SlackShortcut> = SlackShortcutMiddlewareArgs<S> &
  AllMiddlewareArgs;
export type WithRequest<A> = A & { request: RequestContext };
export type RequestDeps = Pick<AppDeps, 'teams' | 'clock' | 'afterAck'>;

export interface AfterAckOptions<A = unknown> {
  /** The work opens a modal: its trigger_id dies 3 s after the click, so it goes ahead of the queue. */
  urgent?: boolean | ((args: A) => boolean);
}

interface RunOptions {
  urgent?: boolean;
  /** How a failure reaches the user; by default a private message (response_url, else a DM). */
  answerFailure?: (text: string) => Promise<void>;
}

export { BUSY_TEXT, UNAVAILABLE_TEXT };

type AckableArgs = { ack: () => Promise<void>; body: unknown } & AllMiddlewareArgs;

/**
 * Acknowledges first, before any database read or Slack call (DESIGN.md, rule 9), then does the work in the
 * bounded after-ack queue: resolve the caller (role, language, zone), run `work`, and answer any error privately
 * in the caller's language. A request that cannot be served at all gets the bilingual "try again".
 */
export async function runAfterAck<A extends { body: unknown } & AllMiddlewareArgs>(
  deps: RequestDeps,
  args: A,
  work: (args: WithRequest<A>) => Promise<void>,
  options: RunOptions = {},
): Promise<void> {
  const { body, client, context } = args;
  const log = context.log as Logger;
  const answer = options.answerFailure ?? ((text: string) => answerPrivately({ body, client, text, log }));
  try {
    await deps.afterAck.run(
      async () => {
        let request: RequestContext;
        try {
          request = await resolveCaller({ deps, body, client, log, requestId: String(context.requestId) });
        } catch (error) {
          log.error({ err: error }, 'could not load the caller; answering "try again"');
          await answer(UNAVAILABLE_TEXT);
          return;
        }
        try {
          await work({ ...args, request });
        } catch (error) {
          await answer(describeError(error, request.t, log));
        }
      },
      { urgent: options.urgent },
    );
  } catch (error) {
    noteRefusal(log, error);
    await answer(error instanceof QueueFullError ? BUSY_TEXT : UNAVAILABLE_TEXT);
  }
}

let refusedSinceLastLog = 0;
let lastRefusalLog = 0;

/** Under overload a refusal per request would flood the log: one line per 10 s, with the count. */
function noteRefusal(log: Logger, error: unknown): void {
  refusedSinceLastLog++;
  const now = Date.now();
  if (now - lastRefusalLog < 10_000) return;
  log.warn(
    { err: error, refused: refusedSinceLastLog },
    'after-ack queue refused requests; answered "busy, send it again"',
  );
  refusedSinceLastLog = 0;
  lastRefusalLog = now;
}

function afterAck<A extends AckableArgs>(
  deps: RequestDeps,
  work: (args: WithRequest<A>) => Promise<void>,
  options: AfterAckOptions<A> = {},
): (args: A) => Promise<void> {
  return async (args) => {
    await args.ack();
    const urgent = typeof options.urgent === 'function' ? options.urgent(args) : options.urgent;
    await runAfterAck(deps, args, work, { urgent });
  };
}

export const onCommand = (
  deps: RequestDeps,
  work: (args: WithRequest<CommandArgs>) => Promise<void>,
  options?: AfterAckOptions<CommandArgs>,
) => {
  const handler = afterAck<CommandArgs>(deps, work, options);
  return async (args: CommandArgs) => {
    if (!deps.afterAck.full) return handler(args);
    // Overloaded: "send it again" goes back in the acknowledgement itself, not as one more request to Slack.
    noteRefusal(args.context.log as Logger, new Error('after-ack queue is full'));
    await args.ack({ response_type: 'ephemeral', text: BUSY_TEXT });
  };
};

export const onAction = <A extends BlockAction = BlockAction>(
  deps: RequestDeps,
  work: (args: WithRequest<ActionArgs<A>>) => Promise<void>,
  options?: AfterAckOptions<ActionArgs<A>>,
) => afterAck<ActionArgs<A>>(deps, work, options);

export const onShortcut = <S extends SlackShortcut = SlackShortcut>(
  deps: RequestDeps,
  work: (args: WithRequest<ShortcutArgs<S>>) => Promise<void>,
  options?: AfterAckOptions<ShortcutArgs<S>>,
) => afterAck<ShortcutArgs<S>>(deps, work, options);
