import { and, asc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { activities, leads, quotes, quoteVersions } from '../../db/schema/index.js';
import { minorToDecimal } from '../../lib/money/minor-units.js';
import type { Tx } from '../approvals/approval-writes.js';
import type { Stage } from '../leads/leads.types.js';
import { closeEarlierQuoteRounds } from './quote-approval.writes.js';
import type { QuoteDocument } from './quote-document.types.js';
import type { Quote, QuoteVersion } from './quote-records.js';
import { REVISABLE_QUOTE_STATUSES } from './quotes.types.js';

/** A sent quote is the `proposal` stage (报价): a lead still before it moves there; one past it stays. */
const STAGES_BEFORE_PROPOSAL: readonly Stage[] = ['new', 'contacted', 'needs_analysis', 'presentation'];

const bump = sql`${quotes.version} + 1`;
const byId = (teamId: string, quoteId: number) => and(eq(quotes.teamId, teamId), eq(quotes.id, quoteId));

/** The quote's state changes: each one conditional SQL statement on the state it leaves (DESIGN.md, rule 4). */
export function createQuoteStatusWrites({ db }: { db: Db }) {
  return {
    /**
     * In the approval request's own transaction: the draft the rep saw goes to approval (or straight to approved
     * within the auto band). No row means the quote moved meanwhile, and the request is rolled back with it. An
     * earlier round sent back with "Request changes" is closed here, so the new request is the quote's only open one;
     * its id is returned, so its message in the thread can say it was superseded.
     */
    async markSubmittedIn(
      tx: Tx,
      input: {
        teamId: string;
        quoteId: number;
        seenVersion: number;
        approvalRequestId: number;
        auto: boolean;
        actorUserId: string;
        now: Date;
      },
    ): Promise<{ quote: Quote; supersededRequestIds: number[] } | undefined> {
      const [row] = await tx
        .update(quotes)
        .set({
          status: input.auto ? 'approved' : 'pending_approval',
          approvalRequestId: input.approvalRequestId,
          version: bump,
          updatedAt: input.now,
        })
        .where(
          and(
            byId(input.teamId, input.quoteId),
            eq(quotes.version, input.seenVersion),
            eq(quotes.status, 'draft'),
          ),
        )
        .returning();
      if (!row) return undefined;
      const supersededRequestIds = await closeEarlierQuoteRounds(tx, {
        teamId: input.teamId,
        quoteId: input.quoteId,
        newRequestId: input.approvalRequestId,
        actorUserId: input.actorUserId,
        now: input.now,
      });
      return { quote: row, supersededRequestIds };
    },

    /**
     * Approved → sent, with the version frozen as the customer gets it, and the lead's estimated value following
     * its latest sent quote, all in one transaction.
     */
    async freezeSent(input: {
      teamId: string;
      quoteId: number;
      seenVersion: number;
      document: QuoteDocument;
      totalMinor: number;
      actorUserId: string;
      now: Date;
    }): Promise<Quote | undefined> {
      const { teamId, now } = input;
      return db.transaction(async (tx) => {
        const [quote] = await tx
          .update(quotes)
          .set({ status: 'sent', sentAt: now, version: bump, updatedAt: now })
          .where(
            and(
              byId(teamId, input.quoteId),
              eq(quotes.version, input.seenVersion),
              eq(quotes.status, 'approved'),
            ),
          )
          .returning();
        if (!quote) return undefined;
        await tx.insert(quoteVersions).values({
          teamId,
          quoteId: quote.id,
          version: quote.currentVersion,
          document: input.document,
          totalMinor: input.totalMinor,
          currency: quote.currency,
          sentByUserId: input.actorUserId,
          sentAt: now,
        });
        // The lead row is locked first, so the stage it leaves is the one recorded in its activity.
        const [lead] = await tx
          .select({ stage: leads.stage })
          .from(leads)
          .where(and(eq(leads.teamId, teamId), eq(leads.id, quote.leadId)))
          .for('update');
        const toProposal = lead !== undefined && STAGES_BEFORE_PROPOSAL.includes(lead.stage);
        await tx
          .update(leads)
          .set({
            estimatedValue: Number(minorToDecimal(input.totalMinor, quote.currency)),
            currency: quote.currency,
            ...(toProposal ? { stage: 'proposal' as const, stageChangedAt: now, lastActivityAt: now } : {}),
            version: sql`${leads.version} + 1`,
            updatedAt: now,
          })
          .where(and(eq(leads.teamId, teamId), eq(leads.id, quote.leadId)));
        await tx.insert(activities).values([
          {
            teamId,
            leadId: quote.leadId,
            actorUserId: input.actorUserId,
            kind: 'quote_sent' as const,
            note: `${quote.number} v${quote.currentVersion}`,
            occurredAt: now,
          },
          ...(toProposal && lead
            ? [
                {
                  teamId,
                  leadId: quote.leadId,
                  actorUserId: input.actorUserId,
                  kind: 'stage_changed' as const,
                  fromStage: lead.stage,
                  toStage: 'proposal' as const,
                  occurredAt: now,
                },
              ]
            : []),
        ]);
        return quote;
      });
    },

    async recordFile(input: {
      teamId: string;
      quoteId: number;
      version: number;
      fileId: string;
      permalink: string | null;
    }) {
      await db
        .update(quoteVersions)
        .set({ fileId: input.fileId, filePermalink: input.permalink })
        .where(
          and(
            eq(quoteVersions.teamId, input.teamId),
            eq(quoteVersions.quoteId, input.quoteId),
            eq(quoteVersions.version, input.version),
          ),
        );
    },

    async findVersion(teamId: string, quoteId: number, version: number): Promise<QuoteVersion | undefined> {
      const [row] = await db
        .select()
        .from(quoteVersions)
        .where(
          and(
            eq(quoteVersions.teamId, teamId),
            eq(quoteVersions.quoteId, quoteId),
            eq(quoteVersions.version, version),
          ),
        );
      return row;
    },

    async listVersions(teamId: string, quoteId: number): Promise<QuoteVersion[]> {
      return db
        .select()
        .from(quoteVersions)
        .where(and(eq(quoteVersions.teamId, teamId), eq(quoteVersions.quoteId, quoteId)))
        .orderBy(asc(quoteVersions.version));
    },

    /** Sent → accepted, only while the validity date (`today` in the team's zone) has not passed. */
    async accept(input: {
      teamId: string;
      quoteId: number;
      today: string;
      now: Date;
    }): Promise<Quote | undefined> {
      const [row] = await db
        .update(quotes)
        .set({ status: 'accepted', decidedAt: input.now, version: bump, updatedAt: input.now })
        .where(
          and(
            byId(input.teamId, input.quoteId),
            eq(quotes.status, 'sent'),
            gte(quotes.validUntil, input.today),
          ),
        )
        .returning();
      return row;
    },

    async decline(input: {
      teamId: string;
      quoteId: number;
      reason: string;
      now: Date;
    }): Promise<Quote | undefined> {
      const [row] = await db
        .update(quotes)
        .set({
          status: 'declined',
          declineReason: input.reason,
          decidedAt: input.now,
          version: bump,
          updatedAt: input.now,
        })
        .where(and(byId(input.teamId, input.quoteId), eq(quotes.status, 'sent')))
        .returning();
      return row;
    },

    /** A sent, declined or expired quote becomes the next version's draft, with a new validity date. */
    async revise(input: {
      teamId: string;
      quoteId: number;
      seenVersion: number;
      validUntil: string;
      now: Date;
    }) {
      const [row] = await db
        .update(quotes)
        .set({
          status: 'draft',
          currentVersion: sql`${quotes.currentVersion} + 1`,
          validUntil: input.validUntil,
          approvalRequestId: null,
          declineReason: null,
          decidedAt: null,
          version: bump,
          updatedAt: input.now,
        })
        .where(
          and(
            byId(input.teamId, input.quoteId),
            eq(quotes.version, input.seenVersion),
            inArray(quotes.status, [...REVISABLE_QUOTE_STATUSES]),
          ),
        )
        .returning();
      return row;
    },

    /** Sent → expired, with what tells the rep written in the same transaction (the outbox). */
    async expire(input: {
      teamId: string;
      quoteId: number;
      now: Date;
      within: (tx: Db, quote: Quote) => Promise<void>;
    }): Promise<Quote | undefined> {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .update(quotes)
          .set({ status: 'expired', decidedAt: input.now, version: bump, updatedAt: input.now })
          .where(and(byId(input.teamId, input.quoteId), eq(quotes.status, 'sent')))
          .returning();
        if (row) await input.within(tx as unknown as Db, row);
        return row;
      });
    },
  };
}
