import type { KnownBlock } from '@slack/types';
import type { DueList } from '../../../features/followups/followups.usecases.js';
import type { DailyPlan } from '../../../features/targets/targets.types.js';
import type { Translate } from '../../../i18n/index.js';
import { capBlocks } from '../digest/digest-format.js';
import { buildFollowUpReminder } from '../followups/follow-up-reminder.js';
import { buildCheckInBlocks, buildPlanMessage } from './plan-views.js';

/**
 * The rep's morning DM: today's plan first (when the check-in applies), then the follow-ups due. Null when there
 * is neither: no plan to make and nothing due sends nothing, as before the check-in existed.
 */
export function buildMorningDm(input: {
  list: DueList;
  plan: DailyPlan | null;
  t: Translate;
}): { text: string; blocks: KnownBlock[] } | null {
  const { list, plan, t } = input;
  const due = list.overdue.length + list.today.length > 0;
  if (!plan) return due ? buildFollowUpReminder({ list, t }) : null;
  if (!due) return buildPlanMessage(plan, t);
  const reminder = buildFollowUpReminder({ list, t });
  return { text: reminder.text, blocks: capBlocks([...buildCheckInBlocks(plan, t), ...reminder.blocks], t) };
}
