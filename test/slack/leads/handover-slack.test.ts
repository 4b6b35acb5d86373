import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/index.js';
import {
  decodeHandoverValue,
  encodeHandoverValue,
  parseHandoverArgs,
  parseInboundArgs,
  parseOwnerCommand,
} from '../../../src/slack/leads/handover-command-parser.js';
import { handoverMessages, reassignmentMessages } from '../../../src/slack/leads/handover-messages.js';
import { buildHandoverPreview } from '../../../src/slack/views/leads/handover-preview.js';
import { sampleLead } from '../../fixtures/leads.js';
import { slackLimitViolations } from '../../helpers/view-limits.js';

type Surface = Parameters<typeof slackLimitViolations>[0];

describe('handover and inbound commands', () => {
  it('reads `/lead #42 owner @user` in English and Chinese, and nothing looser', () => {
    expect(parseOwnerCommand('#42 owner <@U123|li>')).toEqual({ leadId: 42, toUserId: 'U123' });
    expect(parseOwnerCommand('#42 负责人 <@U123>')).toEqual({ leadId: 42, toUserId: 'U123' });
    expect(parseOwnerCommand('42 owner <@U123>')).toBeUndefined();
    expect(parseOwnerCommand('#42 owner @li')).toBeUndefined();
    expect(parseOwnerCommand('#42 owner <@U123> now')).toBeUndefined();
  });

  it('reads `/salesflow handover @from @to` and the inbound subcommands', () => {
    expect(parseHandoverArgs('<@U1|a> <@U2|b>')).toEqual({ fromUserId: 'U1', toUserId: 'U2' });
    expect(parseHandoverArgs('<@U1>')).toBeUndefined();
    expect(parseInboundArgs('')).toEqual({ kind: 'status' });
    expect(parseInboundArgs('rotate')).toEqual({ kind: 'new' });
    expect(parseInboundArgs('pool <@U1> <@U2|b>')).toEqual({ kind: 'pool', userIds: ['U1', 'U2'] });
    expect(parseInboundArgs('pool none')).toEqual({ kind: 'pool', userIds: [] });
    expect(parseInboundArgs('pool bob')).toBeUndefined();
    expect(parseInboundArgs('open sesame')).toBeUndefined();
  });

  it('the preview’s buttons carry only who and to whom, and refuse anything else', () => {
    const value = encodeHandoverValue({ fromUserId: 'U1', toUserId: 'U2' });
    expect(decodeHandoverValue(value)).toEqual({ fromUserId: 'U1', toUserId: 'U2' });
    expect(decodeHandoverValue('U1>U2>U3')).toBeUndefined();
    expect(decodeHandoverValue('<!channel>')).toBeUndefined();
  });
});

describe('handover messages', () => {
  const counts = {
    openLeads: 12,
    followUps: 5,
    pendingRequests: 2,
    blockedRequests: 1,
    approvalsWaitingOnFrom: 3,
  };

  it.each(['en', 'zh-CN'] as const)(
    'the preview says what moves and what does not, within Slack limits (%s)',
    (locale) => {
      const preview = buildHandoverPreview({
        fromUserId: 'U1',
        toUserId: 'U2',
        counts,
        t: translator(locale),
      });
      expect(slackLimitViolations(preview as unknown as Surface, 'message')).toEqual([]);
      const text = JSON.stringify(preview.blocks);
      expect(text).toContain('12');
      expect(text).toContain('<@U1>');
      expect(text).toContain('handover_confirm');
    },
  );

  it('a preview with nothing to move has no button', () => {
    const empty = {
      ...counts,
      openLeads: 0,
      followUps: 0,
      pendingRequests: 0,
      blockedRequests: 0,
      approvalsWaitingOnFrom: 0,
    };
    const preview = buildHandoverPreview({
      fromUserId: 'U1',
      toUserId: 'U2',
      counts: empty,
      t: translator('en'),
    });
    expect(JSON.stringify(preview.blocks)).not.toContain('handover_confirm');
    expect(preview.blocks).toHaveLength(1);
  });

  const parties = {
    teamId: 'T1',
    fromUserId: 'U_OLD',
    toUserId: 'U_NEW',
    actorUserId: 'U_MGR',
    localeOf: (userId: string) => (userId === 'U_NEW' ? ('zh-CN' as const) : ('en' as const)),
    channelLocale: 'en' as const,
  };

  it('tells both reps in their language and writes one line in the thread, keyed by the new version', () => {
    const lead = sampleLead({
      id: 42,
      companyName: 'Acme <!here>',
      channelId: 'C1',
      threadTs: '1.2',
      version: 3,
    });
    const messages = reassignmentMessages({ ...parties, lead });
    expect(messages.map((message) => [message.idempotencyKey, message.payload.channel])).toEqual([
      ['handover:42:3:to', 'U_NEW'],
      ['handover:42:3:from', 'U_OLD'],
      ['handover:42:3:thread', 'C1'],
    ]);
    expect(String(messages[0]?.payload.text)).toContain('转交给你');
    expect(String(messages[1]?.payload.text)).toContain('Acme &lt;!here&gt;');
    expect(messages[2]?.payload.thread_ts).toBe('1.2');
  });

  it('does not DM the person who did it, nor post in a thread that does not exist', () => {
    const lead = sampleLead({ id: 42, version: 2 });
    const messages = reassignmentMessages({ ...parties, actorUserId: 'U_OLD', lead });
    expect(messages.map((message) => message.payload.channel)).toEqual(['U_NEW']);
  });

  it('a whole book: one summary each, one thread line per moved lead with a thread', () => {
    const leads = [
      { id: 1, companyName: 'A', channelId: 'C1', threadTs: '1.1', version: 2 },
      { id: 2, companyName: 'B', channelId: null, threadTs: null, version: 5 },
    ];
    const messages = handoverMessages({ ...parties, leads, movedRequests: 1, at: new Date(0) });
    expect(messages.map((message) => message.idempotencyKey)).toEqual([
      'handover-all:U_OLD:U_NEW:0:to',
      'handover-all:U_OLD:U_NEW:0:from',
      'handover:1:2:thread',
    ]);
    expect(handoverMessages({ ...parties, leads: [], movedRequests: 0, at: new Date(0) })).toEqual([]);
  });
});
