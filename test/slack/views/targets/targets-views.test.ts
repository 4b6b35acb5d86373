import { describe, expect, it } from 'vitest';
import type { Lead } from '../../../../src/features/leads/leads.types.js';
import type { EndOfDayReport } from '../../../../src/features/targets/rep-day.usecases.js';
import type {
  DailyPlan,
  DayCounts,
  Leaderboard,
  Progress,
  Target,
  TargetProgress,
} from '../../../../src/features/targets/targets.types.js';
import type { TargetsOverview } from '../../../../src/features/targets/targets.usecases.js';
import { type Locale, translator } from '../../../../src/i18n/index.js';
import { ACTIONS } from '../../../../src/slack/ids.js';
import { amountLabel, type TargetFormat } from '../../../../src/slack/targets/target-format.js';
import { buildEndOfDay, planVsDoneBlocks } from '../../../../src/slack/views/targets/day-views.js';
import {
  buildLeaderboard,
  buildMilestone,
  leaderboardChart,
  leaderboardChartInput,
} from '../../../../src/slack/views/targets/leaderboard-views.js';
import { buildMorningDm } from '../../../../src/slack/views/targets/morning-dm.js';
import {
  buildPlanModal,
  decodePlanMetadata,
  parsePlanButtonValue,
  readPlanForm,
} from '../../../../src/slack/views/targets/plan-views.js';
import {
  buildTargetsReply,
  digestTargetBlocks,
} from '../../../../src/slack/views/targets/target-progress.js';
import { dataBlockProblems } from '../../../helpers/fake-slack-data-blocks.js';
import { slackLimitViolations } from '../../../helpers/view-limits.js';

const format = (locale: Locale): TargetFormat => ({ t: translator(locale), locale, currency: 'CNY' });
const counts = (
  returnCalls: number,
  invitations: number,
  visits: number,
  newRecords: number,
  deals: number,
) => ({ returnCalls, invitations, visits, newRecords, deals }) satisfies DayCounts;
const plan = (source: DailyPlan['source']): DailyPlan => ({
  teamId: 'T1',
  userId: 'U_A',
  date: '2026-12-16',
  counts: counts(12, 3, 2, 1, 1),
  source,
  version: 4,
});
const progress = (over: Partial<Progress> = {}): Progress => ({
  done: 1_234_550,
  target: 5_000_000,
  percent: 24,
  workingDays: 23,
  workingDaysLeft: 12,
  pacePerDay: 313_788,
  onTrack: false,
  ...over,
});
const target = (over: Partial<Target> = {}): Target => ({
  id: 1,
  teamId: 'T1',
  subject: { kind: 'rep', userId: 'U_A' },
  metric: 'won',
  period: 'month',
  value: 5_000_000,
  currency: 'CNY',
  setByUserId: 'U_M',
  updatedAt: new Date('2026-03-02T02:00:00Z'),
  version: 1,
  ...over,
});
const window = {
  period: 'month' as const,
  fromDate: '2026-12-01',
  toDate: '2027-01-01',
  from: new Date('2026-11-30T16:00:00Z'),
  to: new Date('2026-12-31T16:00:00Z'),
};
const row = (t: Partial<Target>, p: Partial<Progress> = {}): TargetProgress => ({
  target: target(t),
  window,
  progress: progress(p),
});
const lead = (id: number, companyName: string): Lead =>
  ({ id, companyName, stage: 'proposal', contactName: 'Li', ownerUserId: 'U_A' }) as Lead;
const text = (view: unknown) => JSON.stringify(view);
type Cell = { type: string; text?: string; value?: number };

