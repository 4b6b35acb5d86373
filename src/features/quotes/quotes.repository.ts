import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { financePolicies, leads, quoteCounters, quoteLines, quotes, teams } from '../../db/schema/index.js';
import type { LedgerScope } from '../ledger/ledger.types.js';
import { createQuoteLineWrites } from './quote-lines.repository.js';
import type { Quote } from './quote-records.js';
import { createQuoteStatusWrites } from './quote-status.repository.js';
import {
  DEFAULT_QUOTE_PREFIX,
  type QuoteLanguage,
  type QuoteStatus,
  type QuoteTerms,
} from './quotes.types.js';

export type QuoteRepository = ReturnType<typeof createQuoteRepository>;

export function quoteNumber(prefix: string, year: number, seq: number): string {
  return `${prefix}-${year}-${String(seq).padStart(4, '0')}`;
}

export const bumpVersion = sql`${quotes.version} + 1`;

/** What `/quote list` and its export ask for: the team, whose quotes the caller may see, and the filter. */
export interface QuoteListQuery {
  teamId: string;
  owners: LedgerScope;
  leadId?: number;
  ownerUserId?: string;
  statuses?: QuoteStatus[];
}

function listFilter(input: QuoteListQuery): SQL | undefined {
  return and(
    eq(quotes.teamId, input.teamId),
    input.owners === 'all' ? undefined : inArray(quotes.ownerUserId, input.owners),
    input.leadId === undefined ? undefined : eq(quotes.leadId, input.leadId),
    input.ownerUserId === undefined ? undefined : eq(quotes.ownerUserId, input.ownerUserId),
    input.statuses ? inArray(quotes.status, input.statuses) : undefined,
  );
}

export function createQuoteRepository({ db }: { db: Db }) {
  return {
    ...createQuoteLineWrites({ db }),
    ...createQuoteStatusWrites({ db }),

    /**
     * A new draft with the next number of the team's year: the counter is one upsert in the same transaction, so
     * concurrent quotes queue on its row and a rolled-back one gives its number back (gap-free).
     */
    async create(input: {
      teamId: string;
      leadId: number;
      ownerUserId: string;
      priceListId: number | null;
      currency: string;
      year: number;
      validUntil: string;
      language: QuoteLanguage;
      createdByUserId: string;
      now: Date;
    }): Promise<Quote> {
      return db.transaction(async (tx) => {
        const [policy] = await tx
          .select({ prefix: financePolicies.quotePrefix })
          .from(financePolicies)
          .where(eq(financePolicies.teamId, input.teamId));
        const [counter] = await tx
          .insert(quoteCounters)
          .values({ teamId: input.teamId, year: input.year, lastSeq: 1 })
          .onConflictDoUpdate({
            target: [quoteCounters.teamId, quoteCounters.year],
            set: { lastSeq: sql`${quoteCounters.lastSeq} + 1` },
          })
          .returning({ lastSeq: quoteCounters.lastSeq });
        if (!counter) throw new Error('quote counter upsert returned nothing');
        const [quote] = await tx
          .insert(quotes)
          .values({
            teamId: input.teamId,
            number: quoteNumber(policy?.prefix ?? DEFAULT_QUOTE_PREFIX, input.year, counter.lastSeq),
            year: input.year,
            seq: counter.lastSeq,
            leadId: input.leadId,
            ownerUserId: input.ownerUserId,
            priceListId: input.priceListId,
            currency: input.currency,
            validUntil: input.validUntil,
            language: input.language,
            createdByUserId: input.createdByUserId,
            createdAt: input.now,
            updatedAt: input.now,
          })
          .returning();
        if (!quote) throw new Error('quote insert returned nothing');
        return quote;
      });
    },

    async findById(teamId: string, quoteId: number): Promise<Quote | undefined> {
      const [row] = await db
        .select()
        .from(quotes)
        .where(and(eq(quotes.teamId, teamId), eq(quotes.id, quoteId)));
      return row;
    },

    async findByNumber(teamId: string, number: string): Promise<Quote | undefined> {
      const [row] = await db
        .select()
        .from(quotes)
        .where(and(eq(quotes.teamId, teamId), eq(quotes.number, number.toUpperCase())));
      return row;
    },

    /** The terms of an editable quote, conditional on the version the form was built from. */
    async updateTerms(input: {
      teamId: string;
      quoteId: number;
      seenVersion: number;
      terms: QuoteTerms;
      priceListId?: number | null;
      currency?: string;
      now: Date;
    }): Promise<Quote | undefined> {
      const [row] = await db
        .update(quotes)
        .set({
          ...input.terms,
          ...(input.priceListId !== undefined ? { priceListId: input.priceListId } : {}),
          ...(input.currency ? { currency: input.currency } : {}),
          status: 'draft',
          approvalRequestId: null,
          version: bumpVersion,
          updatedAt: input.now,
        })
        .where(
          and(
            eq(quotes.teamId, input.teamId),
            eq(quotes.id, input.quoteId),
            eq(quotes.version, input.seenVersion),
            inArray(quotes.status, ['draft', 'approved']),
          ),
        )
        .returning();
      return row;
    },

    /** Quotes the reader may see, newest first, with their company, current total and line count. */
    async list(input: QuoteListQuery & { limit: number }) {
      return db
        .select({
          quote: quotes,
          companyName: leads.companyName,
          lineCount:
            sql<number>`(select count(*) from ${quoteLines} where ${quoteLines.quoteId} = ${quotes.id})`.mapWith(
              Number,
            ),
        })
        .from(quotes)
        .innerJoin(leads, and(eq(leads.teamId, quotes.teamId), eq(leads.id, quotes.leadId)))
        .where(listFilter(input))
        .orderBy(desc(quotes.createdAt), desc(quotes.id))
        .limit(input.limit);
    },

    /** How many quotes `list` would find with no limit: the true "of N" under a list. */
    async count(input: QuoteListQuery): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(*)`.mapWith(Number) })
        .from(quotes)
        .innerJoin(leads, and(eq(leads.teamId, quotes.teamId), eq(leads.id, quotes.leadId)))
        .where(listFilter(input));
      return row?.n ?? 0;
    },

    /**
     * Sent quotes past the end of their validity day in their team's zone, across teams: what the expiry task
     * finds due (each is then expired on its own team, by a conditional update).
     */
    async findDueToExpire(
      now: Date,
      limit: number,
    ): Promise<{ teamId: string; id: number; version: number }[]> {
      return db
        .select({ teamId: quotes.teamId, id: quotes.id, version: quotes.currentVersion })
        .from(quotes)
        .innerJoin(teams, eq(teams.teamId, quotes.teamId))
        .where(
          and(
            eq(quotes.status, 'sent'),
            sql`${quotes.validUntil} < (${now.toISOString()}::timestamptz at time zone ${teams.timezone})::date`,
          ),
        )
        .limit(limit);
    },
  };
}
