import { AppError } from '../../lib/errors.js';

/**
 * The caller may see the lead (or the rep) but may not give it away: only an admin, or a manager or director the
 * owner reports to (directly or through others), hands leads over, and a manager only within their own people.
 */
export class HandoverNotAllowedError extends AppError {
  constructor(actorUserId: string, ownerUserId: string, toUserId: string) {
    super('handover_not_allowed', `${actorUserId} may not hand ${ownerUserId}'s leads to ${toUserId}`, {
      messageKey: 'handover.notAllowed',
      params: { owner: { userId: ownerUserId }, to: { userId: toUserId } },
    });
    this.name = 'HandoverNotAllowedError';
  }
}

export class HandoverToSameOwnerError extends AppError {
  constructor(userId: string) {
    super('handover_same_owner', `${userId} already owns it`, {
      messageKey: 'handover.sameOwner',
      params: { user: { userId } },
    });
    this.name = 'HandoverToSameOwnerError';
  }
}

/** The lead changed hands (or closed, or changed) between reading it and moving it; nothing was saved. */
export class HandoverConflictError extends AppError {
  constructor(leadId: number) {
    super('handover_conflict', `lead ${leadId} changed before it could be handed over`, {
      messageKey: 'handover.conflict',
      params: { id: leadId },
    });
    this.name = 'HandoverConflictError';
  }
}
