import { describe, expect, it } from 'vitest';
import {
  parseChannelMention,
  parseSalesflowCommand,
  parseUserMention,
} from '../../../src/slack/team/salesflow-command-parser.js';

describe('/salesflow command parser', () => {
  it('reads user mentions with and without the display name Slack adds when escaping', () => {
    expect(parseUserMention('<@U123ABC|li.lei>')).toBe('U123ABC');
    expect(parseUserMention('<@U123ABC>')).toBe('U123ABC');
    expect(parseUserMention('<@W0ENTERPRISE|boss>')).toBe('W0ENTERPRISE');
    expect(parseUserMention('@li.lei')).toBeUndefined();
    expect(parseUserMention('<#C123|sales>')).toBeUndefined();
    expect(parseUserMention('<!channel>')).toBeUndefined();
  });

  it('reads channel mentions with and without the channel name', () => {
    expect(parseChannelMention('<#C0SALES|sales>')).toBe('C0SALES');
    expect(parseChannelMention('<#C0SALES>')).toBe('C0SALES');
    expect(parseChannelMention('<#C0SALES|>')).toBe('C0SALES');
    expect(parseChannelMention('#sales')).toBeUndefined();
    expect(parseChannelMention('<@U123>')).toBeUndefined();
  });

  it('sets a role from an escaped or a bare mention, in English or Chinese role names', () => {
    expect(parseSalesflowCommand('role <@U1|ann> manager')).toEqual({
      kind: 'role',
      userId: 'U1',
      role: 'manager',
    });
    expect(parseSalesflowCommand('ROLE <@U1> Admin')).toEqual({ kind: 'role', userId: 'U1', role: 'admin' });
    expect(parseSalesflowCommand('role <@U1> 财务')).toEqual({ kind: 'role', userId: 'U1', role: 'finance' });
  });

  it('sets or clears a reporting line', () => {
    expect(parseSalesflowCommand('reports-to <@U1|rep> <@U2|boss>')).toEqual({
      kind: 'reportsTo',
      userId: 'U1',
      managerUserId: 'U2',
    });
    expect(parseSalesflowCommand('reports-to <@U1> <@U2>')).toMatchObject({ managerUserId: 'U2' });
    expect(parseSalesflowCommand('reports-to <@U1> none')).toEqual({
      kind: 'reportsTo',
      userId: 'U1',
      managerUserId: null,
    });
  });

  it('reads the sales channel, time zone and languages', () => {
    expect(parseSalesflowCommand('channel <#C9|sales>')).toEqual({ kind: 'channel', channelId: 'C9' });
    expect(parseSalesflowCommand('timezone Asia/Shanghai')).toEqual({
      kind: 'timezone',
      timezone: 'Asia/Shanghai',
    });
    expect(parseSalesflowCommand('language zh')).toEqual({ kind: 'language', language: 'zh-CN' });
    expect(parseSalesflowCommand('language EN')).toEqual({ kind: 'language', language: 'en' });
    expect(parseSalesflowCommand('language auto')).toEqual({ kind: 'language', language: null });
    expect(parseSalesflowCommand('me language 中文')).toEqual({ kind: 'myLanguage', language: 'zh-CN' });
    expect(parseSalesflowCommand('me language auto')).toEqual({ kind: 'myLanguage', language: null });
  });

  it('accepts the ideographic space a Chinese keyboard types between words', () => {
    expect(parseSalesflowCommand('language\u3000zh')).toEqual({ kind: 'language', language: 'zh-CN' });
  });

  it('shows the overview for team and settings, and help for help or nothing', () => {
    expect(parseSalesflowCommand('team')).toEqual({ kind: 'overview' });
    expect(parseSalesflowCommand('settings')).toEqual({ kind: 'settings' });
    expect(parseSalesflowCommand('help')).toEqual({ kind: 'help' });
    expect(parseSalesflowCommand('')).toEqual({ kind: 'help' });
    expect(parseSalesflowCommand('帮助')).toEqual({ kind: 'help' });
  });

  it.each([
    'role',
    'role <@U1>',
    'role @ann manager',
    'role <@U1> emperor',
    'role <@U1> manager extra',
    'reports-to <@U1>',
    'reports-to <@U1> boss',
    'channel sales',
    'channel #sales',
    'timezone',
    'timezone <!channel>',
    'timezone Asia/Shanghai extra',
    'language klingon',
    'language',
    'me language',
    'me role admin',
    'team extra',
    'frobnicate',
    'constructor',
    '__proto__',
    'language constructor',
    'role <@U1> toString',
  ])('answers "%s" with the usage text', (input) => {
    expect(parseSalesflowCommand(input)).toEqual({ kind: 'usage', input });
  });

  it('recognises the deal-desk subcommands and hands them their raw arguments', () => {
    expect(parseSalesflowCommand('policy')).toEqual({ kind: 'extension', name: 'policy', args: '' });
    expect(parseSalesflowCommand('delegate <@U2|deputy> until 2025-01-31')).toEqual({
      kind: 'extension',
      name: 'delegate',
      args: '<@U2|deputy> until 2025-01-31',
    });
    expect(parseSalesflowCommand('Audit 42')).toEqual({ kind: 'extension', name: 'audit', args: '42' });
  });

  it('recognises the quote logo subcommand, in English and Chinese, with its remove argument', () => {
    expect(parseSalesflowCommand('logo')).toEqual({ kind: 'extension', name: 'logo', args: '' });
    expect(parseSalesflowCommand('Logo remove')).toEqual({ kind: 'extension', name: 'logo', args: 'remove' });
    expect(parseSalesflowCommand('标志 移除')).toEqual({ kind: 'extension', name: 'logo', args: '移除' });
  });
});
