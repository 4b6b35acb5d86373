import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { activities, leads, needsAnswers, needsCompetitors, needsQuestions } from '../../db/schema/index.js';
import { type NewActivity, nextVersion } from '../leads/leads.repository.js';
import type { Intent, Lead, Stage } from '../leads/leads.types.js';
import { NeedsConflictError } from './needs.errors.js';
import type { NeedsAnswer } from './needs.types.js';
import type { AnswerSource } from './needs-answer.types.js';
import type { CustomQuestionRow } from './question-bank.js';

export interface AnswerChange {
  questionKey: string;
  /** null clears the answer (the old one is superseded, nothing replaces it). */
  answer: string | null;
  source: AnswerSource;
}

export interface SaveNeedsInput {
  teamId: string;
  leadId: number;
  actorUserId: string;
  now: Date;
  changes: AnswerChange[];
  completeness: number;
  intent?: Intent;
  /** Move from the stage the caller read to `needs_analysis`. */
  stageMove?: { from: Stage; to: Stage };
  activities: NewActivity[];
  /** The lead's version the answers were given against: a save over a newer lead writes nothing. */
  expectedVersion: number;
}

/** Postgres `unique_violation`, whether drizzle wraps the driver's error or not. */
function isUniqueViolation(error: unknown): boolean {
  const codeOf = (e: unknown) => (e as { code?: unknown } | undefined)?.code;
  return codeOf(error) === '23505' || codeOf((error as { cause?: unknown } | undefined)?.cause) === '23505';
}

export type NeedsRepository = ReturnType<typeof createNeedsRepository>;

export function createNeedsRepository({ db }: { db: Db }) {
  return {
    async currentAnswers(teamId: string, leadId: number): Promise<NeedsAnswer[]> {
      const rows = await db
        .select()
        .from(needsAnswers)
        .where(
          and(
            eq(needsAnswers.teamId, teamId),
            eq(needsAnswers.leadId, leadId),
            isNull(needsAnswers.supersededAt),
          ),
        )
        .orderBy(asc(needsAnswers.id));
      return rows as NeedsAnswer[];
    },

    /** Every answer ever given for the lead, newest first (history of revisions). */
    async answerHistory(teamId: string, leadId: number): Promise<NeedsAnswer[]> {
      const rows = await db
        .select()
        .from(needsAnswers)
        .where(and(eq(needsAnswers.teamId, teamId), eq(needsAnswers.leadId, leadId)))
        .orderBy(desc(needsAnswers.id));
      return rows as NeedsAnswer[];
    },

    /**
     * Answers, the lead's completeness / intent / stage and the activities in one transaction, which starts with
     * the lead's update conditional on `expectedVersion`: undefined means the lead changed since the caller read
     * it, and nothing was written.
     */
    async saveNeeds(input: SaveNeedsInput): Promise<{ lead: Lead; movedStage: boolean } | undefined> {
      const { teamId, leadId, now } = input;
      const save = db.transaction(async (tx) => {
        const [lead] = await tx
          .update(leads)
          .set({
            completeness: input.completeness,
            ...(input.intent ? { intent: input.intent } : {}),
            ...(input.stageMove ? { stage: input.stageMove.to, stageChangedAt: now } : {}),
            lastActivityAt: sql`greatest(${leads.lastActivityAt}, ${now})`,
            updatedAt: now,
            version: nextVersion,
          })
          .where(
            and(eq(leads.teamId, teamId), eq(leads.id, leadId), eq(leads.version, input.expectedVersion)),
          )
          .returning();
        if (!lead) return undefined;
        for (const change of input.changes) {
          await tx
            .update(needsAnswers)
            .set({ supersededAt: now })
            .where(
              and(
                eq(needsAnswers.teamId, teamId),
                eq(needsAnswers.leadId, leadId),
                eq(needsAnswers.questionKey, change.questionKey),
                isNull(needsAnswers.supersededAt),
              ),
            );
          if (change.answer !== null)
            await tx.insert(needsAnswers).values({
              teamId,
              leadId,
              questionKey: change.questionKey,
              answer: change.answer,
              source: change.source,
              answeredBy: input.actorUserId,
              answeredAt: now,
            });
        }
        const movedStage = Boolean(input.stageMove);
        const rows = input.activities;
        if (rows.length)
          await tx
            .insert(activities)
            .values(rows.map((a) => ({ ...a, teamId, leadId, occurredAt: a.occurredAt ?? now })));
        return { lead: lead as Lead, movedStage };
      });
      try {
        return await save;
      } catch (error) {
        if (isUniqueViolation(error)) throw new NeedsConflictError(leadId, error);
        throw error;
      }
    },

    async listCustomQuestions(teamId: string): Promise<CustomQuestionRow[]> {
      return db
        .select({
          id: needsQuestions.id,
          textEn: needsQuestions.textEn,
          textZh: needsQuestions.textZh,
          position: needsQuestions.position,
        })
        .from(needsQuestions)
        .where(and(eq(needsQuestions.teamId, teamId), isNull(needsQuestions.archivedAt)))
        .orderBy(asc(needsQuestions.position), asc(needsQuestions.id));
    },

    /** Appended after the team's other questions (position computed in the same statement). */
    async addCustomQuestion(
      teamId: string,
      question: { textEn: string | null; textZh: string | null; createdBy: string },
    ): Promise<CustomQuestionRow> {
      const [row] = await db
        .insert(needsQuestions)
        .values({
          teamId,
          ...question,
          position: sql`(select coalesce(max(position), 0) + 1 from ${needsQuestions} where team_id = ${teamId})`,
        })
        .returning({
          id: needsQuestions.id,
          textEn: needsQuestions.textEn,
          textZh: needsQuestions.textZh,
          position: needsQuestions.position,
        });
      if (!row) throw new Error('insert returned no question');
      return row;
    },

    async archiveCustomQuestion(teamId: string, id: number, now: Date): Promise<boolean> {
      const rows = await db
        .update(needsQuestions)
        .set({ archivedAt: now })
        .where(
          and(
            eq(needsQuestions.teamId, teamId),
            eq(needsQuestions.id, id),
            isNull(needsQuestions.archivedAt),
          ),
        )
        .returning({ id: needsQuestions.id });
      return rows.length === 1;
    },

    async listCompetitors(teamId: string): Promise<string[]> {
      const rows = await db
        .select({ name: needsCompetitors.name })
        .from(needsCompetitors)
        .where(eq(needsCompetitors.teamId, teamId))
        .orderBy(asc(needsCompetitors.name));
      return rows.map((row) => row.name);
    },

    /** False when the team already lists the name (in any case). */
    async addCompetitor(teamId: string, name: string, createdBy: string): Promise<boolean> {
      const rows = await db
        .insert(needsCompetitors)
        .values({ teamId, name, createdBy })
        .onConflictDoNothing()
        .returning({ id: needsCompetitors.id });
      return rows.length === 1;
    },

    async removeCompetitor(teamId: string, name: string): Promise<boolean> {
      const rows = await db
        .delete(needsCompetitors)
        .where(
          and(eq(needsCompetitors.teamId, teamId), sql`lower(${needsCompetitors.name}) = lower(${name})`),
        )
        .returning({ id: needsCompetitors.id });
      return rows.length === 1;
    },
  };
}
