import type { Actor } from '../team/team.types.js';
import type { Lead, Stage } from './leads.types.js';
import { type LeadDeps, todayFor } from './leads.usecases.js';

export const HOME_DUE_LIMIT = 15;
export const HOME_RECENT_LIMIT = 8;

export interface StageTotal {
  stage: Stage;
  count: number;
  /** Estimated value per currency (a pipeline may mix currencies; they are never added together). */
  values: { currency: string | null; amount: number }[];
}

export interface HomeOverview {
  today: string;
  pipeline: StageTotal[];
  /** The first HOME_DUE_LIMIT of each, oldest first; the counts say how many there are in all. */
  dueToday: Lead[];
  overdue: Lead[];
  dueTodayCount: number;
  overdueCount: number;
  recent: Lead[];
}

/** The rep's own pipeline by stage, the follow-ups due today or overdue, and their most recently active leads. */
export async function homeOverview(deps: LeadDeps & { actor: Actor }): Promise<HomeOverview> {
  const { actor, leads } = deps;
  const today = todayFor(actor, deps.clock);
  const mine = [actor.userId];
  const [rows, due, dueToday, counts, recent] = await Promise.all([
    leads.pipelineByStage(actor.teamId, mine),
    leads.dueForFollowUp(actor.teamId, mine, today, HOME_DUE_LIMIT),
    leads.dueOn(actor.teamId, mine, today, HOME_DUE_LIMIT),
    leads.dueCounts(actor.teamId, mine, today),
    leads.query(actor.teamId, { owners: mine, limit: HOME_RECENT_LIMIT }),
  ]);
  const byStage = new Map<Stage, StageTotal>();
  for (const row of rows) {
    const total = byStage.get(row.stage) ?? { stage: row.stage, count: 0, values: [] };
    total.count += row.count;
    if (row.value > 0) total.values.push({ currency: row.currency, amount: row.value });
    byStage.set(row.stage, total);
  }
  return {
    today,
    pipeline: [...byStage.values()],
    dueToday,
    overdue: due.filter((lead) => lead.nextFollowUpOn !== null && lead.nextFollowUpOn < today),
    dueTodayCount: counts.today,
    overdueCount: counts.overdue,
    recent: recent.leads,
  };
}
