import type { DataTableBlock, RawNumberElement, RawTextElement, RichTextBlock } from '@slack/types';
import { formatMinor } from '../../lib/money/minor-units.js';
import { SLACK_LIMITS } from '../limits.js';
import { truncate } from '../mrkdwn.js';

/** One cell of a data table: text, a number that sorts as a number, or rich text (a user mention). */
export type TableCell = RawTextElement | RawNumberElement | RichTextBlock;

/** Longest text a cell keeps by default: a long customer name must not eat the table's character budget. */
const CELL_TEXT_MAX = 40;

/** Slack refuses an empty cell text (minimum 1 character): an empty value shows as a dash. */
export function textCell(text: string | null | undefined, max = CELL_TEXT_MAX): RawTextElement {
  const trimmed = (text ?? '').trim();
  return { type: 'raw_text', text: trimmed ? truncate(trimmed, max) : '—' };
}

export function numberCell(value: number, text = String(value)): RawNumberElement {
  return { type: 'raw_number', value, text };
}

/** Money sorts by its integer minor units (exact, no float) and reads in its currency's format. */
export function moneyCell(minor: number, currency: string): RawNumberElement {
  return numberCell(minor, formatMinor(minor, currency));
}

/** A share (not money), such as the collected percentage with its one decimal. */
export function percentCell(percent: number): RawNumberElement {
  return numberCell(percent, `${percent}%`);
}

/** A person as Slack shows them (their current name, in the reader's client). */
export function userCell(userId: string): RichTextBlock {
  return {
    type: 'rich_text',
    elements: [{ type: 'rich_text_section', elements: [{ type: 'user', user_id: userId }] }],
  };
}

/**
 * The characters a cell adds to the table's budget: its text; a rich-text cell, the text of its parts (a user
 * mention counted as its id, since Slack's count of a rendered name is not documented).
 */
export function cellChars(cell: TableCell): number {
  if (cell.type !== 'rich_text') return cell.text.length;
  let chars = 0;
  for (const element of cell.elements)
    for (const part of 'elements' in element ? element.elements : []) {
      const piece = part as { text?: string; user_id?: string; url?: string };
      chars += (piece.text ?? piece.user_id ?? piece.url ?? '').length;
    }
  return chars;
}

export interface DataTableInput {
  caption: string;
  headers: string[];
  /** The records, already in the order that matters (the first ones are kept when not all fit). */
  rows: TableCell[][];
  /** Totals rows, always shown after the records (they count against the same limits). */
  totals?: TableCell[][];
  /** How many records the list covers when `rows` is already a first part of it (defaults to `rows.length`). */
  count?: number;
  /** Rows per page in the client: 1–100. */
  pageSize?: number;
  blockId?: string;
}

export interface DataTable {
  block: DataTableBlock;
  /** How many of `rows` the table holds: fewer than asked when Slack's row or character limit is reached. */
  shown: number;
  total: number;
}

/**
 * A data table within Slack's limits: at most 100 rows under the header and about 10,000 characters across all
 * cells. Records are kept in the order given until either limit would be passed, the totals rows always; the
 * caller says "showing `shown` of `total`" and offers the full export when `shown < total`. Null when there is no
 * record (Slack requires at least one row under the header).
 */
export function buildDataTable(input: DataTableInput): DataTable | null {
  const columns = Math.min(input.headers.length, SLACK_LIMITS.dataTableColumns);
  const clip = (row: TableCell[]) => row.slice(0, columns);
  const header: RawTextElement[] = input.headers.slice(0, columns).map((text) => textCell(text));
  const totals = (input.totals ?? []).map(clip);
  const rowChars = (row: TableCell[]) => row.reduce((sum, cell) => sum + cellChars(cell), 0);
  let chars = rowChars(header) + totals.reduce((sum, row) => sum + rowChars(row), 0);
  const maxRecords = SLACK_LIMITS.dataTableRows - totals.length;
  const kept: TableCell[][] = [];
  for (const row of input.rows) {
    if (kept.length >= maxRecords) break;
    const cells = clip(row);
    const next = rowChars(cells);
    if (chars + next > SLACK_LIMITS.dataTableChars) break;
    chars += next;
    kept.push(cells);
  }
  if (kept.length === 0) return null;
  const rows = [...kept, ...totals];
  const pageSize = Math.min(
    SLACK_LIMITS.dataTablePageSizeMax,
    Math.max(1, input.pageSize ?? Math.min(rows.length, 20)),
  );
  return {
    block: {
      type: 'data_table',
      ...(input.blockId ? { block_id: input.blockId } : {}),
      caption: input.caption,
      page_size: pageSize,
      rows: [header, ...rows],
    },
    shown: kept.length,
    total: Math.max(input.count ?? 0, input.rows.length),
  };
}
