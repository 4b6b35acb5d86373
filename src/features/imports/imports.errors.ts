import { AppError } from '../../lib/errors.js';

export type ImportFileProblem =
  | 'type'
  | 'tooLarge'
  | 'unreadable'
  | 'empty'
  | 'tooManyRows'
  | 'noCompanyColumn';

/** The file cannot become a preview: wrong type, too big, not a spreadsheet, or nothing in it. */
export class ImportFileError extends AppError {
  constructor(
    problem: ImportFileProblem,
    options: { cause?: unknown; params?: Record<string, number> } = {},
  ) {
    super(`import_file_${problem}`, `import file refused: ${problem}`, {
      cause: options.cause,
      messageKey: `imports.file.${problem}`,
      ...(options.params ? { params: options.params } : {}),
    });
    this.name = 'ImportFileError';
  }
}

/** The import does not exist, is someone else's, or (for a start) was already started: nothing happens twice. */
export class ImportNotFoundError extends AppError {
  constructor(importId: number) {
    super('import_not_found', `import ${importId} not found for this user`, {
      messageKey: 'imports.notFound',
    });
    this.name = 'ImportNotFoundError';
  }
}

export class ImportAlreadyStartedError extends AppError {
  constructor(importId: number) {
    super('import_already_started', `import ${importId} was already started`, {
      messageKey: 'imports.alreadyStarted',
    });
    this.name = 'ImportAlreadyStartedError';
  }
}
