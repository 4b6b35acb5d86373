import type { App, BlockButtonAction } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { confirmCustomerMerge } from '../../../features/customers/customer-merge.usecases.js';
import { decodeMergeButton } from '../../customers/customer-merge-values.js';
import { ACTIONS } from '../../ids.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { onAction } from '../../requests/after-ack.js';

/**
 * "Merge" on `/customer merge`'s preview: the merge as previewed (admins), the preview replaced by what was done. A
 * stale preview is refused with what changed, and stays, so the admin can look again.
 */
export function register(app: App, deps: AppDeps): void {
  app.action<BlockButtonAction>(
    ACTIONS.customerMergeConfirm,
    onAction<BlockButtonAction>(deps, async ({ action, respond, request }) => {
      const { actor, t } = request;
      // A value this app did not write names no customer: the use case answers "not found".
      const seen = decodeMergeButton(action.value) ?? {
        keptId: Number.NaN,
        mergedId: Number.NaN,
        keptVersion: 0,
        mergedVersion: 0,
        leads: 0,
        contactsMoved: 0,
        contactsCollapsed: 0,
      };
      const done = await confirmCustomerMerge({ ...deps, actor, seen });
      const text = t('customers.merge.done', {
        kept: done.kept.id,
        merged: done.merged.id,
        keptName: escapeMrkdwn(done.kept.name),
        mergedName: escapeMrkdwn(done.merged.name),
        leads: done.leadIds.length,
        contacts: done.contactsMoved,
        collapsed: done.contactsCollapsed,
      });
      await respond({ replace_original: true, text });
    }),
  );
}
