import type { DataTableBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../../src/features/imports/imports.usecases.js';
import type {
  PriceList,
  PriceListWithCount,
  VisibleProduct,
} from '../../../../src/features/products/products.types.js';
import type { ProductDetail, ProductSearch } from '../../../../src/features/products/products.usecases.js';
import { translator } from '../../../../src/i18n/index.js';
import { ACTIONS } from '../../../../src/slack/ids.js';
import { buildImportPreviewModal } from '../../../../src/slack/views/imports/import-modals.js';
import { buildProductCard } from '../../../../src/slack/views/products/product-card.js';
import { buildProductFormModal } from '../../../../src/slack/views/products/product-form-modal.js';
import { taxRateText } from '../../../../src/slack/views/products/product-format.js';
import {
  buildPriceListsReply,
  buildProductSearchReply,
} from '../../../../src/slack/views/products/product-tables.js';
import { slackLimitViolations } from '../../../helpers/view-limits.js';
import { mrkdwnTexts } from '../../../security/slack-output.js';

const hostile = '<!channel> <@U123> & <https://evil.example|click>';
const en = { t: translator('en'), locale: 'en' as const };
const zh = { t: translator('zh-CN'), locale: 'zh-CN' as const };
const AT = new Date('2026-12-07T02:00:00Z');

const list = (overrides: Partial<PriceList> = {}): PriceList => ({
  id: 1,
  teamId: 'T1',
  name: 'Standard',
  kind: 'standard',
  currency: 'CNY',
  isDefault: true,
  status: 'active',
  version: 1,
  createdByUserId: 'U_FIN',
  createdAt: AT,
  updatedAt: AT,
  ...overrides,
});
const product = (overrides: Partial<VisibleProduct> = {}): VisibleProduct => ({
  id: 7,
  teamId: 'T1',
  sku: 'PUMP-01',
  nameEn: 'Water pump',
  nameZh: '水泵',
  unit: '台',
  taxRateBp: 1300,
  currency: 'CNY',
  floorPriceMinor: 90_000,
  status: 'active',
  version: 3,
  createdByUserId: 'U_FIN',
  updatedByUserId: null,
  retiredAt: null,
  createdAt: AT,
  updatedAt: AT,
  floorVisible: true,
  ...overrides,
});
const detail = (overrides: Partial<ProductDetail> = {}): ProductDetail => ({
  product: product(),
  prices: [{ list: list(), priceMinor: 120_000 }],
  manages: true,
  ...overrides,
});

/** A data table as Slack accepts it: a header and 1–100 rows of equal length, no empty cell, ≤ 10,000 characters. */
function tableProblems(table: DataTableBlock): string[] {
  const problems: string[] = [];
  const [header, ...rows] = table.rows;
  if (!header || rows.length < 1 || rows.length > 100) problems.push(`${rows.length} rows`);
  if (table.rows.some((row) => row.length !== header?.length)) problems.push('rows of different lengths');
  if (!table.caption) problems.push('no caption');
  const texts = table.rows.flat().map((cell) => (cell as { text?: string }).text ?? '');
  if (texts.some((text) => text.length === 0)) problems.push('an empty cell');
  if (texts.join('').length > 10_000) problems.push('over 10,000 characters');
  return problems;
}

describe('product views', () => {
  it('tax rates read back as typed', () => {
    expect([1300, 1350, 600, 5, 0, 10_000].map(taxRateText)).toEqual([
      '13%',
      '13.5%',
      '6%',
      '0.05%',
      '0%',
      '100%',
    ]);
  });

  it('the card of a manager shows the floor and the Edit and Retire buttons, carrying the version it shows', () => {
    const card = buildProductCard(detail(), en, AT);
    const json = JSON.stringify(card.blocks);
    expect(json).toContain('¥900.00');
    expect(json).toContain('Standard (default): ¥1,200.00');
    expect(json).toContain(ACTIONS.productEdit);
    expect(json).toContain(ACTIONS.productRetire);
    expect(json).toContain(
      JSON.stringify(JSON.stringify({ p: 7, v: 3, t: Math.floor(AT.getTime() / 1000) })).slice(1, -1),
    );
    expect(slackLimitViolations(card, 'message')).toEqual([]);
  });

  it('a rep’s card has no floor and no buttons; a retired product says what retired means and offers Reactivate', () => {
    const rep = buildProductCard(
      detail({ product: product({ floorPriceMinor: null, floorVisible: false }), manages: false }),
      zh,
      AT,
    );
    expect(JSON.stringify(rep.blocks)).not.toContain('底价');
    expect(JSON.stringify(rep.blocks)).not.toContain('"actions"');
    const retired = buildProductCard(detail({ product: product({ status: 'retired' }) }), zh, AT);
    expect(JSON.stringify(retired.blocks)).toContain('已停售：已有报价单保持原样');
    expect(JSON.stringify(retired.blocks)).toContain(ACTIONS.productReactivate);
  });

  it('names and codes people typed are escaped: `<!channel>` pings nobody', () => {
    const card = buildProductCard(
      detail({
        product: product({ sku: '<!channel>', nameEn: hostile, unit: '<@U1>' }),
        prices: [{ list: list({ name: hostile }), priceMinor: 1 }],
      }),
      en,
      AT,
    );
    // mrkdwn is where Slack reads mentions; plain text (the confirm dialog) shows them as typed.
    const mrkdwn = mrkdwnTexts(card).join('\n');
    expect(mrkdwn).not.toContain('<!channel>');
    expect(mrkdwn).not.toContain('<@U');
    expect(mrkdwn).toContain('&lt;!channel&gt;');
  });

  it('search results are a data table Slack accepts, with a plain text fallback, even for 100 long Chinese names', () => {
    const matches = Array.from({ length: 20 }, (_, i) => ({
      product: product({ id: i + 1, sku: `SKU-${i}`, nameZh: '很长的产品名称'.repeat(28), nameEn: hostile }),
      priceMinor: i % 2 ? null : 123_456,
    }));
    const search: Extract<ProductSearch, { kind: 'many' }> = {
      kind: 'many',
      list: list(),
      matches,
      total: 140,
    };
    const reply = buildProductSearchReply(search, hostile, zh);
    const table = reply.blocks.find((block) => block.type === 'data_table') as DataTableBlock;
    expect(tableProblems(table)).toEqual([]);
    expect(table.rows).toHaveLength(21);
    expect(table.rows[1]?.map((cell) => (cell as { text: string }).text).slice(3)).toEqual([
      '¥1,234.56',
      '13%',
      '在售',
    ]);
    expect(table.rows[2]?.[3]).toEqual({ type: 'raw_text', text: '不在此价目表' });
    expect(reply.text).toContain('有 *140* 个产品与 *&lt;!channel&gt;');
    expect(reply.text).not.toContain('<!channel>');
    expect(JSON.stringify(reply.blocks)).toContain('只显示前 20 个');
    expect(slackLimitViolations(reply, 'message')).toEqual([]);
  });

  it('no match says so, and what to try', () => {
    const reply = buildProductSearchReply({ kind: 'many', list: list(), matches: [], total: 0 }, 'zzq', en);
    expect(reply.text).toBe(
      'No product matches *zzq*. Try part of its code or name; admins and finance add one with `/product add`.',
    );
  });

  it('the price lists are a data table: the default first, kind, currency, products and status', () => {
    const lists: PriceListWithCount[] = [
      { ...list(), productCount: 12 },
      { ...list({ id: 2, name: hostile, kind: 'distributor', isDefault: false }), productCount: 3 },
      { ...list({ id: 3, name: 'Old', isDefault: false, status: 'archived' }), productCount: 0 },
    ];
    const reply = buildPriceListsReply(lists, en);
    const table = reply.blocks.find((block) => block.type === 'data_table') as DataTableBlock;
    expect(tableProblems(table)).toEqual([]);
    expect(table.rows.map((row) => row.map((cell) => (cell as { text: string }).text))).toEqual([
      ['List', 'Kind', 'Currency', 'Products', 'Status'],
      ['Standard', 'standard', 'CNY', '12', 'default'],
      [hostile, 'distributor', 'CNY', '3', 'active'],
      ['Old', 'standard', 'CNY', '0', 'archived'],
    ]);
    expect(reply.text).not.toContain('<!channel>');
  });

  it('the product form fits Slack’s limits in both languages and names the list and its currency', () => {
    for (const { t } of [en, zh]) {
      const modal = buildProductFormModal({
        mode: 'edit',
        list: list({ name: '很长的名称'.repeat(12) }),
        metadata: '{}',
        t,
      });
      expect(slackLimitViolations(modal, 'modal')).toEqual([]);
    }
    const modal = buildProductFormModal({ mode: 'add', list: list(), metadata: '{}', t: en.t });
    expect(JSON.stringify(modal.blocks)).toContain('List price on Standard (CNY, before tax)');
  });

  it('a price list import’s preview shows the list, what is new, and each change before → after, escaped', () => {
    const preview: ImportPreview<'products'> = {
      kind: 'products',
      importId: 9,
      fileName: hostile,
      format: 'csv',
      headers: ['SKU', 'Price'],
      mapping: { sku: 0, price: 1 },
      invalidRows: [
        {
          line: 3,
          cells: [],
          problems: [{ field: 'price', key: 'products.error.price.currency', params: { currency: 'CNY' } }],
        },
      ],
      priceList: { id: 1, name: hostile, currency: 'CNY' },
      counts: { rows: 3, valid: 2, invalid: 1, new: 1, updated: 1, unchanged: 0, repeatedInFile: 0 },
      changedRows: [
        {
          line: 2,
          sku: '<!here>',
          changes: [
            { field: 'price', before: 120_000, after: 135_000 },
            { field: 'taxRate', before: 1300, after: 900 },
          ],
        },
      ],
    };
    const modal = buildImportPreviewModal({ preview, t: en.t });
    const json = JSON.stringify(modal.blocks);
    expect(json).toContain('3 rows read — 2 valid, 1 invalid');
    expect(json).toContain('Importing it: 1 new products, 1 updated, 0 unchanged.');
    expect(json).toContain('Row 2 *&lt;!here&gt;* — Price ¥1,200.00 → ¥1,350.00; Tax rate 13% → 9%');
    expect(json).toContain('Row 3 — Price: The price list is in CNY');
    expect(json).not.toContain('<!');
    expect(modal.title.text).toBe('Import price list');
    expect(modal.submit?.text).toBe('Import');
    expect(slackLimitViolations(modal, 'modal')).toEqual([]);
    const nothing = buildImportPreviewModal({
      preview: {
        ...preview,
        counts: { ...preview.counts, new: 0, updated: 0, unchanged: 2 },
        changedRows: [],
      },
      t: en.t,
    });
    // Slack refuses a modal with input blocks and no submit: nothing to import means "check again", not Import.
    expect(nothing.submit).toMatchObject({ text: en.t('imports.preview.checkAgain') });
  });
});
