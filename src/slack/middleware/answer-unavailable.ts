import type { AnyMiddlewareArgs, RespondFn } from '@slack/bolt';
import { translator } from '../../i18n/index.js';
import { VIEWS } from '../ids.js';
import { modalShell, mrkdwn } from '../views/blocks.js';

const en = translator('en');
const zh = translator('zh-CN');
export const UNAVAILABLE_TEXT = `${en('common.tryAgain')}\n${zh('common.tryAgain')}`;

type MaybeAckArgs = AnyMiddlewareArgs & {
  ack?: (response?: unknown) => Promise<void>;
  respond?: RespondFn;
};

/**
 * The answer when a request cannot be served at all (the database is unreachable): commands and clicks get a
 * private "try again", a modal submission gets a small modal pushed on top, so the user's input stays intact.
 */
export async function answerUnavailable(args: AnyMiddlewareArgs): Promise<void> {
  const { ack, respond, body } = args as MaybeAckArgs;
  if (!ack) return;
  if ((body as { type?: string }).type === 'view_submission') {
    await ack({
      response_action: 'push',
      view: modalShell({
        callbackId: VIEWS.unavailable,
        title: 'Salesflow',
        close: 'OK',
        blocks: [{ type: 'section', text: mrkdwn(UNAVAILABLE_TEXT) }],
      }),
    });
    return;
  }
  await ack();
  await respond?.({ response_type: 'ephemeral', replace_original: false, text: UNAVAILABLE_TEXT }).catch(
    () => {},
  );
}
