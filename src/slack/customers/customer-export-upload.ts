import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../deps.js';
import {
  exportCustomers,
  MAX_CUSTOMER_EXPORT_ROWS,
} from '../../features/customers/customer-export.usecases.js';
import type { RequestContext } from '../context.js';
import { uploadToOwnDm } from '../dm-upload.js';

/** `/customer export` (or 导出). */
export const isCustomerExport = (text: string) => /^(export|导出)$/i.test(text.trim());

/**
 * `/customer export`: the CSV of the customers the caller may see, uploaded into her DM with the bot (as the lead
 * export: a slash command's channel may be one the bot is not in). Returns what to answer privately.
 */
export async function uploadCustomerExport(input: {
  deps: AppDeps;
  client: WebClient;
  request: Pick<RequestContext, 'actor' | 't'>;
}): Promise<string> {
  const { deps, client } = input;
  const { actor, t } = input.request;
  const exported = await exportCustomers({ ...deps, actor });
  if (exported.count === 0) return t('customers.export.none');
  const done = [
    t('customers.export.done', { count: exported.count }),
    ...(exported.truncated ? [t('customers.export.truncated', { count: MAX_CUSTOMER_EXPORT_ROWS })] : []),
  ].join(' ');
  await uploadToOwnDm(client, actor.userId, {
    text: exported.csv,
    fileName: exported.fileName,
    comment: done,
  });
  return done;
}
