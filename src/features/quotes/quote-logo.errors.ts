import { AppError, type ErrorParam } from '../../lib/errors.js';
import { MAX_LOGO_BYTES, MAX_LOGO_SIDE, MIN_LOGO_SIDE } from './quotes.types.js';

export type QuoteLogoProblem = 'tooLarge' | 'notImage' | 'badSize' | 'unreadable';

/** A logo the quote PDF cannot carry; the message names what to upload instead (or how to set one). */
export class QuoteLogoError extends AppError {
  constructor(
    readonly problem: QuoteLogoProblem,
    params: Record<string, ErrorParam> = {},
    cause?: unknown,
  ) {
    super(`quote_logo_${problem}`, `quote logo refused: ${problem}`, {
      messageKey: `quotes.logo.error.${problem}`,
      params: {
        maxKilobytes: MAX_LOGO_BYTES / 1024,
        minSide: MIN_LOGO_SIDE,
        maxSide: MAX_LOGO_SIDE,
        ...params,
      },
      ...(cause ? { cause } : {}),
    });
    this.name = 'QuoteLogoError';
  }
}
