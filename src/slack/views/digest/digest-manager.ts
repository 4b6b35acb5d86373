import type { KnownBlock } from '@slack/types';
import type { ManagerMorning } from '../../../features/digest/digest.types.js';
import type { Locale, Translate } from '../../../i18n/index.js';
import { SLACK_LIMITS } from '../../limits.js';
import { userMention } from '../../mrkdwn.js';
import { plain } from '../blocks.js';
import { capBlocks, type DigestFormat, leadLine, sections, withMore } from './digest-format.js';
import { approvalLines } from './digest-team.js';

/**
 * The manager's morning DM: approvals on their desk, their team's overdue follow-ups, quiet reps, then `extra`
 * (their reports' plan against what they did).
 */
export function buildManagerMorning(
  morning: ManagerMorning,
  input: { t: Translate; locale: Locale; currency: string; quietDays: number },
  extra: KnownBlock[] = [],
): { text: string; blocks: KnownBlock[] } {
  const { t } = input;
  const f: DigestFormat = input;
  const blocks: KnownBlock[] = [
    {
      type: 'header',
      text: plain(t('digest.manager.title', { date: morning.date }), SLACK_LIMITS.headerText),
    },
  ];
  if (morning.approvals.length) {
    blocks.push(
      ...sections(
        t('digest.manager.approvals', { count: morning.approvals.length }),
        approvalLines(morning.approvals, t, 15),
      ),
    );
  }
  if (morning.overdue.total) {
    const byRep = morning.overdue.byRep
      .map((rep) => t('digest.manager.overdueRep', { rep: userMention(rep.userId), count: rep.count }))
      .join(' · ');
    blocks.push(
      ...sections(t('digest.manager.overdue', { count: morning.overdue.total }), [
        byRep,
        ...withMore(
          morning.overdue.leads.map((lead) => leadLine(lead, f, lead.nextFollowUpOn ?? undefined)),
          morning.overdue.total,
          t,
        ),
      ]),
    );
  }
  if (morning.quietReps.length) {
    blocks.push(
      ...sections(
        t('digest.manager.quiet', {
          days: input.quietDays,
          reps: morning.quietReps.map((rep) => `• ${userMention(rep)}`).join('\n'),
        }),
        [],
      ),
    );
  }
  blocks.push(...extra);
  const text = t('digest.manager.fallback', {
    approvals: morning.approvals.length,
    overdue: morning.overdue.total,
  });
  return { text, blocks: capBlocks(blocks, t) };
}
