import { isDatabaseUnavailable } from '../db/client.js';
import { type MessageKey, type Translate, translator } from '../i18n/index.js';
import { type ErrorParam, isAppError } from '../lib/errors.js';
import type { Logger } from '../logger.js';
import { escapeMrkdwn, slackDate, userMention } from './mrkdwn.js';

/** An error's parameters as mrkdwn: text escaped (it may be what the user typed), users and moments rendered. */
function renderParams(params: Record<string, ErrorParam> | undefined): Record<string, string | number> {
  const rendered: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (typeof value === 'number') rendered[name] = value;
    else if (typeof value === 'string') rendered[name] = escapeMrkdwn(value);
    else if ('userId' in value) rendered[name] = userMention(value.userId);
    else rendered[name] = slackDate(value.at, value.at.toISOString());
  }
  return rendered;
}

/** "Try again" in both languages: what a user reads when the database could not serve their request. */
export const UNAVAILABLE_TEXT = `${translator('en')('common.tryAgain')}\n${translator('zh-CN')('common.tryAgain')}`;
/** "Busy, send it again" in both languages: the ack of a command refused because the after-ack queue is full. */
export const BUSY_TEXT = `${translator('en')('common.busy')}\n${translator('zh-CN')('common.busy')}`;

/**
 * What the user reads when a request fails: the error's own message in their language for expected errors
 * (not found, not allowed…), "try again" for everything else — in both languages when the database was
 * unreachable. Unexpected errors are logged with their cause.
 */
export function describeError(error: unknown, t: Translate, log: Logger): string {
  if (isDatabaseUnavailable(error)) {
    log.error({ err: error }, 'database unavailable');
    return UNAVAILABLE_TEXT;
  }
  if (isAppError(error) && error.messageKey) {
    if (error.messageKey === 'common.tryAgain') log.error({ err: error, code: error.code }, 'request failed');
    else if (error.messageKey === 'common.busy')
      log.warn({ code: error.code }, 'request refused: queue full');
    else log.info({ code: error.code }, 'request refused');
    return t(error.messageKey as MessageKey, renderParams(error.params));
  }
  log.error({ err: error }, 'request failed');
  return t('common.tryAgain');
}
