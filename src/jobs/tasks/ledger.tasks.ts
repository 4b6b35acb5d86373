import type { AppDeps } from '../../deps.js';
import { localTime, normalizeTime } from '../../features/digest/digest-calendar.js';
import { monthStatement, submitCommissionSheet } from '../../features/ledger/commission.usecases.js';
import { DEFAULT_COMMISSION_PLAN } from '../../features/ledger/ledger.types.js';
import { reconciliationCsv, statementCsv } from '../../features/ledger/ledger-csv.js';
import { managerOverdueNotices, reconciliationOf } from '../../features/ledger/ledger-reports.usecases.js';
import { firstWorkingDay, previousMonth } from '../../features/ledger/month.js';
import { financeUserIds } from '../../features/ledger/payments.usecases.js';
import type { OutboxMessage } from '../../features/outbox/outbox.types.js';
import type { Team } from '../../features/team/team.types.js';
import { localeOf, memberNames } from '../../features/team/team.usecases.js';
import { isWorkingDay } from '../../features/team/work-calendar.js';
import { type Translate, translator } from '../../i18n/index.js';
import { localDate } from '../../lib/time-zone.js';
import { missingText } from '../../slack/views/approvals/approval-format.js';
import { buildStepMessage } from '../../slack/views/approvals/approval-message.js';
import {
  buildReconciliationMessage,
  buildStatementMessage,
} from '../../slack/views/ledger/commission-views.js';
import { buildManagerOverdueNotice } from '../../slack/views/ledger/overdue-views.js';
import type { DueRun, ScheduledTask } from '../scheduler.types.js';
import { DEFAULT_DIGEST_TIME } from './digest.tasks.js';

type LedgerTaskDeps = Pick<
  AppDeps,
  | 'digest'
  | 'teams'
  | 'outbox'
  | 'overdue'
  | 'contracts'
  | 'financeSettings'
  | 'ledgerReports'
  | 'approvals'
  | 'approvalPolicies'
>;

/** Teams whose local time has reached their digest time on a working day (later the same day still counts). */
async function teamsAtDigestTime(deps: LedgerTaskDeps, now: Date): Promise<{ team: Team; date: string }[]> {
  const due: { team: Team; date: string }[] = [];
  for (const team of await deps.digest.listTeams()) {
    const date = localDate(now, team.timezone);
    if (!isWorkingDay(date, team)) continue;
    if (localTime(now, team.timezone) >= normalizeTime(team.digestTime, DEFAULT_DIGEST_TIME))
      due.push({ team, date });
  }
  return due;
}

async function languageOf(deps: LedgerTaskDeps, team: Team, userId: string): Promise<Translate> {
  return translator(localeOf(await deps.teams.findMember(team.teamId, userId), team));
}

const dateOf = (run: DueRun) => String(run.payload?.date ?? '');

/**
 * After the policy's N days overdue, the rep's manager is told: one DM a working day at the team's digest time,
 * listing their reports' overdue installments. The run's key (team and date) makes it once a day.
 */
export function createOverdueManagerTask(deps: LedgerTaskDeps): ScheduledTask {
  return {
    kind: 'ledger-overdue-managers',
    async due(now) {
      return (await teamsAtDigestTime(deps, now)).map(({ team, date }) => ({
        kind: 'ledger-overdue-managers',
        teamId: team.teamId,
        key: `ledger-overdue-managers:${team.teamId}:${date}`,
        payload: { date },
      }));
    },
    async run(run, now) {
      const team = await deps.teams.ensureTeam(run.teamId);
      const notices = await managerOverdueNotices({ ...deps, teamId: team.teamId, date: dateOf(run) });
      const messages: OutboxMessage[] = [];
      for (const notice of notices) {
        const view = buildManagerOverdueNotice({
          ...notice,
          t: await languageOf(deps, team, notice.managerUserId),
        });
        messages.push({
          teamId: team.teamId,
          idempotencyKey: `${run.key}:${notice.managerUserId}`,
          method: 'chat.postMessage',
          payload: {
            channel: notice.managerUserId,
            text: view.text,
            blocks: view.blocks,
            unfurl_links: false,
          },
          notBefore: now,
        });
      }
      await deps.outbox.enqueue(messages);
    },
  };
}

function csvFile(
  teamId: string,
  key: string,
  userId: string,
  name: string,
  csv: string,
  now: Date,
): OutboxMessage {
  return {
    teamId,
    idempotencyKey: key,
    method: 'files.uploadV2',
    payload: {
      channel_id: userId,
      file_base64: Buffer.from(csv, 'utf8').toString('base64'),
      filename: name,
      title: name,
    },
    notBefore: now,
  };
}

