import { and, asc, count, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { quoteLines, quotes } from '../../db/schema/index.js';
import type { Tx } from '../approvals/approval-writes.js';
import type { Quote, QuoteLine } from './quote-records.js';
import { lineNetMinor } from './quote-totals.js';
import { EDITABLE_QUOTE_STATUSES, MAX_QUOTE_LINES, type NewQuoteLine } from './quotes.types.js';

/**
 * Changing a quote's lines: each change bumps the quote's version conditionally on the version the form saw and on
 * an editable status, in the same transaction as the lines themselves, so two people editing one draft cannot both
 * win and a batch of pasted lines is saved whole or not at all. An approved quote that changes is a draft again.
 */
export type LineChange =
  | { kind: 'append'; lines: NewQuoteLine[] }
  | { kind: 'remove'; position: number }
  | { kind: 'replace'; lines: NewQuoteLine[] };

export type LineChangeResult =
  | { ok: true; quote: Quote }
  | { ok: false; reason: 'stale' }
  | { ok: false; reason: 'too_many'; count: number };

async function claimEdit(tx: Tx, teamId: string, quoteId: number, seenVersion: number, now: Date) {
  const [quote] = await tx
    .update(quotes)
    .set({ version: sql`${quotes.version} + 1`, status: 'draft', approvalRequestId: null, updatedAt: now })
    .where(
      and(
        eq(quotes.teamId, teamId),
        eq(quotes.id, quoteId),
        eq(quotes.version, seenVersion),
        inArray(quotes.status, [...EDITABLE_QUOTE_STATUSES]),
      ),
    )
    .returning();
  return quote;
}

const toRow = (teamId: string, quoteId: number, position: number, line: NewQuoteLine) => ({
  ...line,
  teamId,
  quoteId,
  position,
  netMinor: lineNetMinor(line),
});

class TooManyLines extends Error {
  constructor(readonly total: number) {
    super('too many lines');
  }
}

export function createQuoteLineWrites({ db }: { db: Db }) {
  return {
    async listLines(teamId: string, quoteId: number): Promise<QuoteLine[]> {
      return db
        .select()
        .from(quoteLines)
        .where(and(eq(quoteLines.teamId, teamId), eq(quoteLines.quoteId, quoteId)))
        .orderBy(asc(quoteLines.position));
    },

    /** The lines of several quotes at once (a list's totals), by quote. */
    async listLinesOf(teamId: string, quoteIds: number[]): Promise<QuoteLine[]> {
      if (quoteIds.length === 0) return [];
      return db
        .select()
        .from(quoteLines)
        .where(and(eq(quoteLines.teamId, teamId), inArray(quoteLines.quoteId, quoteIds)))
        .orderBy(asc(quoteLines.quoteId), asc(quoteLines.position));
    },

    async changeLines(input: {
      teamId: string;
      quoteId: number;
      seenVersion: number;
      change: LineChange;
      now: Date;
    }): Promise<LineChangeResult> {
      const { teamId, quoteId, change } = input;
      try {
        return await db.transaction(async (tx) => {
          const quote = await claimEdit(tx, teamId, quoteId, input.seenVersion, input.now);
          if (!quote) return { ok: false as const, reason: 'stale' as const };
          const scope = and(eq(quoteLines.teamId, teamId), eq(quoteLines.quoteId, quoteId));
          if (change.kind === 'remove') {
            await tx.delete(quoteLines).where(and(scope, eq(quoteLines.position, change.position)));
            // Two steps, so the (quote, position) unique index never sees two lines on one position.
            const after = and(scope, gt(quoteLines.position, change.position));
            await tx
              .update(quoteLines)
              .set({ position: sql`-${quoteLines.position}` })
              .where(after);
            await tx
              .update(quoteLines)
              .set({ position: sql`-${quoteLines.position} - 1` })
              .where(and(scope, sql`${quoteLines.position} < 0`));
            return { ok: true as const, quote };
          }
          if (change.kind === 'replace') await tx.delete(quoteLines).where(scope);
          const [existing] = await tx.select({ n: count() }).from(quoteLines).where(scope);
          const start = existing?.n ?? 0;
          if (start + change.lines.length > MAX_QUOTE_LINES)
            throw new TooManyLines(start + change.lines.length);
          if (change.lines.length)
            await tx
              .insert(quoteLines)
              .values(change.lines.map((line, index) => toRow(teamId, quoteId, start + index + 1, line)));
          return { ok: true as const, quote };
        });
      } catch (error) {
        if (error instanceof TooManyLines) return { ok: false, reason: 'too_many', count: error.total };
        throw error;
      }
    },
  };
}