describe.each(['en', 'zh-CN'] as const)('targets views (%s)', (locale) => {
  const f = format(locale);
  const { t } = f;

  it('shows amounts exactly, in the team currency, and the pace per working day', () => {
    const overview: TargetsOverview = {
      subject: { kind: 'rep', userId: 'U_A' },
      today: '2026-12-16',
      currency: 'CNY',
      own: [
        row({}),
        row({ id: 2, metric: 'visits', period: 'week', value: 10 }, { done: 10, target: 10, pacePerDay: 0 }),
      ],
      team: [row({ id: 3, subject: { kind: 'team' } }, { pacePerDay: null, workingDaysLeft: 0 })],
    };
    const reply = buildTargetsReply(overview, f, 'U_A');
    expect(slackLimitViolations(reply, 'message')).toEqual([]);
    const shown = text(reply);
    expect(shown).toContain('¥12,345.50');
    expect(shown).toContain('¥50,000');
    expect(shown).toContain('¥3,137.88');
    expect(shown).toContain(t('targets.progress.title'));
    expect(shown).toContain(t('targets.progress.reached'));
    expect(shown).toContain(t('targets.progress.missed'));
    expect(shown).toContain(t('targets.count.visits'));
  });

  it('says when nobody set a target', () => {
    const empty: TargetsOverview = {
      subject: { kind: 'team' },
      today: '2026-12-16',
      currency: 'CNY',
      own: [],
      team: [],
    };
    expect(text(buildTargetsReply(empty, f, 'U_A'))).toContain(t('targets.progress.none'));
  });

  it('puts today’s plan before the follow-ups, with its buttons carrying only the date and version', () => {
    const list = { date: '2026-12-16', overdue: [], today: [], overdueCount: 0, todayCount: 0 };
    const alone = buildMorningDm({ list, plan: plan('suggested'), t });
    expect(alone).not.toBeNull();
    expect(slackLimitViolations(alone ?? {}, 'message')).toEqual([]);
    const actions = alone?.blocks.find((b) => b.type === 'actions') as
      | { elements: { action_id: string; value: string }[] }
      | undefined;
    const buttons = actions?.elements ?? [];
    expect(buttons.map((b) => b.action_id)).toEqual([
      ACTIONS.planConfirm,
      ACTIONS.planEdit,
      ACTIONS.planOptOut,
    ]);
    expect(parsePlanButtonValue(buttons[0]?.value)).toEqual({ date: '2026-12-16', version: 4 });
    expect(text(alone)).toContain(t('targets.count.returnCalls'));
    // A confirmed plan has nothing left to confirm.
    const confirmed = buildMorningDm({ list, plan: plan('confirmed'), t });
    expect(text(confirmed)).not.toContain(ACTIONS.planConfirm);
    expect(buildMorningDm({ list, plan: null, t })).toBeNull();
  });

  it('keeps a full follow-up reminder and the plan within 50 blocks', () => {
    const leads = Array.from({ length: 20 }, (_, i) => ({
      ...lead(i + 1, `Co ${i}`),
      nextFollowUpOn: '2026-12-01',
    }));
    const list = { date: '2026-12-16', overdue: leads, today: [], overdueCount: 27, todayCount: 0 };
    const dm = buildMorningDm({ list, plan: plan('suggested'), t });
    expect(slackLimitViolations(dm ?? {}, 'message')).toEqual([]);
    expect(dm?.blocks[0]).toMatchObject({ type: 'header', text: { text: t('targets.plan.header') } });
  });

  it('the plan modal fits Slack and reads back what was typed', () => {
    const modal = buildPlanModal({ date: '2026-12-16', counts: counts(12, 3, 2, 1, 1), version: 4, t });
    expect(slackLimitViolations(modal, 'modal')).toEqual([]);
    expect(decodePlanMetadata(modal.private_metadata)).toEqual({ date: '2026-12-16', version: 4 });
    expect(decodePlanMetadata('{"d":"2026-12-16","v":-1}')).toBeNull();
    const values = Object.fromEntries(
      modal.blocks.flatMap((block) =>
        block.type === 'input' && block.block_id
          ? [[block.block_id, { [block.block_id]: { type: 'number_input', value: '7' } }]]
          : [],
      ),
    );
    expect(readPlanForm(values)).toEqual({
      returnCalls: '7',
      invitations: '7',
      visits: '7',
      newRecords: '7',
      deals: '7',
    });
  });

  it('the end-of-day DM marks each count and offers to log what is missing', () => {
    const report: EndOfDayReport = {
      userId: 'U_A',
      date: '2026-12-16',
      plan: counts(5, 2, 1, 1, 0),
      done: counts(3, 2, 1, 0, 0),
      missing: counts(2, 0, 0, 1, 0),
      confirmed: true,
      leads: [lead(7, '<!channel> Acme'), lead(8, '华为')],
    };
    const dm = buildEndOfDay(report, t);
    expect(slackLimitViolations(dm, 'message')).toEqual([]);
    const shown = text(dm);
    expect(shown).toContain(ACTIONS.followUpDone);
    expect(shown).toContain(ACTIONS.homeNewLead);
    expect(shown).toContain('&lt;!channel&gt; Acme');
    expect(shown).not.toContain('<!channel>');
    const done = buildEndOfDay(
      { ...report, done: report.plan, missing: counts(0, 0, 0, 0, 0), leads: [] },
      t,
    );
    expect(text(done)).toContain(t('targets.endOfDay.allDone'));
    expect(text(done)).not.toContain(ACTIONS.followUpDone);
  });

  it('plan vs done names each rep and marks unconfirmed plans', () => {
    const blocks = planVsDoneBlocks(
      [
        {
          userId: 'U_A',
          date: '2026-12-15',
          plan: counts(5, 2, 1, 1, 0),
          done: counts(3, 2, 1, 0, 0),
          missing: counts(2, 0, 0, 1, 0),
          confirmed: true,
        },
        {
          userId: 'U_B',
          date: '2026-12-15',
          plan: counts(1, 1, 1, 1, 1),
          done: counts(0, 0, 0, 0, 0),
          missing: counts(1, 1, 1, 1, 1),
          confirmed: false,
        },
      ],
      '2026-12-15',
      t,
    );
    const shown = text(blocks);
    expect(shown).toContain('<@U_A>');
    expect(shown).toContain('3/5');
    expect(shown).toContain(t('targets.planVsDone.suggestedMark').trim());
    expect(planVsDoneBlocks([], '2026-12-15', t)).toEqual([]);
  });

  it('the digest shows team targets, each rep’s monthly targets and yesterday’s plans', () => {
    const blocks = digestTargetBlocks(
      {
        planDate: '2026-12-15',
        plans: [],
        progress: [
          row({ subject: { kind: 'team' } }),
          row({ id: 2, subject: { kind: 'rep', userId: 'U_B' } }),
        ],
      },
      f,
    );
    const shown = text(blocks);
    expect(shown).toContain(t('targets.progress.teamTitle'));
    expect(shown).toContain(t('targets.progress.repsTitle'));
    expect(shown).toContain('<@U_B>');
  });

  it('ranks the leaderboard and draws its chart with names, not mentions', () => {
    const board: Leaderboard = {
      teamId: 'T1',
      period: 'week',
      window: { ...window, period: 'week', fromDate: '2026-12-07', toDate: '2026-12-14' },
      currency: 'CNY',
      otherCurrencyDeals: 2,
      rows: Array.from({ length: 25 }, (_, i) => ({
        userId: `U_${i}`,
        displayName: i === 0 ? '王芳' : null,
        wonAmount: (25 - i) * 100_000,
        collectedAmount: 5_000,
        deals: 2,
        activities: 9,
      })),
    };
    const message = buildLeaderboard(board, f);
    expect(slackLimitViolations(message, 'message')).toEqual([]);
    const shown = text(message);
    expect(dataBlockProblems(message.blocks, '/blocks', 'message')).toEqual([]);
    expect(message.text).toContain('1. <@U_0>');
    expect(shown).toContain('¥25,000');
    expect(shown).toContain('2026-12-13');
    const table = message.blocks.find((block) => block.type === 'data_table') as { rows: Cell[][] };
    expect(table.rows).toHaveLength(1 + 25 + 1);
    expect(table.rows[1]?.[2]).toEqual({ type: 'raw_number', value: 2_500_000, text: '¥25,000' });
    expect(table.rows.at(-1)?.[2]?.value).toBe(325 * 100_000);
    const native = leaderboardChart(board, f).chart as {
      series: { data: { label: string; value: number }[] }[];
    };
    expect(native.series[0]?.data[0]).toEqual({ label: '王芳', value: 25_000 });
    expect(native.series[0]?.data).toHaveLength(20);
    const chart = leaderboardChartInput(board, f);
    expect(chart.bars).toHaveLength(12);
    expect(chart.bars[0]).toMatchObject({ label: '王芳', value: 2_500_000, count: 2 });
    expect(chart.bars[1]?.label).toBe('U_1');
    expect(chart.valueLabel(2_500_000)).toBe('¥25,000');
  });

  it('a leaderboard of 200 reps with Chinese names at full length is one table and one chart Slack accepts', () => {
    const longName = '欧阳诸葛慕容司马上官东方皇甫尉迟公孙长孙宇文轩辕令狐'.repeat(4);
    const board: Leaderboard = {
      teamId: 'T1',
      period: 'month',
      window: { ...window, period: 'month', fromDate: '2026-12-01', toDate: '2027-01-01' },
      currency: 'CNY',
      otherCurrencyDeals: 0,
      rows: Array.from({ length: 200 }, (_, i) => ({
        userId: `U_REP_${String(i).padStart(3, '0')}`,
        displayName: longName,
        wonAmount: (200 - i) * 1_000_001,
        collectedAmount: 99,
        deals: 3,
        activities: 40,
      })),
    };
    const message = buildLeaderboard(board, f);
    expect(dataBlockProblems(message.blocks, '/blocks', 'message')).toEqual([]);
    expect(slackLimitViolations(message, 'message')).toEqual([]);
    const table = message.blocks.find((block) => block.type === 'data_table') as { rows: Cell[][] };
    expect(table.rows).toHaveLength(1 + 99 + 1);
    expect(table.rows.at(-1)?.[1]?.value).toBe(200);
    expect(table.rows.at(-1)?.[2]?.value).toBe(((200 * 201) / 2) * 1_000_001);
    expect(text(message)).toContain(
      JSON.stringify(t('common.table.shown', { shown: 99, total: 200 })).slice(1, -1),
    );
    const labels = (leaderboardChart(board, f).chart as { axis_config: { categories: string[] } }).axis_config
      .categories;
    expect(new Set(labels).size).toBe(20);
  });

  it('announces a milestone of a rep and of the team', () => {
    const announcement = {
      progress: row({}, { done: 2_500_000, percent: 50 }),
      percent: 50 as const,
      reached: [50 as const],
      periodStart: '2026-12-01',
    };
    expect(buildMilestone(announcement, f).text).toContain('<@U_A>');
    expect(buildMilestone(announcement, f).text).toContain('50%');
    const team = { ...announcement, progress: row({ subject: { kind: 'team' } }) };
    expect(buildMilestone(team, f).text).toBe(
      t('targets.milestone.team', {
        percent: 50,
        metric: t('targets.metric.won'),
        done: amountLabel(1_234_550, 'CNY', locale),
        target: amountLabel(5_000_000, 'CNY', locale),
      }),
    );
  });
});

describe('amount labels', () => {
  it('shows cents only when there are some, and yen without decimals', () => {
    expect(amountLabel(50_000_000, 'CNY', 'en')).toBe('¥500,000');
    expect(amountLabel(50_000_050, 'CNY', 'zh-CN')).toBe('¥500,000.50');
    expect(amountLabel(1_500, 'JPY', 'en')).toBe('JP¥1,500');
    // Past 2^53 / 100 yuan a float would lose the fen; the decimal string keeps them.
    expect(amountLabel(9_007_199_254_740_991, 'CNY', 'en')).toBe('¥90,071,992,547,409.91');
  });
});
