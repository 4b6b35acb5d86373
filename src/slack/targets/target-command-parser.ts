import type {
  TargetMetric,
  TargetPeriod,
  TargetSettingsChanges,
  TargetSubject,
} from '../../features/targets/targets.types.js';

import { findMoneyWords } from '../../lib/parse/money-argument.js';

export type TargetCommand =
  | { kind: 'show'; subject?: TargetSubject }
  | { kind: 'set'; subject: TargetSubject; value: string; metric: TargetMetric; period: TargetPeriod }
  | { kind: 'plan' }
  | { kind: 'checkIn'; on: boolean }
  | { kind: 'settings'; changes?: TargetSettingsChanges }
  | { kind: 'help' };

/** A mention as Slack escapes it in a command (`<@U123|name>` or `<@U123>`). */
const MENTION = /^<@([UW][A-Z0-9_]+)(?:\|[^>]*)?>$/;

const METRIC_WORDS: Record<string, TargetMetric> = {
  won: 'won',
  成交额: 'won',
  签单: 'won',
  collected: 'collected',
  回款: 'collected',
  calls: 'returnCalls',
  returncalls: 'returnCalls',
  return_calls: 'returnCalls',
  回访: 'returnCalls',
  invitations: 'invitations',
  invites: 'invitations',
  邀约: 'invitations',
  visits: 'visits',
  拜访: 'visits',
  records: 'newRecords',
  new_records: 'newRecords',
  留档: 'newRecords',
  deals: 'deals',
  成交: 'deals',
};
const PERIOD_WORDS: Record<string, TargetPeriod> = {
  day: 'day',
  daily: 'day',
  日: 'day',
  天: 'day',
  每天: 'day',
  week: 'week',
  weekly: 'week',
  周: 'week',
  每周: 'week',
  month: 'month',
  monthly: 'month',
  月: 'month',
  每月: 'month',
  quarter: 'quarter',
  quarterly: 'quarter',
  季度: 'quarter',
  每季度: 'quarter',
  year: 'year',
  yearly: 'year',
  年: 'year',
  每年: 'year',
};
const ON = new Set(['on', 'yes', '开', '开启']);
const OFF = new Set(['off', 'no', '关', '关闭']);

function toggle(word: string | undefined): boolean | undefined {
  const lower = word?.toLowerCase() ?? '';
  return ON.has(lower) ? true : OFF.has(lower) ? false : undefined;
}

function subjectOf(word: string): TargetSubject | undefined {
  const mention = MENTION.exec(word)?.[1];
  if (mention) return { kind: 'rep', userId: mention };
  return word.toLowerCase() === 'team' || word === '团队' ? { kind: 'team' } : undefined;
}

function parseSettings(rest: string[]): TargetCommand {
  if (rest.length === 0) return { kind: 'settings' };
  if (rest.length !== 2) return { kind: 'help' };
  const [name = '', value = ''] = rest;
  const key = name.toLowerCase();
  if (key === 'endofday' || key === 'end_of_day' || key === '小结') {
    return { kind: 'settings', changes: { endOfDayTime: value } };
  }
  const on = toggle(value);
  if (on === undefined) return { kind: 'help' };
  if (key === 'checkin' || key === '晨间计划') return { kind: 'settings', changes: { checkInEnabled: on } };
  if (key === 'milestones' || key === '里程碑')
    return { kind: 'settings', changes: { milestonesEnabled: on } };
  if (key === 'leaderboard' || key === '排行榜')
    return { kind: 'settings', changes: { weeklyLeaderboardEnabled: on } };
  return { kind: 'help' };
}

/**
 * `/target`, `/target @rep|team`, `/target @rep|team <value> [period] [metric]` (the last two in any order),
 * `/target plan`, `/target checkin on|off`, `/target settings [<name> <value>]`, `/target help`; Chinese words too.
 * Amount targets default to won per month, activity counts to per day.
 */
export function parseTargetCommand(raw: string): TargetCommand {
  const words = raw.trim().split(/\s+/).filter(Boolean);
  const [first = '', ...rest] = words;
  const word = first.toLowerCase();
  if (word === '') return { kind: 'show' };
  if (rest.length === 0 && (word === 'plan' || word === '计划')) return { kind: 'plan' };
  if (word === 'checkin' || word === '晨间计划') {
    const on = toggle(rest[0]);
    return rest.length === 1 && on !== undefined ? { kind: 'checkIn', on } : { kind: 'help' };
  }
  if (word === 'settings' || word === '设置') return parseSettings(rest);
  const subject = subjectOf(first);
  if (!subject) return { kind: 'help' };
  if (rest.length === 0) return { kind: 'show', subject };
  // An amount keeps a currency or magnitude written apart (`500 USD`, `USD 500`, `30 万`) for the money reader.
  const found = findMoneyWords(rest);
  const valueEnd = found?.start === 0 ? found.end : 1;
  const value = rest.slice(0, valueEnd).join(' ');
  const options = rest.slice(valueEnd);
  let metric: TargetMetric | undefined;
  let period: TargetPeriod | undefined;
  for (const option of options) {
    const lower = option.toLowerCase();
    const asMetric = METRIC_WORDS[lower];
    const asPeriod = PERIOD_WORDS[lower];
    if (asMetric && !metric) metric = asMetric;
    else if (asPeriod && !period) period = asPeriod;
    else return { kind: 'help' };
  }
  const amount = metric === undefined || metric === 'won' || metric === 'collected';
  return {
    kind: 'set',
    subject,
    value,
    metric: metric ?? 'won',
    period: period ?? (amount ? 'month' : 'day'),
  };
}
