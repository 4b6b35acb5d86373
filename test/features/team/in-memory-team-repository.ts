import type { TeamRepository } from '../../../src/features/team/team.repository.js';
import type { Member, Team } from '../../../src/features/team/team.types.js';

/**
 * TeamRepository in memory, with the same defaults as the schema, so use cases can be tested without SQL.
 * Typed as a partial, so a method someone adds to the real repository does not break this file's compile.
 */
export function inMemoryTeamRepository(): TeamRepository & {
  teamRows: Map<string, Team>;
  memberRows: Map<string, Member>;
} {
  const teamRows = new Map<string, Team>();
  const memberRows = new Map<string, Member>();
  const key = (teamId: string, userId: string) => `${teamId}:${userId}`;
  const newMember = (teamId: string, userId: string): Member => ({
    teamId,
    userId,
    role: 'rep',
    managerUserId: null,
    displayName: null,
    slackLocale: null,
    language: null,
    timezone: null,
    isWorkspaceAdmin: false,
    reminderTime: '09:00',
    vacationUntil: null,
    delegateUserId: null,
    delegateUntil: null,
    profileFetchedAt: null,
  });
  const upsert = (teamId: string, userId: string, changes: Partial<Member>): Member => {
    const member = { ...(memberRows.get(key(teamId, userId)) ?? newMember(teamId, userId)), ...changes };
    memberRows.set(key(teamId, userId), member);
    return { ...member };
  };
  const repository = {
    async ensureTeam(teamId: string) {
      if (!teamRows.has(teamId)) {
        teamRows.set(teamId, {
          teamId,
          salesChannelId: null,
          timezone: 'UTC',
          language: null,
          currency: 'CNY',
          workingDays: [1, 2, 3, 4, 5],
          digestTime: '08:30',
          stageProbabilities: null,
          holidayCountry: null,
          holidays: [],
          staleAfterDays: 7,
          quietWorkingDays: 3,
          chartImages: false,
        });
      }
      return { ...(teamRows.get(teamId) as Team) };
    },
    async updateTeam(teamId, changes) {
      const team = teamRows.get(teamId);
      if (!team) return undefined;
      Object.assign(team, changes);
      return { ...team };
    },
    async findMember(teamId, userId) {
      const member = memberRows.get(key(teamId, userId));
      return member ? { ...member } : undefined;
    },
    async saveProfile(teamId, userId, profile, fetchedAt) {
      return upsert(teamId, userId, {
        displayName: profile.displayName,
        slackLocale: profile.locale,
        timezone: profile.timezone,
        isWorkspaceAdmin: profile.isWorkspaceAdmin,
        profileFetchedAt: fetchedAt,
      });
    },
    async updateMember(teamId, userId, changes) {
      return upsert(teamId, userId, changes);
    },
    async listMembers(teamId) {
      return [...memberRows.values()]
        .filter((m) => m.teamId === teamId)
        .sort((a, b) => a.userId.localeCompare(b.userId));
    },
    async listReportIds(teamId, managerUserId) {
      const found = new Set<string>();
      let frontier = [managerUserId];
      while (frontier.length > 0) {
        const next = [...memberRows.values()].filter(
          (m) =>
            m.teamId === teamId &&
            m.managerUserId &&
            frontier.includes(m.managerUserId) &&
            !found.has(m.userId),
        );
        for (const member of next) found.add(member.userId);
        frontier = next.map((m) => m.userId);
      }
      found.delete(managerUserId);
      return [...found];
    },
    async setManagerUnlessCycle(teamId, userId, managerUserId) {
      for (let current = managerUserId, depth = 0; current && depth < 100; depth++) {
        if (current === userId) return false;
        current = memberRows.get(key(teamId, current))?.managerUserId ?? null;
      }
      upsert(teamId, userId, { managerUserId });
      return true;
    },
    async listByRole(teamId, role) {
      return [...memberRows.values()].filter((m) => m.teamId === teamId && m.role === role);
    },
  } satisfies Partial<TeamRepository>;
  return Object.assign(repository as TeamRepository, { teamRows, memberRows });
}
