import type { KnownBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../deps.js';
import { todayFor } from '../../features/leads/leads.usecases.js';
import { commissionStatement } from '../../features/ledger/commission.usecases.js';
import { contractDetail, LEDGER_PAGE_SIZE } from '../../features/ledger/contracts.usecases.js';
import type { ContractRef } from '../../features/ledger/ledger.types.js';
import { isFinance } from '../../features/ledger/ledger-access.js';
import { ledgerCsv, reconciliationCsv, statementCsv } from '../../features/ledger/ledger-csv.js';
import { exportLedger } from '../../features/ledger/ledger-export.usecases.js';
import { reconciliation } from '../../features/ledger/ledger-reports.usecases.js';
import { listLedgerWithShortfalls } from '../../features/ledger/ledger-shortfalls.js';
import { memberNames } from '../../features/team/team.usecases.js';
import type { RequestContext } from '../context.js';
import { buildReconciliationMessage, buildStatementMessage } from '../views/ledger/commission-views.js';
import { buildContractMessage } from '../views/ledger/contract-view.js';
import { buildLedgerList } from '../views/ledger/ledger-list.js';
import { parseContractCommand } from './ledger-command-parser.js';

export type SlackMessage = { text: string; blocks: KnownBlock[] };

/** The filter a list was asked with (`mine`, `overdue`, `#42`, a name…), read as `/contract ledger` reads it. */
function filterOf(filterText: string) {
  const parsed = parseContractCommand(`ledger ${filterText}`);
  return parsed.kind === 'ledger' ? parsed.filter : ({ kind: 'team' } as const);
}

/** `/contract ledger …` and its page buttons: totals and one page of the contracts the caller may see. */
export async function ledgerListMessage(
  deps: AppDeps,
  request: RequestContext,
  filterText: string,
  page = 0,
): Promise<SlackMessage> {
  const filter = filterOf(filterText);
  const result = await listLedgerWithShortfalls({ ...deps, actor: request.actor, filter, page });
  return buildLedgerList({ ...result, filter, filterText, pageSize: LEDGER_PAGE_SIZE, t: request.t });
}

/** One contract, with the buttons the caller may use. */
export async function contractMessage(
  deps: AppDeps,
  request: RequestContext,
  ref: ContractRef,
): Promise<SlackMessage> {
  const { actor, t } = request;
  const detail = await contractDetail({ ...deps, actor, ref });
  return buildContractMessage({ detail, today: todayFor(actor, deps.clock), finance: isFinance(actor), t });
}

export async function statementMessage(
  deps: AppDeps,
  request: RequestContext,
  input: { month: string | null; repUserId: string | null },
): Promise<SlackMessage> {
  const statement = await commissionStatement({
    ...deps,
    actor: request.actor,
    team: request.team,
    ...input,
  });
  return buildStatementMessage({ statement, t: request.t, exportable: true });
}

export async function reconciliationMessage(
  deps: AppDeps,
  request: RequestContext,
  month: string | null,
): Promise<SlackMessage> {
  const result = await reconciliation({ ...deps, actor: request.actor, team: request.team, month });
  return buildReconciliationMessage({ reconciliation: result, t: request.t });
}

/** A CSV into the caller's DM (files.uploadV2 needs the DM's channel id). */
export async function uploadCsv(input: {
  client: WebClient;
  userId: string;
  filename: string;
  csv: string;
  title: string;
}): Promise<void> {
  const { channel } = await input.client.conversations.open({ users: input.userId });
  await input.client.filesUploadV2({
    channel_id: channel?.id ?? input.userId,
    file: Buffer.from(input.csv, 'utf8'),
    filename: input.filename,
    title: input.title,
    initial_comment: input.title,
  });
}

/** The CSV files the ledger offers, each built from what the caller may see. */
export async function ledgerCsvFile(
  deps: AppDeps,
  request: RequestContext,
  filterText: string,
): Promise<{ csv: string; count: number; truncated: boolean }> {
  const { actor, team, t } = request;
  const { summaries, truncated, shortfalls } = await exportLedger({
    ...deps,
    actor,
    filter: filterOf(filterText),
  });
  const names = await memberNames({ ...deps, teamId: team.teamId });
  const csv = ledgerCsv(summaries, t, { names, timeZone: team.timezone }, shortfalls);
  return { csv, count: summaries.length, truncated };
}

export async function statementCsvFile(
  deps: AppDeps,
  request: RequestContext,
  input: { month: string; repUserId: string | null },
): Promise<{ csv: string; count: number; month: string }> {
  const { actor, team, t } = request;
  // One statement covers every rep the caller may see: the lines of all of them, in one CSV.
  const statement = await commissionStatement({ ...deps, actor, team, ...input });
  const csv = statementCsv(statement.lines, t, {
    names: await memberNames({ ...deps, teamId: team.teamId }),
    timeZone: team.timezone,
  });
  return { csv, count: statement.lines.length, month: statement.month };
}

export async function reconciliationCsvFile(
  deps: AppDeps,
  request: RequestContext,
  month: string,
): Promise<{ csv: string; month: string }> {
  const { actor, team, t } = request;
  const result = await reconciliation({ ...deps, actor, team, month });
  const csv = reconciliationCsv(result, t, {
    names: await memberNames({ ...deps, teamId: team.teamId }),
    timeZone: team.timezone,
  });
  return { csv, month: result.month };
}
