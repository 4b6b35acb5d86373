import type { KnownBlock, View } from '@slack/types';
import type { FinanceSection, OverdueMoney, TeamSection } from '../../../features/home/home.types.js';
import type { HomeOverview, StageTotal } from '../../../features/leads/lead-home.usecases.js';
import type { Lead } from '../../../features/leads/leads.types.js';
import { STAGES } from '../../../features/leads/leads.types.js';
import type { Locale, Translate } from '../../../i18n/index.js';
import { ACTIONS } from '../../ids.js';
import { SLACK_LIMITS } from '../../limits.js';
import { escapeMrkdwn, truncate, userMention } from '../../mrkdwn.js';
import { mrkdwn, plain } from '../blocks.js';
import { followUpLabel, moneyLabel, stageLabel } from '../leads/lead-format.js';
import { financeBlocks } from './home-finance.js';
import { overdueMoneyBlock, repPipelineChart } from './home-rep.js';
import { teamBlocks } from './home-team.js';

export type HomeView = View & { type: 'home' };

/** Leads listed per section; each is one line of one section block, so the home stays far under 100 blocks. */
const LINES_PER_SECTION = 10;
const NAME_PREVIEW = 60;
/** Room kept for the "…and N more" line. */
const MORE_RESERVE = 100;

function stageLine(total: StageTotal, t: Translate, locale: Locale): string {
  const value = total.values.length
    ? total.values.map((v) => moneyLabel(v.amount, v.currency, locale, t)).join(' + ')
    : t('common.none');
  return t('leads.home.stageLine', { stage: stageLabel(total.stage, t), count: total.count, value });
}

/** One line per lead (names shortened), as many as fit one section, then how many more there are. */
function leadLines(leads: Lead[], today: string, t: Translate): string {
  const lines: string[] = [];
  let length = 0;
  for (const lead of leads.slice(0, LINES_PER_SECTION)) {
    const name = escapeMrkdwn(truncate(lead.companyName, NAME_PREVIEW));
    const contact = escapeMrkdwn(truncate(lead.contactName, NAME_PREVIEW));
    const line = `• *#${lead.id} ${name}* · ${contact} · ${stageLabel(lead.stage, t)} · ${followUpLabel(lead, today, t)}`;
    if (length + line.length + 1 > SLACK_LIMITS.sectionText - MORE_RESERVE) break;
    lines.push(line);
    length += line.length + 1;
  }
  if (leads.length > lines.length) lines.push(t('leads.home.more', { count: leads.length - lines.length }));
  return lines.join('\n');
}

/**
 * The App Home dashboard: a "New lead" button, the viewer's targets' progress (`targets`, when they have any), their
 * pipeline by stage (lines, and a native chart in the team's `currency`), the money overdue on their contracts,
 * follow-ups due and overdue, recent leads; then the team's section for a manager and finance's for finance, when
 * given. Charts are native `data_visualization` blocks: Home has no per-surface chart cap, only its 100 blocks.
 */
export function buildAppHome(input: {
  overview: HomeOverview;
  userId: string;
  t: Translate;
  locale: Locale;
  targets?: KnownBlock[];
  currency?: string;
  overdueMoney?: OverdueMoney[];
  team?: TeamSection | null;
  finance?: FinanceSection | null;
}): HomeView {
  const { overview, t, locale } = input;
  const section = (text: string): KnownBlock => ({ type: 'section', text: mrkdwn(text) });
  const blocks: KnownBlock[] = [
    section(t('leads.home.greeting', { user: userMention(input.userId) })),
    {
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: ACTIONS.homeNewLead,
          style: 'primary',
          text: plain(t('leads.home.newLead'), SLACK_LIMITS.buttonText),
          value: 'new',
        },
      ],
    },
    ...(input.targets?.length ? [...input.targets, { type: 'divider' as const }] : []),
    { type: 'header', text: plain(t('leads.home.pipeline'), SLACK_LIMITS.headerText) },
  ];
  const pipeline = STAGES.map((stage) => overview.pipeline.find((row) => row.stage === stage)).filter(
    (row): row is StageTotal => row !== undefined && row.count > 0,
  );
  blocks.push(
    section(
      pipeline.length
        ? pipeline.map((row) => stageLine(row, t, locale)).join('\n')
        : t('leads.home.emptyPipeline'),
    ),
  );
  if (input.currency) blocks.push(...repPipelineChart(overview.pipeline, input.currency, t));
  if (input.overdueMoney) blocks.push(overdueMoneyBlock(input.overdueMoney, t));
  blocks.push({ type: 'divider' });
  const { overdue, dueToday, today } = overview;
  const more = (count: number, shown: number) =>
    count > shown ? `\n${t('leads.home.more', { count: count - shown })}` : '';
  if (overview.overdueCount)
    blocks.push(
      { type: 'header', text: plain(t('leads.home.overdue', { count: overview.overdueCount })) },
      section(leadLines(overdue, today, t) + more(overview.overdueCount, overdue.length)),
    );
  blocks.push({ type: 'header', text: plain(t('leads.home.dueToday', { count: overview.dueTodayCount })) });
  blocks.push(
    section(
      dueToday.length
        ? leadLines(dueToday, today, t) + more(overview.dueTodayCount, dueToday.length)
        : t('leads.home.noneDue'),
    ),
  );
  if (overview.recent.length)
    blocks.push(
      { type: 'divider' },
      { type: 'header', text: plain(t('leads.home.recent'), SLACK_LIMITS.headerText) },
      section(leadLines(overview.recent, today, t)),
    );
  // Finance's aging covers everyone: the team section then leaves its own (a subset) out.
  if (input.team)
    blocks.push(
      ...teamBlocks(input.team, { t, locale, withAging: !(input.finance && input.team.owners === 'all') }),
    );
  if (input.finance) blocks.push(...financeBlocks(input.finance, t));
  return { type: 'home', blocks: blocks.slice(0, SLACK_LIMITS.modalBlocks) };
}
