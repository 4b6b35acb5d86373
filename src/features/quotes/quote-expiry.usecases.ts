import type { Db } from '../../db/client.js';
import type { LeadRepository } from '../leads/leads.repository.js';
import type { TeamRepository } from '../team/team.repository.js';
import { localeOf } from '../team/team.usecases.js';
import type { Quote } from './quote-records.js';
import type { QuoteRepository } from './quotes.repository.js';

export const QUOTE_EXPIRY_KIND = 'quotes-expiry';
/** At most this many quotes are found due per tick; the rest are found on the next ones. */
export const EXPIRY_BATCH = 500;

type Deps = { quotes: QuoteRepository; leads: LeadRepository; teams: TeamRepository };

/** Sent quotes whose validity day has ended in their team's zone (each run expires one, on its own team). */
export async function quotesDueToExpire(deps: Pick<Deps, 'quotes'>, now: Date) {
  return deps.quotes.findDueToExpire(now, EXPIRY_BATCH);
}

/**
 * Expires one sent quote whose validity has ended, conditionally (a quote accepted in the meantime stays
 * accepted), and lets `tell` write what tells its rep in the same transaction (the outbox): both or neither.
 */
export async function expireQuote(
  deps: Deps & {
    teamId: string;
    quoteId: number;
    now: Date;
    tell: (
      tx: Db,
      input: { quote: Quote; company: string; locale: ReturnType<typeof localeOf> },
    ) => Promise<void>;
  },
): Promise<Quote | undefined> {
  const team = await deps.teams.ensureTeam(deps.teamId);
  const current = await deps.quotes.findById(deps.teamId, deps.quoteId);
  if (!current) return undefined;
  const [lead, member] = await Promise.all([
    deps.leads.findById(deps.teamId, current.leadId),
    deps.teams.findMember(deps.teamId, current.ownerUserId),
  ]);
  return deps.quotes.expire({
    teamId: deps.teamId,
    quoteId: deps.quoteId,
    now: deps.now,
    within: (tx, quote) =>
      deps.tell(tx, { quote, company: lead?.companyName ?? '', locale: localeOf(member, team) }),
  });
}
