/**
 * Base of every named error in the app. `code` is stable (tests and logs rely on it); `messageKey`, when
 * set, is the catalog key the user sees instead of the generic "try again".
 */
export class AppError extends Error {
  readonly code: string;
  readonly messageKey: string | undefined;
  readonly params: Record<string, string | number> | undefined;

  constructor(
    code: string,
    message: string,
    options: { cause?: unknown; messageKey?: string; params?: Record<string, string | number> } = {},
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
