/** Slack's documented limits for Block Kit surfaces (https://api.slack.com/reference/block-kit). */
export const SLACK_LIMITS = {
  messageBlocks: 50,
  modalBlocks: 100,
  sectionText: 3000,
  sectionFieldText: 2000,
  sectionFields: 10,
  headerText: 150,
  modalTitle: 24,
  modalButton: 24,
  optionText: 75,
  optionValue: 150,
  staticSelectOptions: 100,
  privateMetadata: 3000,
  buttonText: 75,
  buttonValue: 2000,
  actionsElements: 25,
  contextElements: 10,
  messageText: 40000,
  inputLabel: 2000,
  plainTextInputMax: 3000,
  /**
   * Data table block (docs.slack.dev/reference/block-kit/blocks/data-table-block): a header row (raw_text only)
   * plus 1–100 rows, every row as long as the header, at most 20 columns, about 10,000 characters across all
   * cells, page_size 1–100, one per message.
   */
  dataTableRows: 100,
  dataTableColumns: 20,
  dataTableChars: 10000,
  dataTablePageSizeMax: 100,
  dataTablesPerMessage: 1,
  /** Table block (…/table-block): at most 100 rows of at most 20 cells. */
  tableRows: 100,
  tableCells: 20,
  /**
   * Data visualization block (…/data-visualization-block): title ≤ 50 characters; pie 1–6 segments, bar, area and
   * line 1–6 series of 1–20 points whose labels are the axis categories; labels and series names ≤ 20
   * characters; axis titles ≤ 50; pie values > 0; at most two per message.
   */
  chartTitle: 50,
  chartSeries: 6,
  chartSegments: 6,
  chartPoints: 20,
  chartLabel: 20,
  chartAxisLabel: 50,
  chartsPerMessage: 2,
} as const;
