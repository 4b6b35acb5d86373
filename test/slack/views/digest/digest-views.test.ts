import { describe, expect, it } from 'vitest';
import type {
  LeadLine,
  ManagerMorning,
  RepDay,
  TeamDigest,
  WeeklySummary,
} from '../../../../src/features/digest/digest.types.js';
import { translator } from '../../../../src/i18n/index.js';
import { SLACK_LIMITS } from '../../../../src/slack/limits.js';
import { pipelineChart, pipelineChartInput } from '../../../../src/slack/views/digest/digest-chart.js';
import { buildManagerMorning } from '../../../../src/slack/views/digest/digest-manager.js';
import { buildPipelineReply } from '../../../../src/slack/views/digest/digest-pipeline.js';
import { buildTeamDigest } from '../../../../src/slack/views/digest/digest-team.js';
import { buildWeeklySummary } from '../../../../src/slack/views/digest/digest-weekly.js';
import { dataBlockProblems } from '../../../helpers/fake-slack-data-blocks.js';
import { slackLimitViolations } from '../../../helpers/view-limits.js';

const en = translator('en');
const zh = translator('zh-CN');
const window = {
  from: new Date('2026-11-25T16:00:00Z'),
  to: new Date('2026-11-26T16:00:00Z'),
  fromDate: '2026-11-26',
  toDate: '2026-11-27',
};

const lead = (id: number, overrides: Partial<LeadLine> = {}): LeadLine => ({
  id,
  companyName: `Company ${id}`,
  ownerUserId: 'U_A',
  stage: 'proposal',
  value: 120_000,
  currency: 'CNY',
  lostReason: null,
  lastActivityAt: new Date('2026-11-10T00:00:00Z'),
  expectedCloseDate: null,
  nextFollowUpOn: '2026-11-20',
  ...overrides,
});

const rep = (userId: string): RepDay => ({
  userId,
  newProspects: 2,
  contacts: 4,
  needsAnalyses: 1,
  demos: 1,
  quotes: 1,
  won: 1,
});

function digest(overrides: Partial<TeamDigest> = {}): TeamDigest {
  return {
    teamId: 'T1',
    date: '2026-11-27',
    window,
    currency: 'CNY',
    newLeads: { count: 2, value: 100_000, leads: [lead(1, { companyName: '<!channel> & Co' }), lead(3)] },
    moves: [{ fromStage: 'new', toStage: 'contacted', count: 2 }],
    won: { count: 1, value: 80_000, leads: [lead(5, { stage: 'won' })] },
    lost: { count: 1, value: 30_000, leads: [lead(8, { stage: 'lost', lostReason: 'price' })] },
    lostReasons: [{ reason: 'price', count: 1, value: 30_000 }],
    pipeline: [
      { stage: 'new', count: 3, value: 57_000, probability: 5, weighted: 2_850 },
      { stage: 'proposal', count: 1, value: 200_000, probability: 50, weighted: 100_000 },
    ],
    pipelineTotal: { count: 4, value: 257_000, weighted: 102_850 },
    stale: { count: 1, value: 200_000, leads: [lead(12)] },
    reps: [rep('U_A')],
    approvals: [
      {
        id: 1,
        leadId: 12,
        companyName: 'Company 12',
        kind: 'discount',
        requestedByUserId: 'U_A',
        approverUserId: 'U_M',
        requestedAt: new Date('2026-11-26T00:00:00Z'),
        ageHours: 50,
      },
    ],
    ...overrides,
  };
}

const allText = (view: { blocks: unknown[] }) => JSON.stringify(view.blocks);

