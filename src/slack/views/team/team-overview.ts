import type { KnownBlock } from '@slack/types';
import type { Member, Team } from '../../../features/team/team.types.js';
import { ROLES } from '../../../features/team/team.types.js';
import { type Translate, toLocale } from '../../../i18n/index.js';
import { SLACK_LIMITS } from '../../limits.js';
import { channelMention, escapeMrkdwn, userMention } from '../../mrkdwn.js';
import { mrkdwn, plain } from '../blocks.js';

/** Room left for the header, settings and notes; the rest of the 50 blocks hold roles and reporting lines. */
const LIST_BLOCK_BUDGET = SLACK_LIMITS.messageBlocks - 8;

/**
 * Packs lines into as few sections as Slack's 3,000-character limit allows, and stops (with "…and N more")
 * when the block budget runs out, so a team of any size renders.
 */
export function packLines(lines: string[], maxBlocks: number, t: Translate): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  let current = '';
  const max = SLACK_LIMITS.sectionText;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    if (current && current.length + 1 + line.length <= max) {
      current += `\n${line}`;
      continue;
    }
    if (current) blocks.push({ type: 'section', text: mrkdwn(current) });
    if (blocks.length === maxBlocks - 1 && index < lines.length) {
      blocks.push({
        type: 'context',
        elements: [mrkdwn(t('team.overview.more', { count: lines.length - index }))],
      });
      return blocks;
    }
    current = line;
  }
  if (current) blocks.push({ type: 'section', text: mrkdwn(current) });
  return blocks;
}

export function buildTeamOverview(input: {
  team: Team;
  members: Member[];
  /** The revisit policy (days after delivery; empty = off), when known. */
  revisitDays?: number[];
  canEdit: boolean;
  t: Translate;
  /** Undefined: not shown; null: none named (each request goes to the customer's rep). */
  serviceOwnerUserId?: string | null;
}): {
  text: string;
  blocks: KnownBlock[];
} {
  const { team, members, t } = input;
  const notSet = t('team.overview.notSet');
  const language = toLocale(team.language);
  const settings = [
    t('team.overview.channel', { value: team.salesChannelId ? channelMention(team.salesChannelId) : notSet }),
    t('team.overview.timezone', { value: escapeMrkdwn(team.timezone) }),
    t('team.overview.language', { value: t(language ? `team.language.${language}` : 'team.language.auto') }),
    ...(input.revisitDays
      ? [
          t('revisits.overview', {
            value: input.revisitDays.length
              ? t('revisits.overview.days', { days: input.revisitDays.join(', ') })
              : t('revisits.overview.off'),
          }),
        ]
      : []),
    ...(input.serviceOwnerUserId === undefined
      ? []
      : [
          t('service.owner.overview', {
            value: input.serviceOwnerUserId ? userMention(input.serviceOwnerUserId) : t('service.owner.none'),
          }),
        ]),
  ];
  const roleLines = ROLES.filter((role) => role !== 'rep').flatMap((role) => {
    // Slack workspace admins and owners are Salesflow admins whatever their role; list them where people look.
    const holders = members.filter(
      (member) =>
        member.role === role || (role === 'admin' && member.isWorkspaceAdmin && member.role === 'rep'),
    );
    if (holders.length === 0) return [];
    // At most 100 mentions a line (~1,500 characters), so no line is ever cut inside a mention.
    const lines: string[] = [];
    for (let start = 0; start < holders.length; start += 100) {
      const chunk = holders.slice(start, start + 100).map((member) => userMention(member.userId));
      lines.push(`*${t(`team.role.${role}`)}:* ${chunk.join(', ')}`);
    }
    return lines;
  });
  const reportingLines = members
    .filter((member) => member.managerUserId)
    .map((member) =>
      t('team.overview.reportsTo', {
        user: userMention(member.userId),
        manager: userMention(member.managerUserId as string),
      }),
    );
  const half = Math.floor(LIST_BLOCK_BUDGET / 2);
  const blocks: KnownBlock[] = [
    { type: 'header', text: plain(t('team.overview.title'), SLACK_LIMITS.headerText) },
    { type: 'section', text: mrkdwn(settings.join('\n')) },
    { type: 'divider' },
    { type: 'section', text: mrkdwn(t('team.overview.roles')) },
    ...(roleLines.length > 0
      ? packLines(roleLines, half, t)
      : [{ type: 'context' as const, elements: [mrkdwn(t('team.overview.noRoles'))] }]),
    { type: 'section', text: mrkdwn(t('team.overview.reportingLines')) },
    ...(reportingLines.length > 0
      ? packLines(reportingLines, LIST_BLOCK_BUDGET - half, t)
      : [{ type: 'context' as const, elements: [mrkdwn(t('team.overview.noReportingLines'))] }]),
    {
      type: 'context',
      elements: [mrkdwn(t(input.canEdit ? 'team.overview.adminHint' : 'team.overview.readOnly'))],
    },
  ];
  return { text: t('team.overview.title'), blocks };
}
