import { describe, expect, it } from 'vitest';
import type { FinanceSection, TeamSection } from '../../../../src/features/home/home.types.js';
import type { HomeOverview } from '../../../../src/features/leads/lead-home.usecases.js';
import { OPEN_STAGES } from '../../../../src/features/leads/leads.types.js';
import type { TargetProgress } from '../../../../src/features/targets/targets.types.js';
import { type Locale, translator } from '../../../../src/i18n/index.js';
import { HOME_BLOCKS } from '../../../../src/slack/home/home-ids.js';
import { ACTIONS, BLOCKS } from '../../../../src/slack/ids.js';
import { buildAppHome } from '../../../../src/slack/views/home/app-home.js';
import { bareLead } from '../../../fixtures/leads.js';
import { dataBlockProblems } from '../../../helpers/fake-slack-data-blocks.js';
import { slackLimitViolations } from '../../../helpers/view-limits.js';

const hostile = '<!channel> <@U123> & <https://evil.example|click>';
const longName = '华东精密机械设备制造集团股份有限公司上海浦东新区分公司'.repeat(4);
const leads = Array.from({ length: 40 }, (_, i) =>
  bareLead({
    id: i + 1,
    companyName: `${hostile} ${longName}`,
    stage: 'proposal',
    nextFollowUpOn: '2026-03-01',
  }),
);
const overview: HomeOverview = {
  today: '2026-03-02',
  pipeline: OPEN_STAGES.map((stage, i) => ({
    stage,
    count: 1000 + i,
    values: [
      { currency: 'CNY', amount: 987_654_321_00 + i },
      { currency: 'USD', amount: 5_000_00 },
    ],
  })),
  dueToday: leads.slice(0, 15),
  overdue: leads.slice(15, 30),
  dueTodayCount: 2500,
  overdueCount: 1800,
  recent: leads.slice(0, 8),
};
const window = {
  period: 'month' as const,
  fromDate: '2026-03-01',
  toDate: '2026-04-01',
  from: new Date('2026-02-28T16:00:00Z'),
  to: new Date('2026-03-31T16:00:00Z'),
};
// 200 reps on the team, each with a monthly won target.
const repTargets: TargetProgress[] = Array.from({ length: 200 }, (_, i) => ({
  target: {
    id: i + 1,
    teamId: 'T1',
    subject: { kind: 'rep', userId: `U_REP${i}` },
    metric: 'won',
    period: 'month',
    value: 100_000_000,
    currency: 'CNY',
    setByUserId: 'U_MGR',
    updatedAt: new Date('2026-03-01T00:00:00Z'),
    version: 1,
  },
  window,
  progress: {
    done: 1_000_000 * i,
    target: 100_000_000,
    percent: i,
    workingDays: 22,
    workingDaysLeft: 21,
    pacePerDay: 1000,
    onTrack: false,
  },
}));
const aging = {
  buckets: [
    { currency: 'CNY', days0to30: 1_000_000_00, days31to60: 2_000_000_00, days61to90: 3, over90: 4 },
    { currency: 'USD', days0to30: 5, days31to60: 6, days61to90: 7, over90: 8 },
  ],
  largest: Array.from({ length: 5 }, (_, i) => ({
    contractId: i,
    number: `HT-2026-000${i}`,
    customerName: `${hostile} ${longName}`,
    ownerUserId: `U_REP${i}`,
    currency: 'CNY',
    overdueMinor: 1_000_000,
    oldestDueOn: '2026-01-01',
  })),
} as unknown as TeamSection['aging'];
const team: TeamSection = {
  currency: 'CNY',
  owners: 'all',
  pipeline: OPEN_STAGES.map((stage, i) => ({ stage, count: 5000 + i, value: 987_654_321_00, weighted: 1 })),
  repTargets,
  names: Object.fromEntries(repTargets.map((_, i) => [`U_REP${i}`, `${longName}${i}`])),
  aging,
};
const finance: FinanceSection = {
  pendingPayments: {
    total: 5000,
    first: Array.from({ length: 5 }, (_, i) => ({
      paymentId: i,
      contractNumber: `HT-2026-${i}`,
      customerName: `${hostile} ${longName}`,
      amountMinor: 123_456_789,
      currency: 'CNY',
      reportedByUserId: 'U_REP',
      receivedOn: '2026-03-01',
    })),
  },
  invoicesWaiting: {
    total: 300,
    first: Array.from({ length: 5 }, (_, i) => ({
      invoiceId: i + 1,
      contractNumber: `HT-2026-${i}`,
      customerName: `${hostile} ${longName}`,
      amountMinor: 123_456_789,
      currency: 'CNY',
      requestedByUserId: 'U_REP',
    })),
  },
  aging,
};

