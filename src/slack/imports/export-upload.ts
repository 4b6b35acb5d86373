import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../deps.js';
import { exportLeads, MAX_EXPORT_ROWS } from '../../features/imports/export.usecases.js';
import type { LeadListFilter } from '../../features/leads/leads.types.js';
import type { RequestContext } from '../context.js';
import { uploadToOwnDm } from '../dm-upload.js';

/**
 * `/lead export …`: the CSV of the leads the caller may see with the filter, uploaded into their DM with the bot
 * (files.uploadV2; a slash command's channel may be one the bot is not in). Returns what to answer privately.
 */
export async function uploadLeadExport(input: {
  deps: AppDeps;
  client: WebClient;
  request: Pick<RequestContext, 'actor' | 't'>;
  filter: LeadListFilter;
}): Promise<string> {
  const { deps, client, filter } = input;
  const { actor, t } = input.request;
  const exported = await exportLeads({ ...deps, actor, filter });
  if (exported.count === 0) return t('imports.export.none');
  const done = [
    t('imports.export.done', { count: exported.count }),
    ...(exported.truncated ? [t('imports.export.truncated', { count: MAX_EXPORT_ROWS })] : []),
  ].join(' ');
  await uploadToOwnDm(client, actor.userId, {
    text: exported.csv,
    fileName: exported.fileName,
    comment: done,
  });
  return done;
}
