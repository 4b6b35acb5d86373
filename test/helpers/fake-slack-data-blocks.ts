import { SLACK_LIMITS } from '../../src/slack/limits.js';

/**
 * What Slack refuses in its data blocks (data_table, table, data_visualization), answered as Slack answers:
 * `invalid_blocks` with one `[ERROR] … [json-pointer:/blocks/…]` message per problem
 * (docs.slack.dev/reference/block-kit/blocks/data-table-block, …/table-block, …/data-visualization-block).
 * The fake calls it for every message and view it is sent, so a builder that breaks a limit fails its test.
 */

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null;
const list = (value: unknown): unknown[] | null => (Array.isArray(value) ? value : null);
const textOk = (value: unknown, max = Infinity) =>
  typeof value === 'string' && value.length >= 1 && value.length <= max;

class Problems {
  readonly messages: string[] = [];
  add(message: string, pointer: string): void {
    this.messages.push(`[ERROR] ${message} [json-pointer:${pointer}]`);
  }
}

/** The characters of one cell as the data table counts them (its text; rich text: the text of its parts). */
function cellChars(cell: Node): number {
  if (cell.type !== 'rich_text') return String(cell.text ?? '').length;
  let chars = 0;
  for (const element of list(cell.elements) ?? [])
    for (const part of list(isNode(element) ? element.elements : null) ?? [])
      if (isNode(part)) chars += String(part.text ?? part.user_id ?? part.url ?? '').length;
  return chars;
}

function checkCell(cell: unknown, pointer: string, header: boolean, problems: Problems): void {
  if (!isNode(cell)) {
    problems.add('must be an object', pointer);
    return;
  }
  if (cell.type === 'raw_text') {
    if (!textOk(cell.text)) problems.add('must be at least 1 character', `${pointer}/text`);
  } else if (cell.type === 'raw_number') {
    if (typeof cell.value !== 'number' || !Number.isFinite(cell.value))
      problems.add('must be a number', `${pointer}/value`);
    if (!textOk(cell.text)) problems.add('must be at least 1 character', `${pointer}/text`);
  } else if (cell.type === 'rich_text') {
    if (header) problems.add('header cells cannot be rich_text', pointer);
    if (!list(cell.elements)?.length) problems.add('must provide rich text elements', `${pointer}/elements`);
  } else {
    problems.add('must be raw_text, raw_number or rich_text', `${pointer}/type`);
  }
}

function checkDataTable(block: Node, at: string, problems: Problems): void {
  if (!textOk(block.caption)) problems.add('caption is required', `${at}/caption`);
  const rows = list(block.rows);
  if (!rows) {
    problems.add('rows must be an array', `${at}/rows`);
    return;
  }
  if (rows.length < 2) problems.add('must have a header and at least 1 row', `${at}/rows`);
  if (rows.length > SLACK_LIMITS.dataTableRows + 1)
    problems.add(`must be less than ${SLACK_LIMITS.dataTableRows + 2} items`, `${at}/rows`);
  const width = list(rows[0])?.length ?? 0;
  if (width < 1 || width > SLACK_LIMITS.dataTableColumns)
    problems.add(`must have 1 to ${SLACK_LIMITS.dataTableColumns} columns`, `${at}/rows/0`);
  let chars = 0;
  rows.forEach((row, r) => {
    const cells = list(row);
    if (!cells) {
      problems.add('must be an array', `${at}/rows/${r}`);
      return;
    }
    if (cells.length !== width) problems.add(`must have ${width} cells like the header`, `${at}/rows/${r}`);
    cells.forEach((cell, c) => {
      checkCell(cell, `${at}/rows/${r}/${c}`, r === 0, problems);
      if (isNode(cell)) chars += cellChars(cell);
    });
  });
  if (chars > SLACK_LIMITS.dataTableChars)
    problems.add(`cells must hold at most ${SLACK_LIMITS.dataTableChars} characters in all`, `${at}/rows`);
  const pageSize = block.page_size;
  if (
    pageSize !== undefined &&
    (!Number.isInteger(pageSize) ||
      Number(pageSize) < 1 ||
      Number(pageSize) > SLACK_LIMITS.dataTablePageSizeMax)
  )
    problems.add(`must be between 1 and ${SLACK_LIMITS.dataTablePageSizeMax}`, `${at}/page_size`);
  const rowHeader = block.row_header_column_index;
  if (
    rowHeader !== undefined &&
    (!Number.isInteger(rowHeader) || Number(rowHeader) < 0 || Number(rowHeader) >= width)
  )
    problems.add('must name a column', `${at}/row_header_column_index`);
}

function checkTable(block: Node, at: string, problems: Problems): void {
  const rows = list(block.rows);
  if (!rows?.length) {
    problems.add('rows must be a non-empty array', `${at}/rows`);
    return;
  }
  if (rows.length > SLACK_LIMITS.tableRows)
    problems.add(`must be less than ${SLACK_LIMITS.tableRows + 1} items`, `${at}/rows`);
  rows.forEach((row, r) => {
    const cells = list(row) ?? [];
    if (cells.length > SLACK_LIMITS.tableCells)
      problems.add(`must be less than ${SLACK_LIMITS.tableCells + 1} items`, `${at}/rows/${r}`);
    cells.forEach((cell, c) => {
      checkCell(cell, `${at}/rows/${r}/${c}`, false, problems);
    });
  });
  if ((list(block.column_settings)?.length ?? 0) > SLACK_LIMITS.tableCells)
    problems.add(`must be less than ${SLACK_LIMITS.tableCells + 1} items`, `${at}/column_settings`);
}

