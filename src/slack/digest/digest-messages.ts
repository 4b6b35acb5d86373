import type { KnownBlock } from '@slack/types';
import type { ManagerMorning, TeamDigest, WeeklySummary } from '../../features/digest/digest.types.js';
import type { ComposeTeamDigest } from '../../features/digest/digest-now.usecases.js';
import type { OutboxMessage } from '../../features/outbox/outbox.types.js';
import type { Team } from '../../features/team/team.types.js';
import { type Locale, type Translate, toLocale, translator } from '../../i18n/index.js';
import { pipelineChartInput } from '../views/digest/digest-chart.js';
import { buildManagerMorning } from '../views/digest/digest-manager.js';
import { buildTeamDigest } from '../views/digest/digest-team.js';
import { buildWeeklySummary } from '../views/digest/digest-weekly.js';
import { digestTargetBlocks } from '../views/targets/target-progress.js';
import { withAging } from './aging-sections.js';
import { channelPostWithChart } from './channel-post.js';

/** The sales channel reads the team's language when an admin chose one, English otherwise. */
export const channelLocale = (team: Team): Locale => toLocale(team.language) ?? 'en';

/** The team digest as outbox messages: the message, then its chart as a PNG for a team that wants images. */
export async function teamDigestMessages(input: {
  team: Team & { salesChannelId: string };
  digest: TeamDigest;
  key: string;
  now: Date;
  /** More sections in the channel's language (targets, plans), placed before the approvals. */
  extra?: (t: Translate, locale: Locale) => KnownBlock[];
}): Promise<OutboxMessage[]> {
  const { team, digest } = input;
  const locale = channelLocale(team);
  const t = translator(locale);
  return channelPostWithChart({
    ...input,
    message: buildTeamDigest(digest, t, locale, input.extra?.(t, locale)),
    image: () => ({
      chart: pipelineChartInput(digest, t, locale),
      filename: `pipeline-${digest.date}.png`,
      title: t('digest.chart.fileTitle', { date: digest.date }),
    }),
  });
}

/**
 * The team digest with everything it shows: the numbers and chart, the targets (before the approvals) and the
 * receivables aging. The scheduled digest and `/pipeline digest` both send this.
 */
export const composeTeamDigest: ComposeTeamDigest = async ({ content, team, key, now }) => {
  const t = translator(channelLocale(team));
  const messages = await teamDigestMessages({
    team,
    digest: content.digest,
    key,
    now,
    extra: (tr, locale) => digestTargetBlocks(content.targets, { t: tr, locale, currency: team.currency }),
  });
  return withAging(messages, content.aging, t);
};

/** One DM per manager with something to act on, each in the manager's own language. */
export function managerMorningMessages(input: {
  team: Team;
  mornings: ManagerMorning[];
  now: Date;
  key: string;
  /** More sections for one manager's DM, in the manager's language (their reports' plans). */
  extra?: (managerUserId: string, t: Translate, locale: Locale) => KnownBlock[];
}): OutboxMessage[] {
  const { team, key } = input;
  const messages: OutboxMessage[] = [];
  for (const morning of input.mornings) {
    const { locale } = morning;
    const t = translator(locale);
    const view = buildManagerMorning(
      morning,
      { t, locale, currency: team.currency, quietDays: team.quietWorkingDays },
      input.extra?.(morning.managerUserId, t, locale),
    );
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

export function weeklySummaryMessages(input: {
  team: Team & { salesChannelId: string };
  summary: WeeklySummary;
  key: string;
  now: Date;
}): OutboxMessage[] {
  const { team } = input;
  const locale = channelLocale(team);
  const view = buildWeeklySummary(input.summary, translator(locale), locale);
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
