import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../deps.js';
import {
  exportCustomers,
  MAX_CUSTOMER_EXPORT_ROWS,
} from '../../features/customers/customer-export.usecases.js';
import type { RequestContext } from '../context.js';

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
  const opened = (await client.conversations.open({ users: actor.userId })) as { channel?: { id?: string } };
  const done = [
    t('customers.export.done', { count: exported.count }),
    ...(exported.truncated ? [t('customers.export.truncated', { count: MAX_CUSTOMER_EXPORT_ROWS })] : []),
  ].join(' ');
  await client.files.uploadV2({
    channel_id: opened.channel?.id ?? actor.userId,
    file: Buffer.from(exported.csv, 'utf8'),
    filename: exported.fileName,
    title: exported.fileName,
    initial_comment: done,
  });
  return done;
}
