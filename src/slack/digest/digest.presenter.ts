import type { AppDeps } from '../../deps.js';
import type { DigestRepository } from '../../features/digest/digest.repository.js';
import type { TeamDigest } from '../../features/digest/digest.types.js';
import {
  managerMornings,
  type PipelineTarget,
  pipelineFor,
  postDigestNow,
  QUIET_WORKING_DAYS,
  weeklySummary,
} from '../../features/digest/digest.usecases.js';
import type { TeamRepository } from '../../features/team/team.repository.js';
import type { Actor, Team } from '../../features/team/team.types.js';
import { localeOf } from '../../features/team/team.usecases.js';
import { type Locale, type Translate, toLocale, translator } from '../../i18n/index.js';
import { DEFAULT_CLAIM_POLICY } from '../../jobs/scheduler.js';
import type { OutboxMessage } from '../../jobs/scheduler.types.js';
import { channelMention, userMention } from '../mrkdwn.js';
import { pipelineChartInput } from '../views/digest/digest-chart.js';
import { buildManagerMorning } from '../views/digest/digest-manager.js';
import { buildPipelineReply } from '../views/digest/digest-pipeline.js';
import { buildTeamDigest } from '../views/digest/digest-team.js';
import { buildWeeklySummary } from '../views/digest/digest-weekly.js';

/** The sales channel reads the team's language when an admin chose one, English otherwise. */
export const channelLocale = (team: Team): Locale => toLocale(team.language) ?? 'en';

/**
 * The team digest as outbox messages: the message, then the pipeline chart as a PNG in the same channel.
 * Idempotency keys derive from `key`, so re-running a run enqueues nothing twice.
 */
export async function teamDigestMessages(input: {
  team: Team & { salesChannelId: string };
  digest: TeamDigest;
  key: string;
  /** Due from this instant (the app's clock, not the database's). */
  now: Date;
}): Promise<OutboxMessage[]> {
  const { team, digest, key, now } = input;
  const locale = channelLocale(team);
  const t = translator(locale);
  const message = buildTeamDigest(digest, t, locale);
  // Loaded on first use: the chart renderer (Skia and its fonts) is ~20 MB an idle instance does not need.
  const { renderPipelineChart } = await import('../../features/digest/pipeline-chart.js');
  const png = await renderPipelineChart(pipelineChartInput(digest, t, locale));
  const channel = team.salesChannelId;
  return [
    {
      teamId: team.teamId,
      idempotencyKey: `${key}:message`,
      method: 'chat.postMessage',
      payload: { channel, text: message.text, blocks: message.blocks, unfurl_links: false },
      notBefore: now,
    },
    {
      teamId: team.teamId,
      idempotencyKey: `${key}:chart`,
      method: 'files.uploadV2',
      payload: {
        channel_id: channel,
        file_base64: png.toString('base64'),
        filename: `pipeline-${digest.date}.png`,
        title: t('digest.chart.fileTitle', { date: digest.date }),
      },
      notBefore: now,
    },
  ];
}

/** One DM per manager with something to act on, each in the manager's own language. */
export async function managerMorningMessages(input: {
  digest: DigestRepository;
  teams: TeamRepository;
  team: Team;
  date: string;
  now: Date;
  key: string;
}): Promise<OutboxMessage[]> {
  const { team, key } = input;
  const mornings = await managerMornings(input);
  const messages: OutboxMessage[] = [];
  for (const morning of mornings) {
    const member = await input.teams.findMember(team.teamId, morning.managerUserId);
    const locale = localeOf(member, team);
    const view = buildManagerMorning(morning, {
      t: translator(locale),
      locale,
      currency: team.currency,
      quietDays: QUIET_WORKING_DAYS,
    });
    messages.push({
      teamId: team.teamId,
      idempotencyKey: `${key}:${morning.managerUserId}`,
      method: 'chat.postMessage',
      payload: { channel: morning.managerUserId, text: view.text, blocks: view.blocks },
      notBefore: input.now,
    });
  }
  return messages;
}

export async function weeklySummaryMessages(input: {
  digest: DigestRepository;
  team: Team & { salesChannelId: string };
  monday: string;
  key: string;
  now: Date;
}): Promise<OutboxMessage[]> {
  const { team } = input;
  const locale = channelLocale(team);
  const view = buildWeeklySummary(await weeklySummary(input), translator(locale), locale);
  return [
    {
      teamId: team.teamId,
      idempotencyKey: `${input.key}:message`,
      method: 'chat.postMessage',
      payload: { channel: team.salesChannelId, text: view.text, blocks: view.blocks, unfurl_links: false },
      notBefore: input.now,
    },
  ];
}

/**
 * `/pipeline digest [force]`: claims today's digest run (as the scheduler would), enqueues the digest and
 * returns the caller's private reply. A forced repost gets keys of its own, or the outbox would drop it.
 */
export async function postDigestNowReply(input: {
  deps: Pick<AppDeps, 'digest' | 'outbox' | 'scheduledRuns' | 'clock'>;
  actor: Actor;
  team: Team;
  t: Translate;
  force: boolean;
}): Promise<string> {
  const { deps, actor, team, t } = input;
  const now = deps.clock.now();
  const claimedBy = `command:${actor.userId}`;
  const run = (key: string) => ({ kind: 'digest', teamId: team.teamId, key });
  const result = await postDigestNow({
    digest: deps.digest,
    actor,
    team,
    force: input.force,
    now,
    claim: (key) => deps.scheduledRuns.claim(run(key), claimedBy, now, DEFAULT_CLAIM_POLICY),
  });
  if (!result.posted) return t('digest.command.alreadyPosted', { date: result.date });
  const key = result.forced ? `${result.key}:force:${now.getTime()}` : result.key;
  const channelTeam = { ...team, salesChannelId: result.channelId };
  await deps.outbox.enqueue(await teamDigestMessages({ team: channelTeam, digest: result.digest, key, now }));
  if (!result.forced) await deps.scheduledRuns.finish(run(result.key), claimedBy, now);
  return t('digest.command.posted', { channel: channelMention(result.channelId) });
}

/** `/pipeline [me|team|@user]`: the numbers the caller may see, as a private reply. */
export async function pipelineReply(input: {
  deps: Pick<AppDeps, 'digest' | 'teams' | 'clock'>;
  actor: Actor;
  team: Team;
  t: Translate;
  target: PipelineTarget | 'default';
}) {
  const { deps, actor, team, t } = input;
  const { target, numbers } = await pipelineFor({
    digest: deps.digest,
    teams: deps.teams,
    actor,
    team,
    target: input.target,
    now: deps.clock.now(),
  });
  const title =
    target.kind === 'me'
      ? t('digest.command.titleMe')
      : target.kind === 'team'
        ? t('digest.command.titleTeam')
        : t('digest.command.titleUser', { user: userMention(target.userId) });
  return buildPipelineReply(numbers, { title, t, locale: actor.locale });
}
