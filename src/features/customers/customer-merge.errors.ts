import { CustomerError } from './customers.errors.js';

/** Only admins merge customers. */
export class MergeNotAdminError extends CustomerError {
  constructor() {
    super('customer_merge_admin_only', 'customers.merge.error.adminOnly');
    this.name = 'MergeNotAdminError';
  }
}

/** `/customer merge #12 #12`. */
export class MergeSameCustomerError extends CustomerError {
  constructor(id: number) {
    super('customer_merge_same', 'customers.merge.error.same', { id });
    this.name = 'MergeSameCustomerError';
  }
}

/** One of the two was merged away since the preview (by another admin, or this one twice). */
export class MergeAlreadyMergedError extends CustomerError {
  constructor(id: number, into: number) {
    super('customer_merge_already_merged', 'customers.merge.error.alreadyMerged', { id, into });
    this.name = 'MergeAlreadyMergedError';
  }
}

/** Either customer changed since the preview: what it brings now against what the preview showed. */
export class MergeStaleError extends CustomerError {
  constructor(params: {
    kept: number;
    merged: number;
    leads: number;
    leadsSeen: number;
    contacts: number;
    contactsSeen: number;
  }) {
    super('customer_merge_stale', 'customers.merge.error.stale', params);
    this.name = 'MergeStaleError';
  }
}
