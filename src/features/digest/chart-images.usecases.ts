import type { TeamRepository } from '../team/team.repository.js';
import type { Actor } from '../team/team.types.js';
import { NotTeamAdminError } from '../team/team-admin.errors.js';

/** Whether the team also gets its digest and leaderboard charts as PNG files (off unless an admin turned it on). */
export async function chartImagesPolicy(deps: { teams: TeamRepository; actor: Actor }): Promise<boolean> {
  return (await deps.teams.ensureTeam(deps.actor.teamId)).chartImages;
}

/**
 * Admins turn chart images on for a team whose Slack clients do not draw the native chart, or off again. Setting
 * the value it already has is answered as such; `changed` tells which.
 */
export async function setChartImages(deps: {
  teams: TeamRepository;
  actor: Actor;
  on: boolean;
}): Promise<{ on: boolean; changed: boolean }> {
  const { actor, on } = deps;
  if (!actor.isAdmin) throw new NotTeamAdminError(actor.userId);
  const before = await deps.teams.ensureTeam(actor.teamId);
  if (before.chartImages === on) return { on, changed: false };
  const after = await deps.teams.updateTeam(actor.teamId, { chartImages: on });
  return { on: after?.chartImages ?? on, changed: true };
}