describe('the App Home dashboard at its largest', () => {
  it.each(['en', 'zh-CN'] as Locale[])(
    'a rep who is also manager and finance: every section within Home’s 100 blocks and the chart rules (%s)',
    (locale) => {
      const t = translator(locale);
      const home = buildAppHome({
        overview,
        userId: 'U_ADMIN',
        t,
        locale,
        currency: 'CNY',
        overdueMoney: [{ currency: 'CNY', overdueMinor: 3_000_000_07 }],
        team,
        finance,
      });
      expect(slackLimitViolations(home as never, 'modal').filter((p) => !p.includes('title'))).toEqual([]);
      expect(dataBlockProblems(home.blocks, '/blocks', 'view')).toEqual([]);
      const text = JSON.stringify(home.blocks);
      expect(text).not.toContain('<!channel>');
      // True counts, not the size of what is listed.
      expect(text).toContain(JSON.stringify(t('home.finance.pending', { count: 5000 })).slice(1, -1));
      expect(text).toContain(JSON.stringify(t('home.finance.pendingMore', { count: 4995 })).slice(1, -1));
      expect(text).toContain(JSON.stringify(t('home.team.targetsMore', { count: 185 })).slice(1, -1));
      // Three charts on Home (it has no per-surface cap); 20 reps charted of 200.
      const charts = home.blocks.filter((block) => block.type === ('data_visualization' as never));
      expect(charts.map((chart) => chart.block_id)).toEqual([
        BLOCKS.homeRepPipeline,
        BLOCKS.homeTeamPipeline,
        BLOCKS.homeTeamTargets,
      ]);
      const targets = charts[2] as unknown as { chart: { axis_config: { categories: string[] } } };
      expect(targets.chart.axis_config.categories).toHaveLength(20);
    },
  );

  it('a rep with no lead sees no chart, and is told nothing is overdue', () => {
    const t = translator('en');
    const home = buildAppHome({
      overview: {
        ...overview,
        pipeline: [],
        dueToday: [],
        overdue: [],
        dueTodayCount: 0,
        overdueCount: 0,
        recent: [],
      },
      userId: 'U_REP',
      t,
      locale: 'en',
      currency: 'CNY',
      overdueMoney: [],
    });
    const text = JSON.stringify(home.blocks);
    expect(text).not.toContain('data_visualization');
    expect(text).toContain(t('home.rep.noOverdueMoney'));
  });
});

describe('finance’s payment buttons on Home', () => {
  it.each(['en', 'zh-CN'] as Locale[])(
    'each listed payment has Confirm and Reject with the DM notice’s action ids and its id, and the largest Home still ends with finance’s section (%s)',
    (locale) => {
      const t = translator(locale);
      const home = buildAppHome({ overview, userId: 'U_ADMIN', t, locale, currency: 'CNY', team, finance });
      const rows = home.blocks.filter((block) => block.block_id?.startsWith(`${HOME_BLOCKS.paymentRow}_`));
      expect(rows.map((row) => row.block_id)).toEqual(
        [0, 1, 2, 3, 4].map((id) => `${HOME_BLOCKS.paymentRow}_${id}`),
      );
      const [first] = rows as { elements: { action_id: string; value: string; text: { text: string } }[] }[];
      expect(first?.elements.map((e) => [e.action_id, e.value, e.text.text])).toEqual([
        [ACTIONS.paymentConfirm, '0', t('ledger.button.confirm')],
        [ACTIONS.paymentReject, '0', t('ledger.button.reject')],
      ]);
      // Nothing was cut at the 100-block cap: the last block is finance's closing hint.
      expect(home.blocks.length).toBeLessThanOrEqual(100);
      expect(JSON.stringify(home.blocks.at(-1))).toContain(
        JSON.stringify(t('home.finance.ledgerHint')).slice(1, -1),
      );
    },
  );
});
