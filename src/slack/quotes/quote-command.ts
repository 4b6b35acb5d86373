import type { RespondFn, SlashCommand } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../deps.js';
import { listLeads } from '../../features/leads/leads.usecases.js';
import { openQuoteBuilder } from '../../features/quotes/quote-builder.usecases.js';
import {
  exportQuotes,
  listQuotes,
  type QuoteListFilter,
  showQuote,
  showQuoteVersion,
} from '../../features/quotes/quote-lists.usecases.js';
import { leadIdOf } from '../approvals/approval-command-parser.js';
import type { RequestContext } from '../context.js';
import { escapeMrkdwn, truncate } from '../mrkdwn.js';
import { openModal } from '../requests/modals.js';
import { leadTitle } from '../views/leads/lead-format.js';
import { buildQuoteBuilder } from '../views/quotes/quote-builder-modal.js';
import { buildQuoteList } from '../views/quotes/quote-list.js';
import { buildQuoteMessage } from '../views/quotes/quote-message.js';
import type { QuoteCommand } from './quote-command-parser.js';
import { showSentVersion } from './quote-versions.js';

interface CommandContext {
  deps: AppDeps;
  client: WebClient;
  command: SlashCommand;
  respond: RespondFn;
  request: RequestContext;
}

/** `mine` / `team` / `#42` / a lead's name → the list's filter (a name is looked up like `/lead <text>`). */
async function listFilter(ctx: CommandContext, text: string): Promise<QuoteListFilter | undefined> {
  const trimmed = text.trim();
  if (!trimmed || /^mine$/i.test(trimmed)) return { kind: 'mine' };
  if (/^team$/i.test(trimmed)) return { kind: 'team' };
  const byId = leadIdOf(trimmed);
  if (byId !== undefined) return { kind: 'lead', leadId: byId };
  const { leads } = await listLeads({
    ...ctx.deps,
    actor: ctx.request.actor,
    filter: { kind: 'search', text: trimmed },
  });
  return leads[0] && leads.length === 1 ? { kind: 'lead', leadId: leads[0].id } : undefined;
}

/** Every `/quote` form after the ack; refusals are thrown as AppErrors and answered privately by the wrapper. */
export async function handleQuoteCommand(ctx: CommandContext, parsed: QuoteCommand): Promise<void> {
  const { deps, client, command, request } = ctx;
  const { actor, team, t } = request;
  const reply = (message: { text: string; blocks?: unknown[] }) =>
    ctx.respond({ response_type: 'ephemeral', ...message } as Parameters<RespondFn>[0]);
  const shown = (text: string) => escapeMrkdwn(truncate(text, 100));
  switch (parsed.kind) {
    case 'help':
      return void (await reply({ text: t('quotes.command.usage') }));
    case 'list':
    case 'export': {
      const filter = await listFilter(ctx, parsed.filterText);
      if (!filter)
        return void (await reply({ text: t('quotes.command.noMatch', { text: shown(parsed.filterText) }) }));
      if (parsed.kind === 'list') {
        const listed = await listQuotes({ ...deps, actor, filter });
        return void (await reply(buildQuoteList({ ...listed, t })));
      }
      const exported = await exportQuotes({ ...deps, actor, filter });
      if (exported.count === 0) return void (await reply({ text: t('quotes.list.none') }));
      const opened = (await client.conversations.open({ users: actor.userId })) as {
        channel?: { id?: string };
      };
      await client.files.uploadV2({
        channel_id: opened.channel?.id ?? actor.userId,
        file: Buffer.from(exported.csv, 'utf8'),
        filename: exported.fileName,
        title: exported.fileName,
      });
      return void (await reply({ text: t('quotes.export.done', { count: exported.count }) }));
    }
    case 'show': {
      const ref = { kind: 'number' as const, number: parsed.number };
      if (parsed.version !== null) {
        const shownVersion = await showQuoteVersion({ ...deps, actor, ref, version: parsed.version });
        return void (await reply(showSentVersion({ client, request, ...shownVersion })));
      }
      const { summary, versions } = await showQuote({ ...deps, actor, ref });
      return void (await reply(buildQuoteMessage({ summary, versions, t })));
    }
    case 'build': {
      let leadId = leadIdOf(parsed.leadText);
      if (leadId === undefined) {
        const { leads } = await listLeads({
          ...deps,
          actor,
          filter: { kind: 'search', text: parsed.leadText },
        });
        if (leads.length === 0)
          return void (await reply({ text: t('quotes.command.noMatch', { text: shown(parsed.leadText) }) }));
        if (leads.length > 1)
          return void (await reply({
            text: t('quotes.command.pick', {
              text: shown(parsed.leadText),
              leads: leads
                .slice(0, 10)
                .map((lead) => `• ${leadTitle(lead)}`)
                .join('\n'),
            }),
          }));
        leadId = leads[0]?.id;
      }
      const state = await openQuoteBuilder({ ...deps, actor, team, leadId: leadId ?? Number.NaN });
      return openModal({
        client,
        triggerId: command.trigger_id,
        view: buildQuoteBuilder({ state, page: 0, t }),
        request,
      });
    }
  }
}
