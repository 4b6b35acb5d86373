import { type Locale, toLocale } from '../../i18n/index.js';
import type { Clock } from '../../lib/clock.js';
import type { TeamRepository } from './team.repository.js';
import type { Actor, Member, SlackProfile, Team } from './team.types.js';

/** Slack profiles (locale, time zone, admin flag) change rarely; re-read them at most once a day. */
export const PROFILE_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export function localeOf(
  member: Pick<Member, 'language' | 'slackLocale'> | undefined,
  team: Pick<Team, 'language'>,
): Locale {
  return toLocale(member?.language) ?? toLocale(team.language) ?? toLocale(member?.slackLocale) ?? 'en';
}

export function toActor(member: Member, team: Team): Actor {
  return {
    teamId: member.teamId,
    userId: member.userId,
    role: member.role,
    isAdmin: member.role === 'admin' || member.isWorkspaceAdmin,
    locale: localeOf(member, team),
    timezone: member.timezone ?? team.timezone,
  };
}

/**
 * Who is calling, from the signed payload's team and user ids. The Slack profile is fetched through
 * `fetchProfile` only when missing or stale; if Slack cannot answer, the cached profile (or defaults) is used.
 */
export async function resolveActor(input: {
  teams: TeamRepository;
  clock: Clock;
  teamId: string;
  userId: string;
  fetchProfile: (userId: string) => Promise<SlackProfile>;
  onProfileError?: (error: unknown) => void;
}): Promise<{ actor: Actor; team: Team; member: Member }> {
  const { teams, clock, teamId, userId } = input;
  const team = await teams.ensureTeam(teamId);
  let member = await teams.findMember(teamId, userId);
  const now = clock.now();
  const stale =
    !member?.profileFetchedAt || now.getTime() - member.profileFetchedAt.getTime() > PROFILE_MAX_AGE_MS;
  if (!member || stale) {
    try {
      member = await teams.saveProfile(teamId, userId, await input.fetchProfile(userId), now);
    } catch (error) {
      input.onProfileError?.(error);
      member ??= await teams.updateMember(teamId, userId, {});
    }
  }
  return { actor: toActor(member, team), team, member };
}

/** The language to write to `userId` in: their own choice, the team's, their Slack locale, else English. */
export async function memberLocale(deps: {
  teams: TeamRepository;
  team: Team;
  userId: string;
}): Promise<Locale> {
  return localeOf(await deps.teams.findMember(deps.team.teamId, deps.userId), deps.team);
}

/** Every member's name as exports print it: the Slack display name, else the user id. */
export async function memberNames(deps: {
  teams: TeamRepository;
  teamId: string;
}): Promise<Map<string, string>> {
  const members = await deps.teams.listMembers(deps.teamId);
  return new Map(members.map((member) => [member.userId, member.displayName ?? member.userId]));
}
