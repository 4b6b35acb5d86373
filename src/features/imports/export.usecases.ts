import { type MessageKey, translator } from '../../i18n/index.js';
import { toCsv } from '../../lib/csv.js';
import { localDate } from '../../lib/time-zone.js';
import type { Lead, LeadListFilter } from '../leads/leads.types.js';
import { type LeadDeps, leadQueryFor, todayFor } from '../leads/leads.usecases.js';
import type { Actor } from '../team/team.types.js';

/** Beyond this an export is cut (and says so): a Slack upload of a few MB stays quick. */
export const MAX_EXPORT_ROWS = 50_000;
const PAGE = 1_000;

/**
 * The export's columns: the import's fields (so an export reads back through the import) with the lead's id and
 * dates around them. Headers and choices are in the reader's language; the import knows both languages.
 */
export const EXPORT_COLUMNS = [
  'id',
  'companyName',
  'contactName',
  'contactTitle',
  'phone',
  'email',
  'kind',
  'industry',
  'companySize',
  'source',
  'estimatedValue',
  'currency',
  'stage',
  'owner',
  'intent',
  'expectedCloseDate',
  'nextFollowUpOn',
  'notes',
  'createdAt',
  'lastActivityAt',
] as const;

function label(t: ReturnType<typeof translator>, prefix: string, value: string | null): string {
  if (!value) return '';
  const key = `${prefix}.${value}` as MessageKey;
  const text = t(key);
  return text === undefined || text === key ? value : text;
}

function filterName(filter: LeadListFilter): string {
  if (filter.kind === 'stage') return `stage-${filter.stage}`;
  if (filter.kind === 'search') return 'search';
  return filter.kind;
}

/**
 * A CSV of exactly the leads `actor` may see with `filter` (the same rules as `/lead list`): UTF-8 with a BOM,
 * headers in the actor's language, every cell guarded against formula injection. Owners are written as
 * `Name (U123)`, which the import matches back to the member.
 */
export async function exportLeads(
  deps: LeadDeps & { actor: Actor; filter: LeadListFilter },
): Promise<{ csv: string; count: number; truncated: boolean; fileName: string }> {
  const { actor } = deps;
  const t = translator(actor.locale);
  const query = await leadQueryFor(deps);
  const leads: Lead[] = [];
  let truncated = false;
  for (let offset = 0; ; offset += PAGE) {
    const page = await deps.leads.query(actor.teamId, { ...query, limit: PAGE, offset });
    leads.push(...page.leads);
    if (leads.length >= MAX_EXPORT_ROWS) {
      truncated = page.total > MAX_EXPORT_ROWS;
      leads.length = MAX_EXPORT_ROWS;
      break;
    }
    if (page.leads.length < PAGE) break;
  }
  const names = new Map(
    (await deps.teams.listMembers(actor.teamId)).map((member) => [member.userId, member.displayName]),
  );
  const owner = (userId: string) => {
    const name = names.get(userId);
    return name ? `${name} (${userId})` : userId;
  };
  const date = (at: Date) => localDate(at, actor.timezone);
  const rows = leads.map((lead) => [
    lead.id,
    lead.companyName,
    lead.contactName,
    lead.contactTitle,
    lead.phone,
    lead.email,
    label(t, 'leads.kind', lead.kind),
    label(t, 'leads.industry', lead.industry),
    lead.companySize,
    label(t, 'leads.source', lead.source),
    lead.estimatedValue,
    lead.currency,
    label(t, 'leads.stage', lead.stage),
    owner(lead.ownerUserId),
    label(t, 'leads.intent', lead.intent),
    lead.expectedCloseDate,
    lead.nextFollowUpOn,
    lead.notes,
    date(lead.createdAt),
    date(lead.lastActivityAt),
  ]);
  const header = EXPORT_COLUMNS.map((column) => t(`imports.column.${column}`));
  return {
    csv: toCsv([header, ...rows]),
    count: leads.length,
    truncated,
    fileName: `leads-${filterName(deps.filter)}-${todayFor(actor, deps.clock)}.csv`,
  };
}
