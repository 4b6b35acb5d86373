import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findRepositoryReach, type RepositoryReach } from './repository-reach.js';

/*
 * DESIGN.md rule 15: the Slack side reaches data only through use cases — no repository call, not even through
 * `deps`. The import rule (layout.test.ts) cannot see a repository that arrives inside `deps`; this check asks
 * the TypeScript checker instead. Scratch files that break the rule in each way a change could are checked in
 * the same program, to prove the check fires (and one that keeps the rule, to prove it does not cry wolf).
 */

const SCRATCH = 'src/slack/__scratch__';
const header = "import type { AppDeps } from '../../deps.js';\n";
const scratch: Record<string, string> = {
  [`${SCRATCH}/call.ts`]: `${header}export const f = (deps: AppDeps) => deps.teams.findMember('T1', 'U1');\n`,
  [`${SCRATCH}/destructured.ts`]: `${header}export function f(deps: AppDeps) {\n  const { teams } = deps;\n  return teams.listMembers('T1');\n}\n`,
  [`${SCRATCH}/renamed.ts`]: `${header}export function f(deps: AppDeps) {\n  const { outbox: box } = deps;\n  return box.enqueue([]);\n}\n`,
  [`${SCRATCH}/aliased.ts`]: `${header}export function f(deps: AppDeps) {\n  const d = deps;\n  const r = d.leads;\n  return r;\n}\n`,
  [`${SCRATCH}/indexed.ts`]: `${header}export const f = (deps: AppDeps) => deps['contracts'];\n`,
  [`${SCRATCH}/passed-on.ts`]: `${header}import type { Team } from '../../features/team/team.types.js';\nimport { memberLocale } from '../../features/team/team.usecases.js';\n\nexport const f = (deps: AppDeps, team: Team) => memberLocale({ teams: deps.teams, team, userId: 'U1' });\n`,
  [`${SCRATCH}/parameter.ts`]: `${header}export const f = ({ needs }: AppDeps) => needs;\n`,
  [`${SCRATCH}/narrowed.ts`]: `${header}export const f = (teams: Pick<AppDeps['teams'], 'findMember'>) => teams.findMember('T1', 'U1');\n`,
  [`${SCRATCH}/background.ts`]: `${header}export const f = (deps: AppDeps) => deps.background().payments;\n`,
  [`${SCRATCH}/database.ts`]: `${header}export const f = (deps: AppDeps) => deps.database.close();\n`,
  [`${SCRATCH}/allowed.ts`]: `${header}import type { Team } from '../../features/team/team.types.js';\nimport { memberLocale } from '../../features/team/team.usecases.js';\n\n// Handing the whole of deps to a use case names no repository; clock, logger and queues are not data.\nexport async function f(deps: AppDeps, team: Team) {\n  deps.logger.info({ at: deps.clock.now() }, 'x');\n  await deps.afterAck.idle();\n  return memberLocale({ ...deps, team, userId: 'U1' });\n}\n`,
};

describe('the Slack side reaches the database only through use cases (DESIGN.md, rule 15)', () => {
  let reach: RepositoryReach[] = [];

  beforeAll(() => {
    reach = findRepositoryReach(path.resolve('.'), scratch);
  }, 240_000);

  it('no file under src/slack calls a repository, destructures one from deps or hands one on', () => {
    expect(reach.filter((found) => !found.file.startsWith(SCRATCH))).toEqual([]);
  });

  it.each([
    ['call.ts', 'deps.teams'],
    ['destructured.ts', 'teams'],
    ['renamed.ts', 'box'],
    ['aliased.ts', 'd.leads'],
    ['indexed.ts', "deps['contracts']"],
    ['passed-on.ts', 'deps.teams'],
    ['parameter.ts', 'needs'],
    ['narrowed.ts', 'teams'],
    ['background.ts', 'deps.background().payments'],
    ['database.ts', 'deps.database'],
  ])('the check fires on a scratch file that reaches a repository (%s: %s)', (file, text) => {
    const found = reach.filter((one) => one.file === `${SCRATCH}/${file}`);
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((one) => one.text)).toContain(text);
  });

  it('the check lets a file be that hands the whole of deps to a use case', () => {
    expect(reach.filter((one) => one.file === `${SCRATCH}/allowed.ts`)).toEqual([]);
  });
});
