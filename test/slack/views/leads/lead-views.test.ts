import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../../src/features/leads/leads.types.js';
import { translator } from '../../../../src/i18n/index.js';
import { ACTIONS } from '../../../../src/slack/ids.js';
import { buildLeadCard } from '../../../../src/slack/views/leads/lead-card.js';
import { buildLeadFormModal } from '../../../../src/slack/views/leads/lead-form-modal.js';
import { buildLeadList } from '../../../../src/slack/views/leads/lead-list.js';
import { sampleLead } from '../../../fixtures/leads.js';
import { dataBlockProblems } from '../../../helpers/fake-slack-data-blocks.js';
import { slackLimitViolations } from '../../../helpers/view-limits.js';

const builtAt = new Date('2026-11-27T08:00:00Z');
const hostile = '<!channel> <@U123> & <https://evil.example|click>';

const activity = (note: string): Activity => ({
  id: 1,
  leadId: 7,
  actorUserId: 'U_REP',
  kind: 'call',
  note,
  fromStage: null,
  toStage: null,
  occurredAt: new Date('2026-11-20T00:00:00Z'),
});

describe('lead card', () => {
  const t = translator('en');

  it('shows the key fields, flags an overdue follow-up and carries the lead, its version and the card time on its buttons', () => {
    const card = buildLeadCard({
      lead: sampleLead(),
      activities: [],
      t,
      locale: 'en',
      today: '2026-11-27',
      builtAt,
    });
    const json = JSON.stringify(card.blocks);
    expect(json).toContain('#7 Acme');
    expect(json).toContain('2026-11-20 (overdue)');
    expect(json).toContain('¥120,000');
    expect(json).toContain(JSON.stringify(JSON.stringify({ l: 7, v: 3, t: builtAt.getTime() / 1000 })));
    expect(json).toContain(`"value":"7:proposal:3:${builtAt.getTime() / 1000}"`);
    expect(slackLimitViolations(card, 'message')).toEqual([]);
  });

  it('escapes user text so a lead named <!channel> pings nobody', () => {
    const lead = sampleLead({ companyName: hostile, contactName: hostile, notes: hostile });
    const card = buildLeadCard({
      lead,
      activities: [activity(hostile)],
      t,
      locale: 'en',
      today: '2026-11-27',
      builtAt,
    });
    const json = JSON.stringify(card);
    expect(json).not.toContain('<!channel>');
    expect(json).not.toContain('<@U123>');
    expect(json).toContain('&lt;!channel&gt; &lt;@U123&gt; &amp;');
  });

  it('stays within Slack limits with 3,000-character fields and every optional section', () => {
    const long = '長'.repeat(3000);
    const lead = sampleLead({
      companyName: long.slice(0, 200),
      notes: long,
      stage: 'won',
      wonAmount: 1,
      approvedDiscountPercent: 12.5,
      approvedContractAmount: 99,
    });
    const card = buildLeadCard({
      lead,
      activities: Array.from({ length: 5 }, () => activity(long)),
      t,
      locale: 'en',
      today: '2026-11-27',
      builtAt,
      extraSections: [long, long],
    });
    expect(slackLimitViolations(card, 'message')).toEqual([]);
  });

  it('speaks Chinese to a Chinese reader', () => {
    const card = buildLeadCard({
      lead: sampleLead(),
      activities: [],
      t: translator('zh-CN'),
      locale: 'zh-CN',
      today: '2026-11-27',
      builtAt,
    });
    const json = JSON.stringify(card.blocks);
    expect(json).toContain('报价');
    expect(json).toContain('已逾期');
  });
});

describe('lead list', () => {
  it('a full page is one data table within Slack’s limits, offers the next page and keeps Open for every lead', () => {
    const leads = Array.from({ length: 20 }, (_, i) => sampleLead({ id: i + 1, companyName: hostile }));
    const list = buildLeadList({
      title: 'Mine',
      leads,
      total: 45,
      page: 0,
      pageCount: 3,
      pageSize: 20,
      query: 'list mine',
      emptyText: 'none',
      t: translator('en'),
      locale: 'en',
      today: '2026-11-27',
      timeZone: 'Asia/Shanghai',
    });
    expect(slackLimitViolations(list, 'message')).toEqual([]);
    expect(dataBlockProblems(list.blocks, '/blocks', 'message')).toEqual([]);
    expect(list.blocks.filter((block) => block.type === 'data_table')).toHaveLength(1);
    expect(JSON.stringify(list.blocks)).toContain('Next page');
    expect(JSON.stringify(list.blocks)).not.toContain('Previous page');
    // The company is raw text in a cell and escaped in the mrkdwn fallback: it pings no one either way.
    expect(list.text).not.toContain('<!channel>');
    expect(list.text).toContain('#20 &lt;!channel&gt;');
    const open = (list.blocks.at(-1) as { elements: { action_id: string; options?: unknown[] }[] })
      .elements[0];
    expect(open?.action_id).toBe(ACTIONS.leadOpen);
    expect(open?.options).toHaveLength(20);
  });
});

describe('new-lead modal', () => {
  it.each(['en', 'zh-CN'] as const)('fits Slack modal limits in %s', (locale) => {
    const modal = buildLeadFormModal({ mode: 'new', values: {}, metadata: '{}', t: translator(locale) });
    expect(slackLimitViolations(modal, 'modal')).toEqual([]);
  });

  it('pre-fills the values it is given, for editing', () => {
    const modal = buildLeadFormModal({
      mode: 'edit',
      values: sampleLead(),
      metadata: '{}',
      t: translator('en'),
    });
    const json = JSON.stringify(modal);
    expect(json).toContain('"initial_value":"Acme"');
    expect(json).toContain('"initial_date":"2026-11-20"');
    expect(modal.callback_id).toBe('lead_edit');
  });
});
