import { type Translate, translator } from '../../i18n/index.js';
import { headerReader } from '../imports/header-mapping.js';
import { PRODUCT_IMPORT_FIELDS, type ProductImportField } from './product-import.types.js';

/**
 * Header names people and ERP exports use for each column of a price list, besides the preview's own labels (the
 * catalog's `products.column.*` in both languages). Prices are before tax, as the ledger keeps them: a column of
 * prices with tax included (含税单价) is deliberately not recognised.
 */
const ALIASES: Record<ProductImportField, string[]> = {
  sku: [
    'sku',
    'code',
    'item code',
    'product code',
    'part number',
    'part no',
    'item no',
    '编码',
    '物料编码',
    '产品编码',
    '商品编码',
    '存货编码',
    '货号',
    '型号',
  ],
  name: [
    'name',
    'product',
    'product name',
    'item',
    'item name',
    '名称',
    '产品名称',
    '商品名称',
    '品名',
    '物料名称',
  ],
  nameEn: ['name (en)', 'name(en)', 'english name', 'name english', '英文名称', '英文名'],
  nameZh: ['name (zh)', 'name(zh)', 'name (cn)', 'chinese name', 'name chinese', '中文名称', '中文名'],
  unit: ['unit', 'uom', 'unit of measure', '单位', '计量单位', '计量单位名称'],
  price: [
    'price',
    'list price',
    'unit price',
    'net price',
    '单价',
    '价格',
    '售价',
    '标准价',
    '销售单价',
    '不含税单价',
    '未税单价',
  ],
  currency: ['currency', '币种', '货币'],
  taxRate: ['tax rate', 'tax', 'vat', 'vat rate', '税率', '增值税率', '增值税税率'],
  floorPrice: [
    'floor price',
    'floor',
    'minimum price',
    'min price',
    '底价',
    '最低价',
    '最低售价',
    '最低限价',
  ],
  status: ['status', 'state', 'active', '状态', '启用状态'],
};

const LABELS = [translator('en'), translator('zh-CN')];

export const productColumnLabel = (field: string, t: Translate) =>
  t(`products.column.${field as ProductImportField}`);

const namesOf = (field: ProductImportField) => [
  ...LABELS.map((t) => productColumnLabel(field, t)),
  ...ALIASES[field],
];

/** Names with a language in brackets (`Name (zh)`), read before the general rule drops whatever is in brackets. */
const BRACKETED = new Map(
  PRODUCT_IMPORT_FIELDS.flatMap((field) =>
    namesOf(field)
      .filter((name) => /[(（]/.test(name))
      .map((name) => [bracketKey(name), field] as const),
  ),
);

function bracketKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_*:./#]/g, '');
}

const byName = headerReader(PRODUCT_IMPORT_FIELDS, namesOf);

/** The price list field a header names: `SKU`/`编码`/`物料编码`, `Name (zh)`/`中文名称`, `Price`/`单价`… */
export function productFieldOfHeader(header: string): ProductImportField | undefined {
  return BRACKETED.get(bracketKey(header)) ?? byName(header);
}
