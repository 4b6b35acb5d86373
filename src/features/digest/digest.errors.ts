import { AppError } from '../../lib/errors.js';

/** Asking for numbers the caller may not see (another rep's, or the team's as a rep). */
export class PipelineNotVisibleError extends AppError {
  constructor(target: string) {
    super('pipeline_not_visible', `pipeline of ${target} is not visible to this user`, {
      messageKey: 'digest.error.notVisible',
    });
    this.name = 'PipelineNotVisibleError';
  }
}

export class DigestAdminOnlyError extends AppError {
  constructor() {
    super('digest_admin_only', 'only admins may post the team digest on demand', {
      messageKey: 'digest.error.adminOnly',
    });
    this.name = 'DigestAdminOnlyError';
  }
}

export class SalesChannelMissingError extends AppError {
  constructor(teamId: string) {
    super('sales_channel_missing', `team ${teamId} has no sales channel`, {
      messageKey: 'digest.error.noChannel',
    });
    this.name = 'SalesChannelMissingError';
  }
}
