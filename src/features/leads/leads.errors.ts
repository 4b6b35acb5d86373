import { AppError } from '../../lib/errors.js';
import type { Activity, Lead } from './leads.types.js';

/** Also thrown when the lead exists but the caller may not see it: no leak of its existence. */
export class LeadNotFoundError extends AppError {
  constructor(leadId: number | string) {
    super('lead_not_found', `lead ${leadId} not found or not visible`, {
      messageKey: 'leads.notFound',
      params: { id: String(leadId) },
    });
    this.name = 'LeadNotFoundError';
  }
}

export class LeadNotEditableError extends AppError {
  constructor(leadId: number) {
    super('lead_not_editable', `lead ${leadId} may not be changed by this user`, {
      messageKey: 'leads.notEditable',
      params: { id: leadId },
    });
    this.name = 'LeadNotEditableError';
  }
}

export class LeadClosedError extends AppError {
  constructor(leadId: number) {
    super('lead_closed', `lead ${leadId} is already closed`, {
      messageKey: 'leads.alreadyClosed',
      params: { id: leadId },
    });
    this.name = 'LeadClosedError';
  }
}

/**
 * The form or card the write came from was built from an older version of the lead: someone changed it since.
 * Nothing was written; `current` and `changes` (what was recorded since, oldest first) let the user see why.
 */
export class StaleLeadError extends AppError {
  constructor(
    readonly current: Lead,
    readonly changes: Activity[],
  ) {
    super('lead_stale', `lead ${current.id} is at version ${current.version}`, {
      messageKey: 'leads.stale',
      params: { company: current.companyName },
    });
    this.name = 'StaleLeadError';
  }
}

/** Won and lost are reached only through "Mark won" / "Mark lost", which ask for the amount or the reason. */
export class StageNotAllowedError extends AppError {
  constructor(stage: string) {
    super('stage_not_allowed', `stage ${stage} cannot be chosen directly`, {
      messageKey: 'leads.progress.stageNotAllowed',
    });
    this.name = 'StageNotAllowedError';
  }
}
