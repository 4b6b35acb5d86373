import { describe, expect, it } from 'vitest';
import { parseTargetCommand } from '../../../src/slack/targets/target-command-parser.js';

describe('/target', () => {
  it('alone shows your own targets; with a mention or "team", theirs', () => {
    expect(parseTargetCommand('')).toEqual({ kind: 'show' });
    expect(parseTargetCommand('<@U123|wang>')).toEqual({
      kind: 'show',
      subject: { kind: 'rep', userId: 'U123' },
    });
    expect(parseTargetCommand('team')).toEqual({ kind: 'show', subject: { kind: 'team' } });
    expect(parseTargetCommand('团队')).toEqual({ kind: 'show', subject: { kind: 'team' } });
  });

  it('sets an amount target: won per month unless told otherwise, options in any order', () => {
    expect(parseTargetCommand('<@U1> 50万')).toEqual({
      kind: 'set',
      subject: { kind: 'rep', userId: 'U1' },
      value: '50万',
      metric: 'won',
      period: 'month',
    });
    expect(parseTargetCommand('team 1.5m collected quarter')).toMatchObject({
      subject: { kind: 'team' },
      value: '1.5m',
      metric: 'collected',
      period: 'quarter',
    });
    expect(parseTargetCommand('<@U1> 300000 年 回款')).toMatchObject({ metric: 'collected', period: 'year' });
  });

  it('sets an activity target per day unless a week is named', () => {
    expect(parseTargetCommand('<@U1> 20 calls')).toMatchObject({
      value: '20',
      metric: 'returnCalls',
      period: 'day',
    });
    expect(parseTargetCommand('<@U1> 5 拜访 每周')).toMatchObject({ metric: 'visits', period: 'week' });
    expect(parseTargetCommand('<@U1> 3 留档')).toMatchObject({ metric: 'newRecords', period: 'day' });
    expect(parseTargetCommand('<@U1> 1 成交 week')).toMatchObject({ metric: 'deals', period: 'week' });
  });

  it('answers plan, the check-in switch and the settings', () => {
    expect(parseTargetCommand('plan')).toEqual({ kind: 'plan' });
    expect(parseTargetCommand('checkin off')).toEqual({ kind: 'checkIn', on: false });
    expect(parseTargetCommand('晨间计划 开启')).toEqual({ kind: 'checkIn', on: true });
    expect(parseTargetCommand('settings')).toEqual({ kind: 'settings' });
    expect(parseTargetCommand('settings milestones on')).toEqual({
      kind: 'settings',
      changes: { milestonesEnabled: true },
    });
    expect(parseTargetCommand('settings endofday 17:30')).toEqual({
      kind: 'settings',
      changes: { endOfDayTime: '17:30' },
    });
    expect(parseTargetCommand('设置 排行榜 关')).toEqual({
      kind: 'settings',
      changes: { weeklyLeaderboardEnabled: false },
    });
  });

  it('falls back to help for anything else', () => {
    for (const text of [
      'help',
      'U123 5',
      '<@U1> 5 calls calls',
      '<@U1> 5 fortnight',
      'checkin maybe',
      'settings x y',
    ])
      expect(parseTargetCommand(text)).toEqual({ kind: 'help' });
  });
});
