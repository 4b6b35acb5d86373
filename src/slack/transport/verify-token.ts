import type { App } from '@slack/bolt';
import type { Logger } from '../../logger.js';
import { pause, retryDelayMs, slackErrorCode } from './slack-transport.js';

/** auth.test errors no retry will fix. */
const FATAL_AUTH_ERRORS = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
]);

/**
 * Initializes the Bolt app, which checks SLACK_BOT_TOKEN with auth.test and remembers the bot's ids (so no
 * request ever waits on auth.test again). The app is built with `deferInitialization`, because Bolt otherwise
 * calls auth.test while it is constructed, and when Slack is unreachable that promise rejects unhandled and
 * takes the process down before any retry. Here a network error or a Slack outage is retried with backoff for
 * as long as it lasts (`/healthz` says 503 meanwhile); only a token Slack refuses stops the start, with one line.
 */
export async function initializeWithRetry(app: App, logger: Logger, signal: AbortSignal): Promise<void> {
  for (let attempt = 1; !signal.aborted; attempt++) {
    try {
      await app.init();
      logger.info('connected to Slack');
      return;
    } catch (error) {
      const code = slackErrorCode(error);
      if (code && FATAL_AUTH_ERRORS.has(code)) {
        throw new Error(
          `Slack rejected SLACK_BOT_TOKEN (${code}). Reinstall the app and copy the new token.`,
          { cause: error },
        );
      }
      const delayMs = retryDelayMs(attempt);
      logger.warn(
        { attempt, delayMs, reason: code ?? (error as Error).message },
        'auth.test failed; retrying',
      );
      await pause(delayMs, signal);
    }
  }
}
