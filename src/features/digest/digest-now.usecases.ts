import type { Clock } from '../../lib/clock.js';
import { type ReceivablesAging, receivablesAging } from '../ledger/ledger-reports.usecases.js';
import type { OverdueRepository } from '../ledger/overdue.repository.js';
import type { OutboxMessage, OutboxWriter } from '../outbox/outbox.types.js';
import { type DigestTargets, digestTargets } from '../targets/digest-targets.usecases.js';
import type { Actor, Team } from '../team/team.types.js';
import type { DigestRepository } from './digest.repository.js';
import type { TeamDigest } from './digest.types.js';
import { postDigestNow, teamDigest } from './digest.usecases.js';

/** The scheduler's kind for the team digest: `/pipeline digest` claims the same runs. */
export const TEAM_DIGEST_KIND = 'digest';

/** Everything the team digest shows in the sales channel, on one local date. */
export interface TeamDigestContent {
  digest: TeamDigest;
  /** Team and reps' targets, and yesterday's plans against what was done. */
  targets: DigestTargets;
  /** Money owed to the team, by age, with the largest overdue contracts. */
  aging: ReceivablesAging;
}

export type TeamDigestContentDeps = Parameters<typeof digestTargets>[0]['deps'] & {
  digest: DigestRepository;
  overdue: OverdueRepository;
};

/** Turns a digest's content into the messages for the channel (the Slack side: src/slack/digest). */
export type ComposeTeamDigest = (input: {
  content: TeamDigestContent;
  team: Team & { salesChannelId: string };
  /** The run key; the messages' idempotency keys derive from it. */
  key: string;
  now: Date;
}) => Promise<OutboxMessage[]>;

/** The team digest of `date` (the team's local date), read for the scheduled digest and `/pipeline digest`. */
export async function teamDigestContent(
  input: TeamDigestContentDeps & { team: Team; date: string; now: Date; digestRead?: TeamDigest },
): Promise<TeamDigestContent> {
  const { team, date } = input;
  const [digest, targets, aging] = await Promise.all([
    input.digestRead ?? teamDigest({ digest: input.digest, team, date, now: input.now }),
    digestTargets({ deps: input, team, date }),
    receivablesAging({ overdue: input.overdue, teamId: team.teamId, owners: 'all', today: date }),
  ]);
  return { digest, targets, aging };
}

/**
 * The scheduler's claims of runs (src/jobs/scheduled-runs.repository.ts, with the scheduler's retry policy), as
 * `/pipeline digest` needs them: it takes today's digest run as the scheduled digest would.
 */
export interface RunClaims {
  claim(run: { kind: string; teamId: string; key: string }, claimedBy: string, now: Date): Promise<boolean>;
  finish(run: { kind: string; teamId: string; key: string }, claimedBy: string, now: Date): Promise<void>;
}

/**
 * `/pipeline digest [force]`, admins only: today's team digest to the sales channel now, through the outbox.
 * It claims today's digest run as the scheduler would, so the scheduled digest does not follow it; a forced
 * repost gets keys of its own, or the outbox would drop it as already sent.
 */
export async function postTeamDigestNow(
  input: TeamDigestContentDeps & {
    outbox: OutboxWriter;
    scheduledRuns: RunClaims;
    clock: Clock;
    actor: Actor;
    team: Team;
    force: boolean;
    compose: ComposeTeamDigest;
  },
): Promise<{ posted: true; channelId: string } | { posted: false; date: string }> {
  const { actor, team, scheduledRuns } = input;
  const now = input.clock.now();
  const claimedBy = `command:${actor.userId}`;
  const run = (key: string) => ({ kind: TEAM_DIGEST_KIND, teamId: team.teamId, key });
  const result = await postDigestNow({
    digest: input.digest,
    actor,
    team,
    force: input.force,
    now,
    claim: (key) => scheduledRuns.claim(run(key), claimedBy, now),
  });
  if (!result.posted) return { posted: false, date: result.date };
  const key = result.forced ? `${result.key}:force:${now.getTime()}` : result.key;
  const content = await teamDigestContent({ ...input, date: result.date, now, digestRead: result.digest });
  const channelTeam = { ...team, salesChannelId: result.channelId };
  await input.outbox.enqueue(await input.compose({ content, team: channelTeam, key, now }));
  if (!result.forced) await scheduledRuns.finish(run(result.key), claimedBy, now);
  return { posted: true, channelId: result.channelId };
}
