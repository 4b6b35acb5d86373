import { AppError } from '../../lib/errors.js';

export class NeedsAdminOnlyError extends AppError {
  constructor(what: string) {
    super('needs_admin_only', `only admins may ${what}`, { messageKey: 'needs.error.adminOnly' });
    this.name = 'NeedsAdminOnlyError';
  }
}

export class NeedsQuestionInvalidError extends AppError {
  constructor(reason: string) {
    super('needs_question_invalid', `question rejected: ${reason}`, {
      messageKey: 'needs.error.questionInvalid',
    });
    this.name = 'NeedsQuestionInvalidError';
  }
}

export class NeedsQuestionNotFoundError extends AppError {
  constructor(key: string) {
    super('needs_question_not_found', `no custom question ${key}`, {
      messageKey: 'needs.error.questionNotFound',
      params: { key },
    });
    this.name = 'NeedsQuestionNotFoundError';
  }
}

export class NeedsConflictError extends AppError {
  constructor(leadId: number, cause: unknown) {
    super('needs_conflict', `answers of lead ${leadId} were saved concurrently`, {
      cause,
      messageKey: 'needs.error.conflict',
      params: { id: leadId },
    });
    this.name = 'NeedsConflictError';
  }
}
