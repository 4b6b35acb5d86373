import { AppError } from '../../lib/errors.js';

export class VacationInPastError extends AppError {
  constructor(date: string) {
    super('vacation_in_past', `vacation end ${date} is before today`, {
      messageKey: 'followups.vacationInPast',
      params: { date },
    });
    this.name = 'VacationInPastError';
  }
}

export class VacationTooFarError extends AppError {
  constructor(date: string) {
    super('vacation_too_far', `vacation end ${date} is beyond the horizon`, {
      messageKey: 'followups.vacationTooFar',
      params: { date },
    });
    this.name = 'VacationTooFarError';
  }
}

/** `/followup <text> …` matched no lead the caller can see. */
export class NoLeadMatchesError extends AppError {
  constructor(query: string) {
    super('followup_no_lead_matches', 'no visible lead matches the search', {
      messageKey: 'followups.noMatch',
      params: { query },
    });
    this.name = 'NoLeadMatchesError';
  }
}
