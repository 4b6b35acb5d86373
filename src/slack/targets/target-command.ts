import type { KnownBlock } from '@slack/types';
import type { AppDeps } from '../../deps.js';
import { markHomesDirty } from '../../features/home/home-refresh.usecases.js';
import { planForEditing } from '../../features/targets/daily-plan.usecases.js';
import {
  readTargetSettings,
  setCheckInOptOut,
  updateTargetSettings,
} from '../../features/targets/target-settings.usecases.js';
import type { TargetSettings, TargetSubject } from '../../features/targets/targets.types.js';
import { setTarget, targetsOverview } from '../../features/targets/targets.usecases.js';
import type { Actor, Team } from '../../features/team/team.types.js';
import type { Translate } from '../../i18n/index.js';
import { localDate } from '../../lib/time-zone.js';
import { userMention } from '../mrkdwn.js';
import type { ModalView } from '../views/blocks.js';
import { buildPlanModal } from '../views/targets/plan-views.js';
import { buildTargetsReply, targetsBlocks } from '../views/targets/target-progress.js';
import type { TargetCommand } from './target-command-parser.js';
import { metricLabel, periodLabel, type TargetFormat, valueLabel } from './target-format.js';

export type TargetDepsForSlack = Pick<
  AppDeps,
  | 'targets'
  | 'repNumbers'
  | 'collected'
  | 'teams'
  | 'clock'
  | 'dailyPlans'
  | 'targetSettings'
  | 'homeViews'
  | 'logger'
>;

export type TargetCommandAnswer =
  | { kind: 'reply'; text: string; blocks?: KnownBlock[] }
  | { kind: 'modal'; view: ModalView };

const subjectText = (subject: TargetSubject, t: Translate) =>
  subject.kind === 'team' ? t('targets.command.team') : userMention(subject.userId);

function settingsText(settings: TargetSettings, t: Translate): string {
  const onOff = (on: boolean) => t(on ? 'targets.command.on' : 'targets.command.off');
  return t('targets.command.settings', {
    checkIn: onOff(settings.checkInEnabled),
    endOfDay: settings.endOfDayTime,
    milestones: onOff(settings.milestonesEnabled),
    leaderboard: onOff(settings.weeklyLeaderboardEnabled),
  });
}

/**
 * What `/target …` answers, privately: targets and progress, a target set or removed, the settings, or the plan
 * modal to open. Authorization is the use cases'; their errors reach the listener, which words them.
 */
export async function answerTargetCommand(input: {
  deps: TargetDepsForSlack;
  actor: Actor;
  team: Team;
  t: Translate;
  command: TargetCommand;
}): Promise<TargetCommandAnswer> {
  const { deps, actor, team, t, command } = input;
  const f: TargetFormat = { t, locale: actor.locale, currency: team.currency };
  switch (command.kind) {
    case 'help':
      return { kind: 'reply', text: t('targets.command.usage') };
    case 'show': {
      const overview = await targetsOverview({ deps, actor, team, subject: command.subject });
      return { kind: 'reply', ...buildTargetsReply(overview, f, actor.userId) };
    }
    case 'set': {
      const result = await setTarget({ deps, actor, team, ...command });
      const { subject } = command;
      await markHomesDirty({
        ...deps,
        teamId: team.teamId,
        change:
          subject.kind === 'team' ? { kind: 'teamTarget' } : { kind: 'target', ownerUserId: subject.userId },
      });
      const params = {
        subject: subjectText(command.subject, t),
        metric: metricLabel(command.metric, t),
        period: periodLabel(command.period, t),
      };
      if (result.kind === 'removed') {
        const key = result.existed ? 'targets.command.removed' : 'targets.command.nothingToRemove';
        return { kind: 'reply', text: t(key, params) };
      }
      const value = valueLabel(command.metric, result.progress.target.value, f);
      return { kind: 'reply', text: t('targets.command.set', { ...params, value }) };
    }
    case 'plan': {
      const date = localDate(deps.clock.now(), actor.timezone);
      const plan = await planForEditing({ deps, actor, team, date });
      return { kind: 'modal', view: buildPlanModal({ ...plan, t }) };
    }
    case 'checkIn': {
      await setCheckInOptOut({ ...deps, actor, optOut: !command.on });
      return { kind: 'reply', text: t(command.on ? 'targets.command.optedIn' : 'targets.command.optedOut') };
    }
    case 'settings': {
      const settings = command.changes
        ? await updateTargetSettings({ ...deps, actor, changes: command.changes })
        : await readTargetSettings({ ...deps, actor });
      return { kind: 'reply', text: settingsText(settings, t) };
    }
  }
}

/** The App Home's targets section: the viewer's own targets and the team's, or nothing when none are set. */
export async function homeTargetBlocks(input: {
  deps: TargetDepsForSlack;
  actor: Actor;
  team: Team;
  t: Translate;
}): Promise<KnownBlock[]> {
  const { deps, actor, team, t } = input;
  const overview = await targetsOverview({ deps, actor, team });
  return targetsBlocks(overview, { t, locale: actor.locale, currency: team.currency }, actor.userId);
}