describe('digest views', () => {
  it('the team digest shows every section in English, with the company name escaped', () => {
    const view = buildTeamDigest(digest(), en, 'en');
    const text = allText(view);
    expect(slackLimitViolations(view, 'message')).toEqual([]);
    expect(text).toContain('Pipeline digest · 2026-11-27');
    expect(text).toContain('Covers 2026-11-26');
    expect(text).toContain('*New leads:* 2 · ¥100,000');
    expect(text).toContain('&lt;!channel&gt; &amp; Co');
    expect(text).not.toContain('<!channel>');
    expect(text).toContain('New → Contacted: 2');
    expect(text).toContain('Why: Price too high (1)');
    expect(text).toContain('Proposal: 1 · ¥200,000 · 50% → ¥100,000');
    expect(text).toContain('waiting on <@U_M> for 2 d');
    expect(text).toContain('<@U_A>: new 2 · contacts 4 · needs 1 · demos 1 · quotes 1 · won 1');
    expect(view.text).toBe('Pipeline digest for 2026-11-27: 2 new, 1 won, 1 lost, 4 open deals.');
  });

  it('the team digest reads in Chinese for a Chinese team', () => {
    const view = buildTeamDigest(digest(), zh, 'zh-CN');
    const text = allText(view);
    expect(text).toContain('销售日报 · 2026-11-27');
    expect(text).toContain('*新增线索：* 2 · ¥100,000');
    expect(text).toContain('报价：1 · ¥200,000 · 50% → ¥100,000');
    expect(text).toContain('等待 <@U_M> 审批 2 天');
    expect(text).toContain('新客户 2 · 接触 4 · 需求分析 1 · 演示/试驾 1 · 报价 1 · 成交 1');
  });

  it('a huge team stays within 50 blocks and 3000 characters per section', () => {
    const reps = Array.from({ length: 400 }, (_, i) => rep(`U${String(i).padStart(6, '0')}`));
    const long = 'X'.repeat(190);
    const view = buildTeamDigest(
      digest({
        reps,
        newLeads: {
          count: 900,
          value: 1,
          leads: Array.from({ length: 5 }, (_, i) => lead(i, { companyName: long })),
        },
        moves: Array.from({ length: 60 }, (_, i) => ({ fromStage: 'new', toStage: 'contacted', count: i })),
        approvals: Array.from({ length: 300 }, (_, i) => ({
          ...(digest().approvals[0] as TeamDigest['approvals'][number]),
          id: i,
          companyName: long,
        })),
      }),
      en,
      'en',
    );
    expect(slackLimitViolations(view, 'message')).toEqual([]);
    expect(view.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.messageBlocks);
    expect(allText(view)).toContain('…and 895 more');
  });

  it('an empty day says so instead of leaving sections blank', () => {
    const empty = digest({
      newLeads: { count: 0, value: 0, leads: [] },
      moves: [],
      reps: [],
      approvals: [],
    });
    const text = allText(buildTeamDigest(empty, en, 'en'));
    expect(text).toContain('*Stage moves:* 0\\n_None._');
    expect(text).toContain('*Approvals waiting:* 0\\n_None._');
  });

  it('the manager’s DM lists approvals, overdue follow-ups by rep and the quiet reps', () => {
    const morning: ManagerMorning = {
      managerUserId: 'U_M',
      locale: 'en',
      date: '2026-11-30',
      approvals: digest().approvals,
      overdue: { total: 7, byRep: [{ userId: 'U_A', count: 7 }], leads: [lead(1), lead(2)] },
      quietReps: ['U_A', 'U_B'],
    };
    for (const [t, locale, words] of [
      [
        en,
        'en',
        ['*Overdue follow-ups in your team:* 7', '<@U_A>: 7', '…and 5 more', '3 working days', '• <@U_B>'],
      ],
      [zh, 'zh-CN', ['*团队逾期跟进：* 7', '连续 3 个工作日没有新的高意向线索', '……另有 5 条']],
    ] as const) {
      const view = buildManagerMorning(morning, { t, locale, currency: 'CNY', quietDays: 3 });
      expect(slackLimitViolations(view, 'message')).toEqual([]);
      for (const word of words) expect(allText(view)).toContain(word);
    }
  });

  it('the weekly summary shows win rate, cycle time, conversion and lost reasons in both languages', () => {
    const week: WeeklySummary = {
      teamId: 'T1',
      window: { ...window, fromDate: '2026-11-23', toDate: '2026-11-30' },
      currency: 'USD',
      won: { count: 3, value: 105_000 },
      lost: { count: 3, value: 40_000 },
      winRate: 50,
      averageCycleDays: 7.3,
      conversions: [{ fromStage: 'contacted', movedOut: 2, advanced: 1, rate: 50 }],
      topLostReasons: [{ reason: 'competitor', count: 2, value: 40_000 }],
    };
    const english = allText(buildWeeklySummary(week, en, 'en'));
    expect(english).toContain('Weekly summary · 2026-11-23 to 2026-11-29');
    expect(english).toContain('*Win rate:* 50% (3 won, 3 lost)');
    expect(english).toContain('7.3 days');
    expect(english).toContain('Contacted → onward: 50% (1 of 2)');
    expect(english).toContain('Chose a competitor: 2 · $40,000');
    const chinese = allText(buildWeeklySummary(week, zh, 'zh-CN'));
    expect(chinese).toContain('*赢单率：* 50%（成交 3，战败 3）');
    expect(chinese).toContain('初步接触');
    expect(
      allText(buildWeeklySummary({ ...week, winRate: null, averageCycleDays: null }, en, 'en')),
    ).toContain('no deals closed this week');
  });

  it('/pipeline’s reply carries the title and the same sections, within limits', () => {
    const view = buildPipelineReply(digest(), { title: 'Your pipeline', t: en, locale: 'en' });
    expect(slackLimitViolations(view, 'message')).toEqual([]);
    expect(allText(view)).toContain('*Your pipeline*');
    expect(allText(view)).toContain('*Pipeline:* 4 open');
  });

  it('the chart is labelled by stage in the reader’s language', () => {
    const english = pipelineChartInput(digest(), en, 'en');
    expect(english.bars.map((bar) => bar.label)).toEqual(['New', 'Proposal']);
    expect(english.valueLabel(1000)).toBe('¥1,000');
    const chinese = pipelineChartInput(digest(), zh, 'zh-CN');
    expect(chinese.title).toBe('各阶段销售管道');
    expect(chinese.bars[1]).toMatchObject({ label: '报价', count: 1, value: 200_000, weighted: 100_000 });
  });

  it('the team digest carries the pipeline as Slack’s native bar chart, total and weighted, in whole yuan', () => {
    for (const [t, locale, proposal] of [
      [en, 'en', 'Proposal'],
      [zh, 'zh-CN', '报价'],
    ] as const) {
      const view = buildTeamDigest(digest(), t, locale);
      expect(dataBlockProblems(view.blocks, '/blocks', 'message')).toEqual([]);
      const charts = view.blocks.filter((block) => block.type === ('data_visualization' as string));
      expect(charts).toHaveLength(1);
      const chart = pipelineChart(digest(), t).chart as {
        series: { name: string; data: { label: string; value: number }[] }[];
      };
      expect(chart.series.map((series) => series.name)).toEqual([
        t('digest.chart.legendValue'),
        t('digest.chart.legendWeighted'),
      ]);
      expect(chart.series[0]?.data[1]).toEqual({ label: proposal, value: 2000 });
      expect(chart.series[1]?.data[1]).toEqual({ label: proposal, value: 1000 });
    }
  });
});
