import type { KnownBlock } from '@slack/types';
import type { EndOfDayReport } from '../../../features/targets/rep-day.usecases.js';
import { DAY_COUNTS, type PlanVsDone } from '../../../features/targets/targets.types.js';
import type { Translate } from '../../../i18n/index.js';
import { ACTIONS } from '../../ids.js';
import { SLACK_LIMITS } from '../../limits.js';
import { userMention } from '../../mrkdwn.js';
import { mrkdwn, plain } from '../blocks.js';
import { sections } from '../digest/digest-format.js';
import { leadTitle, stageLabel } from '../leads/lead-format.js';
import { countLabel } from './plan-views.js';

/**
 * The end-of-day DM: each count planned against what was logged, and — when something is missing — a few of the
 * rep's open leads with "Log" (the follow-up reminder's log-activity modal) and "New customer record".
 */
export function buildEndOfDay(report: EndOfDayReport, t: Translate): { text: string; blocks: KnownBlock[] } {
  const lines = DAY_COUNTS.map((count) =>
    t('targets.endOfDay.line', {
      mark: report.done[count] >= report.plan[count] ? '✅' : '▫️',
      label: countLabel(count, t),
      done: report.done[count],
      plan: report.plan[count],
    }),
  );
  const blocks: KnownBlock[] = [
    {
      type: 'header',
      text: plain(t('targets.endOfDay.header', { date: report.date }), SLACK_LIMITS.headerText),
    },
    { type: 'section', text: mrkdwn(lines.join('\n')) },
  ];
  const anyMissing = DAY_COUNTS.some((count) => report.missing[count] > 0);
  if (!anyMissing) {
    blocks.push({ type: 'section', text: mrkdwn(t('targets.endOfDay.allDone')) });
    return { text: t('targets.endOfDay.text', { date: report.date }), blocks };
  }
  blocks.push({ type: 'section', text: mrkdwn(t('targets.endOfDay.missing')) });
  for (const lead of report.leads) {
    blocks.push({
      type: 'section',
      text: mrkdwn(`• ${leadTitle(lead)} · ${stageLabel(lead.stage, t)}`),
      accessory: {
        type: 'button',
        action_id: ACTIONS.followUpDone,
        text: plain(t('targets.endOfDay.logOn', { id: lead.id }), SLACK_LIMITS.buttonText),
        value: String(lead.id),
      },
    });
  }
  if (report.missing.newRecords > 0) {
    blocks.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: ACTIONS.homeNewLead,
          text: plain(t('targets.endOfDay.newLead'), SLACK_LIMITS.buttonText),
          value: 'new',
        },
      ],
    });
  }
  return { text: t('targets.endOfDay.text', { date: report.date }), blocks };
}

/** `@rep: Return calls 3/5 · Invitations 1/2 …` per rep, for the manager's morning DM and the team digest. */
export function planVsDoneBlocks(rows: PlanVsDone[], date: string, t: Translate): KnownBlock[] {
  if (rows.length === 0) return [];
  const lines = rows.map((row) => {
    const parts = DAY_COUNTS.map((count) =>
      t('targets.planVsDone.part', {
        label: countLabel(count, t),
        done: row.done[count],
        plan: row.plan[count],
      }),
    ).join(' · ');
    const mark = row.confirmed ? '' : t('targets.planVsDone.suggestedMark');
    return `• ${t('targets.planVsDone.line', { rep: userMention(row.userId), parts })}${mark}`;
  });
  return sections(t('targets.planVsDone.title', { date }), lines);
}
