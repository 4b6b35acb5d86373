import type { Locale } from '../../i18n/index.js';
import type { Clock } from '../../lib/clock.js';
import type { TeamRepository } from '../team/team.repository.js';
import type { Actor } from '../team/team.types.js';
import { localeOf } from '../team/team.usecases.js';
import type { ImportRepository, LeadImport } from './imports.repository.js';

/*
 * An import that stops half-way is marked failed, not left "running" for good: by its own runner when an error
 * stops it, or by a scheduled sweep when its process stopped (a restart, a crash). Its progress message then says
 * so; the leads already written stay, and the same file imported again creates only the rest.
 */

/** Far longer than the largest import takes (10,000 rows in about 6 s), queued behind others included. */
export const IMPORT_STALLED_AFTER_MS = 30 * 60_000;
export const STOPPED_IMPORTS_KIND = 'imports-stopped';

type Deps = { imports: ImportRepository; clock: Clock };

const stalledBefore = (now: Date) => new Date(now.getTime() - IMPORT_STALLED_AFTER_MS);

/** The runner's own import failed: it is marked so (its progress message is updated by the runner). */
export async function failImport(deps: Deps & { actor: Actor; importId: number }): Promise<void> {
  await deps.imports.fail(deps.actor.teamId, deps.importId, deps.clock.now());
}

/** Imports whose process stopped while running them (any team). */
export async function stalledImports(deps: { imports: ImportRepository }, now: Date) {
  return deps.imports.stalled(stalledBefore(now));
}

/** Marks one stalled import failed, once; returns it with its importer's language, or null if it moved on. */
export async function failStalledImport(
  deps: { imports: ImportRepository; teams: TeamRepository },
  input: { teamId: string; importId: number; now: Date },
): Promise<{ record: LeadImport; locale: Locale } | null> {
  const { teamId, importId, now } = input;
  const record = await deps.imports.fail(teamId, importId, now, stalledBefore(now));
  if (!record) return null;
  const team = await deps.teams.ensureTeam(teamId);
  return { record, locale: localeOf(await deps.teams.findMember(teamId, record.userId), team) };
}
