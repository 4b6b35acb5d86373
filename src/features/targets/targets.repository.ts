import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { targetMilestones, targets } from '../../db/schema/index.js';
import {
  AMOUNT_METRICS,
  type MilestonePercent,
  type Target,
  type TargetMetric,
  type TargetPeriod,
  type TargetSubject,
  TEAM_SUBJECT,
} from './targets.types.js';

type TargetRow = typeof targets.$inferSelect;

export const subjectKey = (subject: TargetSubject) =>
  subject.kind === 'team' ? TEAM_SUBJECT : subject.userId;

function toTarget(row: TargetRow): Target {
  const subject: TargetSubject =
    row.subject === TEAM_SUBJECT ? { kind: 'team' } : { kind: 'rep', userId: row.subject };
  const { subject: _stored, createdAt: _created, ...rest } = row;
  return { ...rest, subject };
}

export type TargetRepository = ReturnType<typeof createTargetRepository>;

export function createTargetRepository({ db }: { db: Db }) {
  return {
    /** Sets (or replaces) a standing target in one statement; a replaced target's version goes up. */
    async upsert(input: {
      teamId: string;
      subject: TargetSubject;
      metric: TargetMetric;
      period: TargetPeriod;
      value: number;
      currency: string | null;
      setByUserId: string;
      at: Date;
    }): Promise<Target> {
      const { at, subject, ...values } = input;
      const [row] = await db
        .insert(targets)
        .values({ ...values, subject: subjectKey(subject), createdAt: at, updatedAt: at })
        .onConflictDoUpdate({
          target: [targets.teamId, targets.subject, targets.metric, targets.period],
          set: {
            value: values.value,
            currency: values.currency,
            setByUserId: values.setByUserId,
            updatedAt: at,
            version: sql`${targets.version} + 1`,
          },
        })
        .returning();
      if (!row) throw new Error('upsert returned no target');
      return toTarget(row);
    },

    /** Removes a target; false when there was none. */
    async remove(
      teamId: string,
      subject: TargetSubject,
      metric: TargetMetric,
      period: TargetPeriod,
    ): Promise<boolean> {
      const rows = await db
        .delete(targets)
        .where(
          and(
            eq(targets.teamId, teamId),
            eq(targets.subject, subjectKey(subject)),
            eq(targets.metric, metric),
            eq(targets.period, period),
          ),
        )
        .returning({ id: targets.id });
      return rows.length > 0;
    },

    /** Every target of these subjects, in a stable order (subject, metric, period). */
    async forSubjects(teamId: string, subjects: TargetSubject[]): Promise<Target[]> {
      if (subjects.length === 0) return [];
      const rows = await db
        .select()
        .from(targets)
        .where(and(eq(targets.teamId, teamId), inArray(targets.subject, subjects.map(subjectKey))))
        .orderBy(asc(targets.subject), asc(targets.metric), asc(targets.period));
      return rows.map(toTarget);
    },

    /** Monthly amount targets of the team (reps' and the team's), whose milestones are announced. */
    async monthlyAmountTargets(teamId: string): Promise<Target[]> {
      const rows = await db
        .select()
        .from(targets)
        .where(
          and(
            eq(targets.teamId, teamId),
            eq(targets.period, 'month'),
            inArray(targets.metric, [...AMOUNT_METRICS]),
          ),
        )
        .orderBy(asc(targets.id));
      return rows.map(toTarget);
    },

    /**
     * Records milestones reached; returns the ones this call recorded first. Concurrent runs race on the
     * primary key (`INSERT … ON CONFLICT DO NOTHING`), so each milestone is recorded by one of them only.
     */
    async recordMilestones(
      teamId: string,
      targetId: number,
      periodStart: string,
      percents: readonly MilestonePercent[],
      at: Date,
    ): Promise<MilestonePercent[]> {
      if (percents.length === 0) return [];
      const rows = await db
        .insert(targetMilestones)
        .values(percents.map((percent) => ({ teamId, targetId, periodStart, percent, reachedAt: at })))
        .onConflictDoNothing()
        .returning({ percent: targetMilestones.percent });
      return rows.map((row) => row.percent as MilestonePercent).sort((a, b) => a - b);
    },

    async reachedMilestones(teamId: string, targetId: number, periodStart: string): Promise<number[]> {
      const rows = await db
        .select({ percent: targetMilestones.percent })
        .from(targetMilestones)
        .where(
          and(
            eq(targetMilestones.teamId, teamId),
            eq(targetMilestones.targetId, targetId),
            eq(targetMilestones.periodStart, periodStart),
          ),
        );
      return rows.map((row) => row.percent).sort((a, b) => a - b);
    },
  };
}
