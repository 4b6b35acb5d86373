import type { KnownBlock } from '@slack/types';
import type { OverdueLine } from '../../../features/ledger/ledger.types.js';
import type { ReceivablesAging } from '../../../features/ledger/ledger-reports.usecases.js';
import type { Translate } from '../../../i18n/index.js';
import { SLACK_LIMITS } from '../../limits.js';
import { userMention } from '../../mrkdwn.js';
import { mrkdwn } from '../blocks.js';
import { agingText, contractTitle, money, overdueLineText } from './ledger-format.js';

const MAX_LINES = 15;

function listed(lines: OverdueLine[], t: Translate, withOwner: boolean): string {
  const shown = lines
    .slice(0, MAX_LINES)
    .map((line) => `• ${withOwner ? `${userMention(line.ownerUserId)} · ` : ''}${overdueLineText(line, t)}`);
  if (lines.length > MAX_LINES) shown.push(t('ledger.overdue.more', { count: lines.length - MAX_LINES }));
  return shown.join('\n');
}

type Message = { text: string; blocks: KnownBlock[] };

/**
 * The rep's morning DMs: their follow-ups (`morning`, if any) with the money overdue on their contracts below. The
 * money joins the follow-ups when it fits Slack's 50 blocks, else it comes as a message of its own: a long list of
 * follow-ups never hides money owed.
 */
export function morningWithMoneyOwed(morning: Message | null, lines: OverdueLine[], t: Translate): Message[] {
  if (lines.length === 0) return morning ? [morning] : [];
  const section: KnownBlock = {
    type: 'section',
    text: mrkdwn(`*${t('ledger.overdue.repTitle')}*\n${listed(lines, t, false)}`),
  };
  const alone = { text: t('ledger.overdue.repTitle'), blocks: [section] };
  if (!morning) return [alone];
  if (morning.blocks.length + 2 > SLACK_LIMITS.messageBlocks) return [morning, alone];
  return [{ ...morning, blocks: [...morning.blocks, { type: 'divider' }, section] }];
}

/** The manager's notice: reports' installments overdue at least the policy's N days. */
export function buildManagerOverdueNotice(input: { lines: OverdueLine[]; days: number; t: Translate }): {
  text: string;
  blocks: KnownBlock[];
} {
  const { t } = input;
  const title = t('ledger.overdue.managerTitle', { days: input.days });
  return {
    text: title,
    blocks: [{ type: 'section', text: mrkdwn(`*${title}*\n${listed(input.lines, t, true)}`) }],
  };
}

/**
 * Receivables aging and the largest overdue contracts, for the team digest and a manager's morning DM: compact
 * mrkdwn that points to `/contract aging` for the table per rep and per customer.
 */
export function agingBlocks(aging: ReceivablesAging, t: Translate): KnownBlock[] {
  if (aging.buckets.length === 0) return [];
  const largest = aging.largest.map(
    (row) =>
      `• ${contractTitle({ number: row.number, customerName: row.customerName })} · ${userMention(row.ownerUserId)} · ${t(
        'ledger.aging.largestLine',
        {
          amount: money(row.overdueMinor, row.currency),
          since: row.oldestDueOn,
        },
      )}`,
  );
  return [
    {
      type: 'section',
      text: mrkdwn(
        `*${t('ledger.aging.title')}*\n${agingText(aging.buckets, t)}${largest.length ? `\n*${t('ledger.aging.largest')}*\n${largest.join('\n')}` : ''}\n${t('aging.pointer')}`,
      ),
    },
  ];
}