function checkChart(block: Node, at: string, problems: Problems): void {
  if (!textOk(block.title, SLACK_LIMITS.chartTitle))
    problems.add(`must be 1 to ${SLACK_LIMITS.chartTitle} characters`, `${at}/title`);
  const chart = isNode(block.chart) ? block.chart : null;
  if (!chart) {
    problems.add('chart is required', `${at}/chart`);
    return;
  }
  if (chart.type === 'pie') {
    const segments = list(chart.segments) ?? [];
    if (segments.length < 1 || segments.length > SLACK_LIMITS.chartSegments)
      problems.add(`must have 1 to ${SLACK_LIMITS.chartSegments} items`, `${at}/chart/segments`);
    segments.forEach((segment, s) => {
      const one = isNode(segment) ? segment : {};
      if (!textOk(one.label, SLACK_LIMITS.chartLabel))
        problems.add(`must be 1 to ${SLACK_LIMITS.chartLabel} characters`, `${at}/chart/segments/${s}/label`);
      if (typeof one.value !== 'number' || !(one.value > 0) || !Number.isFinite(one.value))
        problems.add('must be greater than 0', `${at}/chart/segments/${s}/value`);
    });
    return;
  }
  if (!['bar', 'area', 'line'].includes(String(chart.type))) {
    problems.add('must be one of pie, bar, area, line', `${at}/chart/type`);
    return;
  }
  const axis = isNode(chart.axis_config) ? chart.axis_config : null;
  if (!axis) {
    problems.add('axis_config is required', `${at}/chart/axis_config`);
    return;
  }
  const categories = (list(axis.categories) ?? []).map(String);
  categories.forEach((category, c) => {
    if (!textOk(category, SLACK_LIMITS.chartLabel))
      problems.add(
        `must be 1 to ${SLACK_LIMITS.chartLabel} characters`,
        `${at}/chart/axis_config/categories/${c}`,
      );
  });
  for (const key of ['x_label', 'y_label'])
    if (axis[key] !== undefined && !textOk(axis[key], SLACK_LIMITS.chartAxisLabel))
      problems.add(
        `must be 1 to ${SLACK_LIMITS.chartAxisLabel} characters`,
        `${at}/chart/axis_config/${key}`,
      );
  const series = list(chart.series) ?? [];
  if (series.length < 1 || series.length > SLACK_LIMITS.chartSeries)
    problems.add(`must have 1 to ${SLACK_LIMITS.chartSeries} items`, `${at}/chart/series`);
  const names = new Set<string>();
  series.forEach((one, s) => {
    const entry = isNode(one) ? one : {};
    const name = String(entry.name ?? '');
    if (!textOk(entry.name, SLACK_LIMITS.chartLabel))
      problems.add(`must be 1 to ${SLACK_LIMITS.chartLabel} characters`, `${at}/chart/series/${s}/name`);
    if (names.has(name)) problems.add('series names must be unique', `${at}/chart/series/${s}/name`);
    names.add(name);
    const points = list(entry.data) ?? [];
    if (points.length < 1 || points.length > SLACK_LIMITS.chartPoints)
      problems.add(`must have 1 to ${SLACK_LIMITS.chartPoints} items`, `${at}/chart/series/${s}/data`);
    points.forEach((point, p) => {
      const item = isNode(point) ? point : {};
      if (!categories.includes(String(item.label)))
        problems.add(
          'label must be one of axis_config.categories',
          `${at}/chart/series/${s}/data/${p}/label`,
        );
      if (typeof item.value !== 'number' || !Number.isFinite(item.value))
        problems.add('must be a number', `${at}/chart/series/${s}/data/${p}/value`);
    });
  });
}

/** The problems Slack reports for the data blocks in `blocks` (pointers under `base`), none when it accepts them. */
export function dataBlockProblems(blocks: unknown, base: string, surface: 'message' | 'view'): string[] {
  const problems = new Problems();
  let tables = 0;
  let charts = 0;
  (list(blocks) ?? []).forEach((block, index) => {
    if (!isNode(block)) return;
    const at = `${base}/${index}`;
    if (block.type === 'data_table') {
      tables += 1;
      if (surface === 'message' && tables > SLACK_LIMITS.dataTablesPerMessage)
        problems.add('only one data_table is allowed per message', at);
      checkDataTable(block, at, problems);
    }
    if (block.type === 'table') checkTable(block, at, problems);
    if (block.type === 'data_visualization') {
      charts += 1;
      if (surface === 'message' && charts > SLACK_LIMITS.chartsPerMessage)
        problems.add(`at most ${SLACK_LIMITS.chartsPerMessage} data_visualization blocks per message`, at);
      checkChart(block, at, problems);
    }
  });
  return problems.messages;
}

/** The fake's hook: Slack's answer to a Web API call (or a response_url post) whose data blocks it refuses. */
export function refuseInvalidDataBlocks(
  method: string,
  args: Record<string, unknown>,
): Record<string, unknown> | null {
  const view = isNode(args.view) ? args.view : null;
  const messages = method.startsWith('views.')
    ? dataBlockProblems(view?.blocks, '/view/blocks', 'view')
    : dataBlockProblems(args.blocks, '/blocks', 'message');
  if (messages.length === 0) return null;
  return { ok: false, error: 'invalid_blocks', response_metadata: { messages } };
}
