import type { KnownBlock } from '@slack/types';
import type { ApprovalWaiting, PipelineNumbers, TeamDigest } from '../../../features/digest/digest.types.js';
import type { Locale, MessageKey, Translate } from '../../../i18n/index.js';
import { SLACK_LIMITS } from '../../limits.js';
import { escapeMrkdwn, userMention } from '../../mrkdwn.js';
import { mrkdwn, plain } from '../blocks.js';
import { chartBlock } from '../data-chart.js';
import { stageLabel } from '../leads/lead-format.js';
import { pipelineChart } from './digest-chart.js';
import {
  ageLabel,
  capBlocks,
  countAndValue,
  type DigestFormat,
  leadLine,
  lostReasonLabel,
  money,
  repLine,
  sections,
  stageOrNone,
  windowLabel,
  withMore,
} from './digest-format.js';

/** The sections both the team digest and `/pipeline` show, for one window and one set of owners. */
export function numbersBlocks(numbers: PipelineNumbers, f: DigestFormat): KnownBlock[] {
  const { t } = f;
  const none = `_${t('digest.none')}_`;
  const orNone = (lines: string[]) => (lines.length ? lines : [none]);
  const moveCount = numbers.moves.reduce((sum, move) => sum + move.count, 0);
  const reasons = numbers.lostReasons.map((r) => `${lostReasonLabel(r.reason, t)} (${r.count})`).join(', ');
  const stale = numbers.stale.leads.map((lead) =>
    leadLine(
      lead,
      f,
      lead.expectedCloseDate && lead.expectedCloseDate < numbers.window.toDate
        ? t('digest.stale.pastClose', { date: lead.expectedCloseDate })
        : t('digest.stale.idle', { date: lead.lastActivityAt.toISOString().slice(0, 10) }),
    ),
  );
  return [
    ...sections(
      t('digest.newLeads.title', countAndValue(numbers.newLeads, f)),
      withMore(
        numbers.newLeads.leads.map((lead) => leadLine(lead, f)),
        numbers.newLeads.count,
        t,
      ),
    ),
    ...sections(
      t('digest.moves.title', { count: moveCount }),
      orNone(
        numbers.moves.map(
          (move) =>
            `• ${t('digest.moves.line', { from: stageOrNone(move.fromStage, t), to: stageOrNone(move.toStage, t), count: move.count })}`,
        ),
      ),
    ),
    ...sections(
      t('digest.won.title', countAndValue(numbers.won, f)),
      withMore(
        numbers.won.leads.map((lead) => leadLine(lead, f)),
        numbers.won.count,
        t,
      ),
    ),
    ...sections(t('digest.lost.title', countAndValue(numbers.lost, f)), [
      ...withMore(
        numbers.lost.leads.map((lead) => leadLine(lead, f, lostReasonLabel(lead.lostReason, t))),
        numbers.lost.count,
        t,
      ),
      ...(reasons ? [t('digest.lost.reasons', { reasons })] : []),
    ]),
    ...sections(
      t('digest.pipeline.title', {
        count: numbers.pipelineTotal.count,
        value: money(numbers.pipelineTotal.value, f),
        weighted: money(numbers.pipelineTotal.weighted, f),
      }),
      numbers.pipeline.map(
        (row) =>
          `• ${t('digest.pipeline.line', {
            stage: stageLabel(row.stage, t),
            count: row.count,
            value: money(row.value, f),
            probability: row.probability,
            weighted: money(row.weighted, f),
          })}`,
      ),
    ),
    ...sections(
      t('digest.stale.title', countAndValue(numbers.stale, f)),
      withMore(stale, numbers.stale.count, t),
    ),
    ...sections(t('digest.reps.title'), orNone(numbers.reps.map((rep) => repLine(rep, t)))),
  ];
}

export function approvalLines(approvals: ApprovalWaiting[], t: Translate, limit: number): string[] {
  const lines = approvals.slice(0, limit).map(
    (approval) =>
      `• ${t('digest.approvals.line', {
        lead: `#${approval.leadId} ${escapeMrkdwn(approval.companyName)}`,
        kind: t(`digest.approvalKind.${approval.kind}` as MessageKey) ?? approval.kind,
        approver: approval.approverUserId ? userMention(approval.approverUserId) : t('common.none'),
        age: ageLabel(approval.ageHours, t),
      })}`,
  );
  return approvals.length > limit
    ? [...lines, `_${t('digest.more', { count: approvals.length - limit })}_`]
    : lines;
}

/** The team digest posted to the sales channel each working morning; `extra` (targets, plans) goes before approvals. */
export function buildTeamDigest(
  digest: TeamDigest,
  t: Translate,
  locale: Locale,
  extra: KnownBlock[] = [],
): { text: string; blocks: KnownBlock[] } {
  const f: DigestFormat = { t, locale, currency: digest.currency };
  const blocks: KnownBlock[] = [
    { type: 'header', text: plain(t('digest.team.title', { date: digest.date }), SLACK_LIMITS.headerText) },
    { type: 'context', elements: [mrkdwn(windowLabel(digest.window, t))] },
    // Slack draws the chart in the message (no file upload); a pipeline with no open stage has nothing to draw.
    ...(digest.pipeline.length ? [chartBlock(pipelineChart(digest, t))] : []),
    ...numbersBlocks(digest, f),
    ...extra,
    ...sections(
      t('digest.approvals.title', { count: digest.approvals.length }),
      digest.approvals.length ? approvalLines(digest.approvals, t, 10) : [`_${t('digest.none')}_`],
    ),
  ];
  const text = t('digest.team.fallback', {
    date: digest.date,
    newLeads: digest.newLeads.count,
    won: digest.won.count,
    lost: digest.lost.count,
    open: digest.pipelineTotal.count,
  });
  return { text, blocks: capBlocks(blocks, t) };
}
