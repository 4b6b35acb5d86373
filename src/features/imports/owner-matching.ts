import type { OwnerScope } from '../leads/lead-scope.js';
import { visibleOwners } from '../leads/leads.usecases.js';
import type { TeamRepository } from '../team/team.repository.js';
import type { Actor } from '../team/team.types.js';
import type { RowProblemKey } from './imports.types.js';

/** Finds a Slack user by email (Slack's `users.lookupByEmail`); supplied by the Slack side. */
export interface OwnerDirectory {
  userIdByEmail(email: string): Promise<string | undefined>;
}

export type OwnerMatch = { userId: string } | { problem: RowProblemKey };

const MENTION = /^<@([UW][A-Z0-9_]+)(?:\|[^>]*)?>$/;
const TRAILING_ID = /\(([UW][A-Z0-9_]+)\)\s*$/;
const BARE_ID = /^[UW][A-Z0-9_]+$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const nameKey = (name: string) => name.normalize('NFKC').trim().replace(/^@/, '').toLowerCase();

/**
 * Matches the owner cells of a file to members: by Slack id or mention (`U123`, `<@U123>`, `Wang Fang (U123)` as
 * exports write it), by email through Slack, or by Slack display name when exactly one member has it. An admin
 * may import for anyone, a manager or director for themself and their reports, a rep only for themself. Each
 * distinct cell is looked up once.
 */
export async function createOwnerMatcher(deps: {
  teams: TeamRepository;
  directory: OwnerDirectory;
  actor: Actor;
  /** For whom the importer may import; by default whose leads she sees (a customer import: whose customers). */
  scope?: OwnerScope;
}): Promise<(text: string) => Promise<OwnerMatch>> {
  const { teams, directory, actor } = deps;
  const members = await teams.listMembers(actor.teamId);
  const known = new Set(members.map((member) => member.userId));
  const byName = new Map<string, string[]>();
  for (const member of members) {
    if (!member.displayName) continue;
    const key = nameKey(member.displayName);
    byName.set(key, [...(byName.get(key) ?? []), member.userId]);
  }
  const scope = deps.scope ?? (await visibleOwners({ teams, actor }));
  const allowed = (userId: string) => scope === 'all' || scope.includes(userId);
  const cache = new Map<string, Promise<OwnerMatch>>();

  const find = async (text: string): Promise<string | undefined> => {
    const id = MENTION.exec(text)?.[1] ?? TRAILING_ID.exec(text)?.[1];
    if (id) return known.has(id) || id === actor.userId ? id : undefined;
    // A bare "WANG" may be an id or a display name: an id only if a member has it.
    if (BARE_ID.test(text) && (known.has(text) || text === actor.userId)) return text;
    if (EMAIL.test(text)) return directory.userIdByEmail(text.toLowerCase());
    const named = byName.get(nameKey(text));
    return named?.length === 1 ? named[0] : undefined;
  };

  return (text) => {
    const trimmed = text.trim();
    if (!trimmed) return Promise.resolve({ userId: actor.userId });
    let match = cache.get(trimmed);
    if (!match) {
      match = find(trimmed).then((userId): OwnerMatch => {
        if (!userId) return { problem: 'imports.error.ownerUnknown' };
        return allowed(userId) ? { userId } : { problem: 'imports.error.ownerNotAllowed' };
      });
      cache.set(trimmed, match);
    }
    return match;
  };
}
