import type { MessageKey, Translate } from '../i18n/index.js';
import { isAppError } from '../lib/errors.js';
import type { Logger } from '../logger.js';

/**
 * What the user reads when a request fails: the error's own message in their language for expected errors
 * (not found, not allowed…), "try again" for everything else. Unexpected errors are logged with their cause.
 */
export function describeError(error: unknown, t: Translate, log: Logger): string {
  if (isAppError(error) && error.messageKey) {
    if (error.messageKey === 'common.tryAgain') log.error({ err: error, code: error.code }, 'request failed');
    else log.info({ code: error.code }, 'request refused');
    return t(error.messageKey as MessageKey, error.params);
  }
  log.error({ err: error }, 'request failed');
  return t('common.tryAgain');
}
