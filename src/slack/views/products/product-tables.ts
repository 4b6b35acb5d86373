import type { DataTableBlock, KnownBlock, RawTextElement } from '@slack/types';
import type { PriceListWithCount } from '../../../features/products/products.types.js';
import type { ProductSearch } from '../../../features/products/products.usecases.js';
import { formatMinor } from '../../../lib/money/minor-units.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { mrkdwn } from '../blocks.js';
import { type ProductFormat, productName, taxRateText } from './product-format.js';

/** Slack's data table: every cell at least one character, at most 10,000 across the table. */
const TABLE_CHARACTERS = 9_000;
const CELL_CHARACTERS = 120;

function cell(text: string): RawTextElement {
  const chars = Array.from(text.trim() || '—');
  return {
    type: 'raw_text',
    text:
      chars.length > CELL_CHARACTERS ? `${chars.slice(0, CELL_CHARACTERS - 1).join('')}…` : chars.join(''),
  };
}

/**
 * A data table of records (DESIGN.md, rule 17): the header row, then as many rows as fit Slack's 100 rows and
 * 10,000 characters. Returns the block and how many records it shows.
 */
export function dataTable(
  caption: string,
  header: string[],
  rows: string[][],
): { block: DataTableBlock; shown: number } {
  const table = [header.map(cell)];
  let characters = header.join('').length;
  for (const row of rows.slice(0, 100)) {
    const cells = row.map(cell);
    const size = cells.reduce((sum, c) => sum + c.text.length, 0);
    if (characters + size > TABLE_CHARACTERS) break;
    characters += size;
    table.push(cells);
  }
  return { block: { type: 'data_table', caption, rows: table, page_size: 20 }, shown: table.length - 1 };
}

/** `/product <text>` with several matches: a table of them with their price on the default list. */
export function buildProductSearchReply(
  search: Extract<ProductSearch, { kind: 'many' }>,
  text: string,
  f: ProductFormat,
): { text: string; blocks: KnownBlock[] } {
  const { t } = f;
  if (search.total === 0) {
    const none = t('products.search.none', { text: escapeMrkdwn(text) });
    return { text: none, blocks: [{ type: 'section', text: mrkdwn(none) }] };
  }
  const price = (minor: number | null) =>
    minor === null ? t('products.search.notOnList') : formatMinor(minor, search.list.currency);
  const status = (retired: boolean) => t(retired ? 'products.status.retired' : 'products.status.active');
  const rows = search.matches.map(({ product, priceMinor }) => [
    product.sku,
    productName(product, f.locale),
    product.unit,
    price(priceMinor),
    taxRateText(product.taxRateBp),
    status(product.status === 'retired'),
  ]);
  const { block, shown } = dataTable(
    t('products.table.caption'),
    ['sku', 'name', 'unit', 'price', 'taxRate', 'status'].map((field) =>
      t(`products.column.${field as 'sku'}`),
    ),
    rows,
  );
  const title = t('products.search.title', {
    total: search.total,
    text: escapeMrkdwn(text),
    list: escapeMrkdwn(search.list.name),
  });
  const more = search.total > shown ? [t('products.search.more', { shown })] : [];
  // The plain text every message carries (notifications, clients without tables): one line a product.
  const fallback = [
    title,
    ...search.matches
      .slice(0, shown)
      .map(
        ({ product, priceMinor }) =>
          `• ${escapeMrkdwn(`${product.sku} ${productName(product, f.locale)}`)} — ${price(priceMinor)}`,
      ),
    ...more,
  ].join('\n');
  return {
    text: fallback,
    blocks: [
      { type: 'section', text: mrkdwn(title) },
      block,
      ...(more.length ? [{ type: 'context' as const, elements: [mrkdwn(more.join(' '))] }] : []),
    ],
  };
}

/** `/product lists`: the team's lists, the default first, with kind, currency, products priced and status. */
export function buildPriceListsReply(
  lists: PriceListWithCount[],
  f: ProductFormat,
): {
  text: string;
  blocks: KnownBlock[];
} {
  const { t } = f;
  const statusOf = (list: PriceListWithCount) =>
    list.isDefault
      ? t('products.lists.default')
      : t(list.status === 'archived' ? 'products.lists.archived' : 'products.lists.active');
  const rows = lists.map((list) => [
    list.name,
    t(`products.kind.${list.kind}`),
    list.currency,
    String(list.productCount),
    statusOf(list),
  ]);
  const { block } = dataTable(
    t('products.lists.title').replaceAll('*', ''),
    [
      t('products.lists.name'),
      t('products.lists.kind'),
      t('products.lists.currency'),
      t('products.lists.products'),
      t('products.lists.status'),
    ],
    rows,
  );
  const fallback = [
    t('products.lists.title'),
    ...lists.map(
      (list) =>
        `• ${t('products.lists.line', {
          name: escapeMrkdwn(list.name),
          kind: t(`products.kind.${list.kind}`),
          currency: list.currency,
          count: list.productCount,
          status: statusOf(list),
        })}`,
    ),
  ].join('\n');
  return {
    text: fallback,
    blocks: [
      { type: 'section', text: mrkdwn(t('products.lists.title')) },
      block,
      { type: 'context', elements: [mrkdwn(t('products.lists.hint'))] },
    ],
  };
}
