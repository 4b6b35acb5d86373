import { toCsv } from '../../lib/csv.js';
import { minorToDecimal } from '../../lib/money/minor-units.js';
import type { Lead } from '../leads/leads.types.js';
import { loadVisibleLead } from '../leads/leads.usecases.js';
import { ledgerScope } from '../ledger/ledger-access.js';
import type { Actor, Team } from '../team/team.types.js';
import { toActor } from '../team/team.usecases.js';
import { loadVisibleQuote, type QuoteDeps, type QuoteRef } from './quote-access.js';
import type { Quote, QuoteLine, QuoteSummary, QuoteVersion } from './quote-records.js';
import { quoteTotals } from './quote-totals.js';
import { QuoteVersionNotFoundError } from './quotes.errors.js';

export type QuoteListFilter = { kind: 'mine' } | { kind: 'team' } | { kind: 'lead'; leadId: number };

/** A data table holds 100 rows under its header. */
export const QUOTE_LIST_LIMIT = 100;
export const MAX_QUOTE_EXPORT = 2000;

/** 1500 thousandths → `1.5`: exact, for the CSV. */
export function quantityDecimal(milli: number): string {
  const whole = Math.trunc(milli / 1000);
  const fraction = String(milli % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}

/** A quote's total from its current lines (a sent version's lines are the same until it is revised). */
function totalOf(quote: Quote, lines: QuoteLine[]): number {
  return quoteTotals(lines, quote.discountBp).totalMinor;
}

async function summaries(
  deps: QuoteDeps,
  teamId: string,
  rows: { quote: Quote; companyName: string; lineCount: number }[],
) {
  const lines = await deps.quotes.listLinesOf(
    teamId,
    rows.map((row) => row.quote.id),
  );
  return rows.map(
    (row): QuoteSummary => ({
      ...row,
      totalMinor: totalOf(
        row.quote,
        lines.filter((line) => line.quoteId === row.quote.id),
      ),
    }),
  );
}

/**
 * `/quote list [mine|team|<lead>]` with the ledger's visibility: own, reports', or all for finance and admins.
 * The newest `limit` quotes and how many the filter finds in all (counted in SQL, not read).
 */
export async function listQuotes(
  deps: QuoteDeps & { actor: Actor; filter: QuoteListFilter; limit?: number },
): Promise<{ summaries: QuoteSummary[]; total: number }> {
  const { actor, filter } = deps;
  const owners = await ledgerScope(deps);
  const limit = deps.limit ?? QUOTE_LIST_LIMIT;
  const query = {
    teamId: actor.teamId,
    owners,
    ...(filter.kind === 'mine' ? { ownerUserId: actor.userId } : {}),
    ...(filter.kind === 'lead'
      ? { leadId: (await loadVisibleLead({ ...deps, leadId: filter.leadId })).id }
      : {}),
  };
  const [rows, total] = await Promise.all([deps.quotes.list({ ...query, limit }), deps.quotes.count(query)]);
  return { summaries: await summaries(deps, actor.teamId, rows), total: Math.max(total, rows.length) };
}

/** `/quote BJ-2026-0001`: the quote as it is now, with its sent versions. */
export async function showQuote(
  deps: QuoteDeps & { actor: Actor; ref: QuoteRef },
): Promise<{ summary: QuoteSummary; versions: QuoteVersion[]; lead: Lead | undefined }> {
  const quote = await loadVisibleQuote(deps);
  const [lines, versions, lead] = await Promise.all([
    deps.quotes.listLines(deps.actor.teamId, quote.id),
    deps.quotes.listVersions(deps.actor.teamId, quote.id),
    deps.leads.findById(deps.actor.teamId, quote.leadId),
  ]);
  return {
    summary: {
      quote,
      companyName: lead?.companyName ?? '',
      totalMinor: totalOf(quote, lines),
      lineCount: lines.length,
    },
    versions,
    lead,
  };
}

/** `/quote BJ-2026-0001 v1`: a sent version exactly as it was sent (its document and its PDF file). */
export async function showQuoteVersion(
  deps: QuoteDeps & { actor: Actor; ref: QuoteRef; version: number },
): Promise<{ quote: Quote; version: QuoteVersion }> {
  const quote = await loadVisibleQuote(deps);
  const version = await deps.quotes.findVersion(deps.actor.teamId, quote.id, deps.version);
  if (!version) throw new QuoteVersionNotFoundError(quote.number, deps.version);
  return { quote, version };
}

/**
 * The CSV of the quotes the caller may see, one row per line (a quote without lines gets one row), with the BOM
 * and the formula guard of the other exports (src/lib/csv.ts). Amounts are exact decimals of the quote's currency.
 */
export async function exportQuotes(
  deps: QuoteDeps & { actor: Actor; filter: QuoteListFilter },
): Promise<{ csv: string; count: number; truncated: boolean; fileName: string }> {
  const { summaries: rows, total } = await listQuotes({ ...deps, limit: MAX_QUOTE_EXPORT });
  const lines = await deps.quotes.listLinesOf(
    deps.actor.teamId,
    rows.map((row) => row.quote.id),
  );
  const header = [
    'number',
    'version',
    'status',
    'company',
    'owner',
    'currency',
    'valid_until',
    'quote_total',
    'position',
    'sku',
    'description',
    'unit',
    'quantity',
    'unit_price',
    'discount_pct',
    'tax_pct',
    'line_net',
  ];
  const body = rows.flatMap(({ quote, companyName, totalMinor }) => {
    const money = (minor: number) => ({ numeric: minorToDecimal(minor, quote.currency) });
    const head = [
      quote.number,
      quote.currentVersion,
      quote.status,
      companyName,
      quote.ownerUserId,
      quote.currency,
      quote.validUntil,
      money(totalMinor),
    ];
    const own = lines.filter((line) => line.quoteId === quote.id);
    if (own.length === 0) return [head];
    return own.map((line) => [
      ...head,
      line.position,
      line.sku,
      line.description,
      line.unit,
      { numeric: quantityDecimal(line.quantityMilli) },
      money(line.unitPriceMinor),
      { numeric: String(line.discountBp / 100) },
      { numeric: String(line.taxRateBp / 100) },
      money(line.netMinor),
    ]);
  });
  return {
    csv: toCsv([header, ...body]),
    count: rows.length,
    truncated: total > rows.length,
    fileName: `quotes-${deps.clock.now().toISOString().slice(0, 10)}.csv`,
  };
}

/** The quote as one member sees it (the rep, told after an approval decision), with their visibility. */
export async function showQuoteTo(
  deps: QuoteDeps & { team: Team; userId: string; quoteId: number },
): Promise<Awaited<ReturnType<typeof showQuote>> | undefined> {
  const member = await deps.teams.findMember(deps.team.teamId, deps.userId);
  if (!member) return undefined;
  return showQuote({
    ...deps,
    actor: toActor(member, deps.team),
    ref: { kind: 'id', quoteId: deps.quoteId },
  });
}
