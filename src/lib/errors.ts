/**
 * A value a message is filled in with. Plain strings are shown as text (the Slack side escapes them); a user or a
 * moment is passed as data, and each surface renders it its own way (a mention, a date in the reader's zone).
 */
export type ErrorParam = string | number | { userId: string } | { at: Date };

/**
 * Base of every named error in the app. `code` is stable (tests and logs rely on it); `messageKey`, when
 * set, is the catalog key the user sees instead of the generic "try again".
 */
export class AppError extends Error {
  readonly code: string;
  readonly messageKey: string | undefined;
  readonly params: Record<string, ErrorParam> | undefined;

  constructor(
    code: string,
    message: string,
    options: { cause?: unknown; messageKey?: string; params?: Record<string, ErrorParam> } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.messageKey = options.messageKey;
    this.params = options.params;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
