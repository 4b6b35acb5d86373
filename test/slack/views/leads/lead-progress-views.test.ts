import { describe, expect, it } from 'vitest';
import type { HomeOverview } from '../../../../src/features/leads/lead-home.usecases.js';
import type { Lead } from '../../../../src/features/leads/leads.types.js';
import { type Locale, translator } from '../../../../src/i18n/index.js';
import { ACTIONS, BLOCKS, VIEWS } from '../../../../src/slack/ids.js';
import { buildFollowUpModal } from '../../../../src/slack/views/followups/follow-up-modal.js';
import { buildAppHome } from '../../../../src/slack/views/home/app-home.js';
import {
  buildMarkLostModal,
  buildMarkWonModal,
} from '../../../../src/slack/views/leads/close-lead-modals.js';
import { describeLeadChange } from '../../../../src/slack/views/leads/lead-change-line.js';
import { buildLogActivityModal } from '../../../../src/slack/views/leads/log-activity-modal.js';
import { notesFromMessage } from '../../../../src/slack/views/leads/message-notes.js';
import { bareLead } from '../../../fixtures/leads.js';
import { slackLimitViolations } from '../../../helpers/view-limits.js';

const hostile = '<!channel> <@U123> & <https://evil.example|click>';

function lead(overrides: Partial<Lead> = {}): Lead {
  return bareLead({
    id: 42,
    estimatedValue: 120000,
    currency: 'CNY',
    stage: 'proposal',
    nextFollowUpOn: '2026-11-20',
    nextFollowUpTime: '09:30',
    ...overrides,
  });
}

const longName = `${hostile} ${'名'.repeat(200)}`;
const metadata = JSON.stringify({ leadId: 42, responseUrl: `https://hooks.slack.com/${'x'.repeat(150)}` });

describe.each(['en', 'zh-CN'] as Locale[])('lead card modals in %s', (locale) => {
  const t = translator(locale);
  const modals = {
    logActivity: buildLogActivityModal({
      lead: lead({ companyName: longName }),
      today: '2026-11-27',
      now: '10:05',
      metadata,
      t,
    }),
    followUp: buildFollowUpModal({
      lead: lead({ companyName: longName }),
      suggested: '2026-11-30',
      metadata,
      t,
    }),
    won: buildMarkWonModal({ lead: lead({ companyName: longName }), metadata, t }),
    lost: buildMarkLostModal({ lead: lead({ companyName: longName }), metadata, t }),
  };

  it('every modal stays within Slack’s limits, even for a long hostile company name', () => {
    for (const [name, view] of Object.entries(modals))
      expect(slackLimitViolations(view as never, 'modal'), name).toEqual([]);
  });

  it('the lead’s name in a modal is escaped, so it mentions no one', () => {
    for (const view of Object.values(modals)) {
      const text = JSON.stringify(view.blocks[0]);
      expect(text).toContain('&lt;!channel&gt;');
      expect(text).not.toContain('<!channel>');
    }
  });

  it('each modal carries its callback id and the lead id in its metadata', () => {
    expect(modals.logActivity.callback_id).toBe(VIEWS.logActivity);
    expect(modals.followUp.callback_id).toBe(VIEWS.setFollowUp);
    expect(modals.won.callback_id).toBe(VIEWS.markWon);
    expect(modals.lost.callback_id).toBe(VIEWS.markLost);
    for (const view of Object.values(modals))
      expect(JSON.parse(view.private_metadata ?? '')).toMatchObject({ leadId: 42 });
  });
});

