import { headerReader } from '../imports/header-mapping.js';
import type { Table } from '../imports/imports.types.js';
import { type PastedLine, type PasteProblem, readLineFields } from './quote-input.js';

/** The columns a file of quote lines may have: the code and the quantity, and optionally a price and a discount. */
export const LINE_FILE_COLUMNS = ['sku', 'quantity', 'price', 'discount'] as const;
type LineFileColumn = (typeof LINE_FILE_COLUMNS)[number];

/**
 * Header names for each column, in English and Chinese, as reps and ERP exports write them (compared after the
 * import pipeline's `normalizeHeader`: case, spaces, punctuation and `(…)` ignored). The price is before tax, as
 * the price list keeps it; a column of prices with tax (含税单价) is deliberately not recognised.
 */
const NAMES: Record<LineFileColumn, string[]> = {
  sku: [
    'sku',
    'code',
    'item code',
    'product code',
    'part number',
    'part no',
    '编码',
    '产品编码',
    '物料编码',
    '商品编码',
    '存货编码',
    '货号',
    '型号',
  ],
  quantity: ['quantity', 'qty', 'amount ordered', 'units', '数量', '订购数量', '采购数量'],
  price: ['price', 'unit price', 'net price', '单价', '价格', '报价', '不含税单价', '未税单价'],
  discount: ['discount', 'discount %', 'disc', '折扣', '折扣率', '优惠'],
};

const columnOf = headerReader(LINE_FILE_COLUMNS, (column) => NAMES[column]);

/**
 * A plain number above 0 and below 1: what a spreadsheet cell formatted as a percentage holds (5 % is stored as
 * 0.05, and the reader gives the stored number, not its format). Read as "0.05 %" it would be a silent mistake,
 * so such a discount is refused with how to write it; a discount of less than 1 % is written with its `%`.
 */
const FRACTION = /^0?\.\d*[1-9]\d*$/;

/**
 * A spreadsheet of quote lines (read by the import pipeline's reader) as the same lines a paste gives, each row
 * checked by the same rules; a row's number is the one the spreadsheet app shows. Without a code and a quantity
 * column nothing can be read, and one problem is returned for the file (row 0).
 */
export function readLineTable(
  table: Table,
  currency: string,
): { lines: PastedLine[]; problems: PasteProblem[] } {
  const at: Partial<Record<LineFileColumn, number>> = {};
  table.headers.forEach((header, index) => {
    const column = columnOf(header);
    if (column && at[column] === undefined) at[column] = index;
  });
  if (at.sku === undefined || at.quantity === undefined)
    return { lines: [], problems: [{ line: 0, text: '', error: 'quotes.error.fileColumns' }] };
  const lines: PastedLine[] = [];
  const problems: PasteProblem[] = [];
  for (const row of table.rows) {
    const cell = (column: LineFileColumn) => {
      const index = at[column];
      return index === undefined ? undefined : row.cells[index]?.trim() || undefined;
    };
    const shown = row.cells.filter(Boolean).join(' ').slice(0, 80);
    const sku = cell('sku');
    if (!sku) {
      problems.push({ line: row.line, text: shown, error: 'quotes.error.fileNoSku' });
      continue;
    }
    if (FRACTION.test(cell('discount') ?? '')) {
      problems.push({ line: row.line, text: shown, error: 'quotes.error.fileDiscountFraction' });
      continue;
    }
    const read = readLineFields(
      {
        line: row.line,
        shown,
        sku,
        quantity: cell('quantity'),
        price: cell('price'),
        discount: cell('discount'),
      },
      currency,
    );
    if ('error' in read) problems.push(read);
    else lines.push(read);
  }
  return { lines, problems };
}
