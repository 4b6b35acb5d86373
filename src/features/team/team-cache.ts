import type { Clock } from '../../lib/clock.js';
import type { TeamRepository } from './team.repository.js';
import type { Member, Team } from './team.types.js';

/** How long this instance trusts what it read about a team and its members without asking again. */
export const TEAM_CACHE_TTL_MS = 30_000;
const MAX_TEAMS = 2_000;
/** Reads that pass straight through without forgetting anything. */
const UNCACHED_READS = new Set(['listMembers', 'listByRole']);

interface Entry<T> {
  value: T;
  expiresAt: number;
}

interface TeamEntries {
  team?: Entry<Team>;
  members: Map<string, Entry<Member | undefined>>;
  reports: Map<string, Entry<string[]>>;
}

/**
 * The team repository with its hot reads (the team, a member, a manager's reports) cached in this process for
 * a short while. Every request needs the caller's role, language and zone; without the cache that is two or
 * three queries before any real work. A write through this repository forgets the team's entries at once, so a
 * role or language change applies immediately on this instance and within TEAM_CACHE_TTL_MS on the others.
 */
export function withTeamCache(
  inner: TeamRepository,
  options: { clock: Clock; ttlMs?: number } = { clock: { now: () => new Date() } },
): TeamRepository {
  const ttlMs = options.ttlMs ?? TEAM_CACHE_TTL_MS;
  const byTeam = new Map<string, TeamEntries>();

  const now = () => options.clock.now().getTime();
  const entriesOf = (teamId: string): TeamEntries => {
    let entries = byTeam.get(teamId);
    if (!entries) {
      if (byTeam.size >= MAX_TEAMS) byTeam.delete(byTeam.keys().next().value as string);
      entries = { members: new Map(), reports: new Map() };
      byTeam.set(teamId, entries);
    }
    return entries;
  };
  const fresh = <T>(entry: Entry<T> | undefined): entry is Entry<T> =>
    entry !== undefined && entry.expiresAt > now();
  const keep = <T>(value: T): Entry<T> => ({ value, expiresAt: now() + ttlMs });
  const forget =
    <A extends unknown[], R>(write: (teamId: string, ...rest: A) => Promise<R>) =>
    async (teamId: string, ...rest: A): Promise<R> => {
      try {
        return await write(teamId, ...rest);
      } finally {
        byTeam.delete(teamId);
      }
    };

  // Any other method may write: it forgets the team's entries, so a method added later is safe by default.
  const wrapped = Object.fromEntries(
    Object.entries(inner).map(([name, method]) => [
      name,
      UNCACHED_READS.has(name) ? method : forget(method as (teamId: string) => Promise<unknown>),
    ]),
  ) as TeamRepository;

  return {
    ...wrapped,
    async ensureTeam(teamId) {
      const entries = entriesOf(teamId);
      if (fresh(entries.team)) return entries.team.value;
      const team = await inner.ensureTeam(teamId);
      entriesOf(teamId).team = keep(team);
      return team;
    },
    async findMember(teamId, userId) {
      const cached = entriesOf(teamId).members.get(userId);
      if (fresh(cached)) return cached.value;
      const member = await inner.findMember(teamId, userId);
      entriesOf(teamId).members.set(userId, keep(member));
      return member;
    },
    /** A refreshed Slack profile changes only that member's row: keep it, and the rest of the team's cache. */
    async saveProfile(teamId, userId, profile, fetchedAt) {
      const member = await inner.saveProfile(teamId, userId, profile, fetchedAt);
      entriesOf(teamId).members.set(userId, keep(member));
      return member;
    },
    async listReportIds(teamId, managerUserId) {
      const cached = entriesOf(teamId).reports.get(managerUserId);
      if (fresh(cached)) return cached.value;
      const reports = await inner.listReportIds(teamId, managerUserId);
      entriesOf(teamId).reports.set(managerUserId, keep(reports));
      return reports;
    },
  };
}