describe('lead card modal contents', () => {
  const t = translator('en');
  const input = (view: { blocks: unknown[] }, blockId: string) =>
    (view.blocks as { block_id?: string; optional?: boolean; element: Record<string, unknown> }[]).find(
      (b) => b.block_id === blockId,
    );

  it('logging an activity starts from now, with a required kind and note and an optional next follow-up', () => {
    const view = buildLogActivityModal({ lead: lead(), today: '2026-11-27', now: '10:05', metadata, t });
    expect(input(view, BLOCKS.activityDate)?.element.initial_date).toBe('2026-11-27');
    expect(input(view, BLOCKS.activityTime)?.element).toMatchObject({
      type: 'timepicker',
      initial_time: '10:05',
    });
    expect(input(view, BLOCKS.activityKind)?.optional).toBe(false);
    expect(input(view, BLOCKS.activityNote)?.optional).toBe(false);
    expect(input(view, BLOCKS.nextFollowUpDate)?.optional).toBe(true);
    const kinds = ((input(view, BLOCKS.activityKind)?.element.options ?? []) as { value: string }[]).map(
      (o) => o.value,
    );
    expect(kinds).toEqual(['call', 'visit', 'email', 'meeting', 'demo', 'quote_sent', 'note']);
  });

  it('the follow-up modal starts from the current follow-up, or the suggested day when there is none', () => {
    const current = buildFollowUpModal({ lead: lead(), suggested: '2026-11-30', metadata, t });
    expect(input(current, BLOCKS.nextFollowUpDate)?.element.initial_date).toBe('2026-11-20');
    expect(input(current, BLOCKS.nextFollowUpTime)?.element.initial_time).toBe('09:30');
    const none = buildFollowUpModal({
      lead: lead({ nextFollowUpOn: null, nextFollowUpTime: null }),
      suggested: '2026-11-30',
      metadata,
      t,
    });
    expect(input(none, BLOCKS.nextFollowUpDate)?.element.initial_date).toBe('2026-11-30');
    expect(input(none, BLOCKS.nextFollowUpTime)?.element.initial_time).toBeUndefined();
  });

  it('mark won starts from the estimate; mark lost lists every reason', () => {
    const won = buildMarkWonModal({ lead: lead(), metadata, t });
    expect(input(won, BLOCKS.wonAmount)?.element.initial_value).toBe('120000');
    const lost = buildMarkLostModal({ lead: lead(), metadata, t });
    const reasons = input(lost, BLOCKS.lostReason)?.element.options as { value: string }[];
    expect(reasons).toHaveLength(8);
    expect(input(lost, BLOCKS.lostReason)?.optional).toBe(false);
  });
});

describe('the thread note after a change', () => {
  const t = translator('en');
  const zh = translator('zh-CN');
  const hostileLead = lead({ companyName: hostile });

  it('says who moved which lead from where to where, with user text escaped', () => {
    const line = describeLeadChange({
      change: { kind: 'stage', from: 'proposal', to: 'negotiation' },
      lead: hostileLead,
      userId: 'U1',
      t,
      locale: 'en',
    });
    expect(line).toBe(
      '<@U1> moved *&lt;!channel&gt; &lt;@U123&gt; &amp; &lt;https://evil.example|click&gt;* from Proposal to Negotiation',
    );
  });

  it('reads naturally in Chinese, and says “reopened” when a closed lead moves back', () => {
    expect(
      describeLeadChange({
        change: { kind: 'stage', from: 'lost', to: 'contacted' },
        lead: lead(),
        userId: 'U1',
        t: zh,
        locale: 'zh-CN',
      }),
    ).toBe('<@U1> 重新打开了 *Acme*，当前阶段「初步接触」');
  });

  it('escapes activity and lost notes, and stays within a message section', () => {
    const activity = describeLeadChange({
      change: {
        kind: 'activity',
        activity: 'call',
        note: `${hostile}${'x'.repeat(5000)}`,
        nextFollowUp: null,
      },
      lead: lead(),
      userId: 'U1',
      t,
      locale: 'en',
    });
    expect(activity).not.toContain('<!channel>');
    expect(activity.length).toBeLessThanOrEqual(3000);
    const lost = describeLeadChange({
      change: { kind: 'lost', reason: 'competitor', note: hostile },
      lead: lead(),
      userId: 'U1',
      t,
      locale: 'en',
    });
    expect(lost).toBe(
      '<@U1> marked *Acme* lost: Chose a competitor (&lt;!channel&gt; &lt;@U123&gt; &amp; &lt;https://evil.example|click&gt;)',
    );
  });
});

