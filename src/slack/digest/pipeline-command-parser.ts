import type { PipelineTarget } from '../../features/digest/digest.usecases.js';

export type PipelineCommand =
  | { kind: 'show'; target: PipelineTarget | 'default' }
  | { kind: 'digest'; force: boolean }
  | { kind: 'leaderboard'; period: 'week' | 'month' }
  | { kind: 'help' };

/** A mention as Slack escapes it in a command (`<@U123|name>` or `<@U123>`). */
const MENTION = /^<@([UW][A-Z0-9_]+)(?:\|[^>]*)?>$/;

/**
 * `/pipeline`, `/pipeline me|team|@user`, `/pipeline digest [force]`, `/pipeline leaderboard [week|month]`,
 * `/pipeline help`; Chinese words too.
 */
export function parsePipelineCommand(raw: string): PipelineCommand {
  const words = raw.trim().split(/\s+/).filter(Boolean);
  const [first = '', ...rest] = words;
  const word = first.toLowerCase();
  if (word === '') return { kind: 'show', target: 'default' };
  if (rest.length === 0 && (word === 'me' || word === 'mine' || word === '我')) {
    return { kind: 'show', target: { kind: 'me' } };
  }
  if (rest.length === 0 && (word === 'team' || word === '团队'))
    return { kind: 'show', target: { kind: 'team' } };
  const mention = MENTION.exec(first)?.[1];
  if (mention && rest.length === 0) return { kind: 'show', target: { kind: 'user', userId: mention } };
  if (word === 'leaderboard' || word === '排行榜') {
    const [period = 'week', ...extra] = rest.map((w) => w.toLowerCase());
    if (extra.length === 0 && (period === 'week' || period === '周' || period === '本周')) {
      return { kind: 'leaderboard', period: 'week' };
    }
    if (extra.length === 0 && (period === 'month' || period === '月' || period === '本月')) {
      return { kind: 'leaderboard', period: 'month' };
    }
    return { kind: 'help' };
  }
  if (word === 'digest' || word === '日报') {
    const flags = rest.map((w) => w.toLowerCase());
    if (flags.length === 0) return { kind: 'digest', force: false };
    if (flags.length === 1 && (flags[0] === 'force' || flags[0] === '强制'))
      return { kind: 'digest', force: true };
  }
  return { kind: 'help' };
}