/**
 * On the month's first working day, at the team's digest time, for last month: each rep's commission statement,
 * the commission sheet to finance (then a director) through the approval engine, and finance's reconciliation
 * with its CSV. Keyed by team and month: once a month.
 */
export function createMonthStartTask(deps: LedgerTaskDeps): ScheduledTask {
  return {
    kind: 'ledger-month',
    async due(now) {
      return (await teamsAtDigestTime(deps, now))
        .filter(({ team, date }) => firstWorkingDay(date.slice(0, 7), team) === date)
        .map(({ team, date }) => ({
          kind: 'ledger-month',
          teamId: team.teamId,
          key: `ledger-month:${team.teamId}:${previousMonth(date.slice(0, 7))}`,
          payload: { month: previousMonth(date.slice(0, 7)) },
        }));
    },
    async run(run, now) {
      const team = await deps.teams.ensureTeam(run.teamId);
      const month = String(run.payload?.month ?? '');
      const names = await memberNames({ ...deps, teamId: team.teamId });
      const csvNames = { names, timeZone: team.timezone };
      const plan = (await deps.financeSettings.findPlan(team.teamId)) ?? DEFAULT_COMMISSION_PLAN;
      const messages: OutboxMessage[] = [];
      // Last month's statement of every rep at once (held back and released as of its last day).
      const all = await monthStatement({
        ...deps,
        teamId: team.teamId,
        month,
        reps: 'all',
        timeZone: team.timezone,
        today: localDate(now, team.timezone),
      });
      for (const repUserId of [...new Set(all.totals.map((total) => total.repUserId))]) {
        const t = await languageOf(deps, team, repUserId);
        const view = buildStatementMessage({
          statement: {
            month,
            totals: all.totals.filter((total) => total.repUserId === repUserId),
            lines: all.lines.filter((line) => line.repUserId === repUserId),
            repUserId,
            plan,
            hold: all.hold,
          },
          t,
          exportable: false,
        });
        messages.push({
          teamId: team.teamId,
          idempotencyKey: `${run.key}:statement:${repUserId}`,
          method: 'chat.postMessage',
          payload: { channel: repUserId, text: view.text, blocks: view.blocks, unfurl_links: false },
          notBefore: now,
        });
      }
      const sheet = await submitCommissionSheet({ ...deps, team, month, now });
      const finance = await financeUserIds(deps, team.teamId);
      if (sheet.outcome === 'routed' && sheet.steps[0]) {
        const approver = sheet.steps[0].approverUserId;
        const t = await languageOf(deps, team, approver);
        const locale = localeOf(await deps.teams.findMember(team.teamId, approver), team);
        const view = buildStepMessage({
          request: sheet.request,
          step: sheet.steps[0],
          lead: null,
          t,
          locale,
        });
        messages.push({
          teamId: team.teamId,
          idempotencyKey: `${run.key}:sheet`,
          method: 'chat.postMessage',
          payload: { channel: approver, text: view.text, blocks: view.blocks, unfurl_links: false },
          notBefore: now,
        });
        const csv = statementCsv(all.lines, t, csvNames);
        messages.push(
          csvFile(team.teamId, `${run.key}:sheet-csv`, approver, `commission-${month}.csv`, csv, now),
        );
      }
      if (sheet.outcome === 'missing')
        for (const admin of sheet.adminUserIds) {
          const t = await languageOf(deps, team, admin);
          messages.push({
            teamId: team.teamId,
            idempotencyKey: `${run.key}:sheet-missing:${admin}`,
            method: 'chat.postMessage',
            payload: {
              channel: admin,
              text: t('ledger.sheet.missing', { month, missing: missingText(sheet.missing, t) }),
            },
            notBefore: now,
          });
        }
      const reconciliation = await reconciliationOf({
        ...deps,
        teamId: team.teamId,
        month,
        timeZone: team.timezone,
      });
      for (const userId of finance) {
        const t = await languageOf(deps, team, userId);
        const view = buildReconciliationMessage({ reconciliation, t });
        messages.push(
          {
            teamId: team.teamId,
            idempotencyKey: `${run.key}:recon:${userId}`,
            method: 'chat.postMessage',
            payload: { channel: userId, text: view.text, blocks: view.blocks, unfurl_links: false },
            notBefore: now,
          },
          csvFile(
            team.teamId,
            `${run.key}:recon-csv:${userId}`,
            userId,
            `reconciliation-${month}.csv`,
            reconciliationCsv(reconciliation, t, csvNames),
            now,
          ),
        );
      }
      await deps.outbox.enqueue(messages);
    },
  };
}

export function createLedgerTasks(deps: LedgerTaskDeps): ScheduledTask[] {
  return [createOverdueManagerTask(deps), createMonthStartTask(deps)];
}