describe('App Home', () => {
  const many = Array.from({ length: 40 }, (_, i) =>
    lead({ id: i + 1, companyName: `${hostile} ${'长'.repeat(180)}` }),
  );
  const overview: HomeOverview = {
    today: '2026-11-27',
    pipeline: [
      {
        stage: 'proposal',
        count: 3,
        values: [
          { currency: 'CNY', amount: 300000 },
          { currency: 'USD', amount: 5000 },
        ],
      },
      { stage: 'new', count: 2, values: [] },
    ],
    dueToday: many.slice(0, 15),
    overdue: many.slice(15, 30),
    dueTodayCount: 15,
    overdueCount: 15,
    recent: many.slice(0, 8),
  };

  it('counts every follow-up due, not only the ones it lists', () => {
    const home = buildAppHome({
      overview: { ...overview, dueTodayCount: 2000, overdueCount: 40 },
      userId: 'U_REP',
      t: translator('en'),
      locale: 'en',
    });
    const text = JSON.stringify(home.blocks);
    expect(text).toContain('Follow-ups due today (2000)');
    expect(text).toContain('and 1985 more');
    expect(text).toContain('and 25 more');
  });

  it.each(['en', 'zh-CN'] as Locale[])(
    'stays within Slack’s limits with many long hostile leads (%s)',
    (locale) => {
      const home = buildAppHome({ overview, userId: 'U_REP', t: translator(locale), locale });
      expect(slackLimitViolations(home as never, 'modal').filter((p) => !p.includes('title'))).toEqual([]);
      expect(JSON.stringify(home.blocks)).not.toContain('<!channel>');
    },
  );

  it('lists the pipeline in stage order, with each currency’s value kept apart, and a New lead button', () => {
    const home = buildAppHome({ overview, userId: 'U_REP', t: translator('en'), locale: 'en' });
    const text = JSON.stringify(home.blocks);
    expect(text.indexOf('New: 2')).toBeLessThan(text.indexOf('Proposal: 3'));
    expect(text).toMatch(/Proposal: 3 · [^"]*300,000[^"]* \+ [^"]*5,000/);
    expect(text).toContain('Overdue follow-ups (15)');
    expect(text).toContain('…and 5 more.');
    expect(text).toContain(ACTIONS.homeNewLead);
  });

  it('an empty pipeline invites the rep to add a lead', () => {
    const home = buildAppHome({
      overview: {
        today: '2026-11-27',
        pipeline: [],
        dueToday: [],
        overdue: [],
        dueTodayCount: 0,
        overdueCount: 0,
        recent: [],
      },
      userId: 'U_REP',
      t: translator('en'),
      locale: 'en',
    });
    const text = JSON.stringify(home.blocks);
    expect(text).toContain('No leads yet.');
    expect(text).toContain('Nothing due today.');
    expect(text).not.toContain('Overdue');
  });
});

describe('notes from a Slack message', () => {
  const t = translator('en');
  it('keeps what the person typed and adds the permalink on its own line', () => {
    expect(notesFromMessage('a &lt;b&gt; &amp; c', 'https://x.slack.com/p1', t)).toBe(
      'a <b> & c\n\nFrom a Slack message: https://x.slack.com/p1',
    );
  });
  it('fits 3,000 characters without splitting an emoji, keeping the whole link', () => {
    const notes = notesFromMessage('🚚'.repeat(2000), 'https://x.slack.com/p1', t);
    expect(notes.length).toBeLessThanOrEqual(3000);
    expect(notes.endsWith('https://x.slack.com/p1')).toBe(true);
    expect(notes).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});
