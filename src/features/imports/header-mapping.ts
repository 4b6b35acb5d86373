import { translator } from '../../i18n/index.js';
import { type ColumnMapping, IMPORT_FIELDS, type ImportField } from './imports.types.js';

/**
 * Header names other tools and people use for each lead field, besides the export's own headers (the catalog's
 * `imports.column.*` in every language). Compared after `normalizeHeader`, so case, spaces, punctuation and a
 * trailing "(required)" do not matter.
 */
const ALIASES: Record<ImportField, string[]> = {
  companyName: [
    'company',
    'company name',
    'customer',
    'customer name',
    'account',
    'account name',
    'organization',
    'organisation',
    'business',
    '公司',
    '公司名称',
    '客户',
    '客户名称',
    '企业',
    '企业名称',
    '单位',
    '单位名称',
    '客户全称',
  ],
  contactName: [
    'contact',
    'contact name',
    'contact person',
    'name',
    'full name',
    '联系人',
    '联系人姓名',
    '姓名',
    '客户姓名',
  ],
  contactTitle: ['title', 'job title', 'position', 'role', '职位', '职务', '头衔'],
  phone: [
    'phone',
    'phone number',
    'telephone',
    'tel',
    'mobile',
    'mobile phone',
    'cell',
    'cell phone',
    '电话',
    '手机',
    '手机号',
    '手机号码',
    '联系电话',
    '电话号码',
    '联系方式',
  ],
  email: ['email', 'e-mail', 'mail', 'email address', '邮箱', '电子邮件', '电子邮箱', '邮件', '邮箱地址'],
  kind: ['type', 'kind', 'customer type', 'lead type', '类型', '客户类型'],
  industry: ['industry', 'sector', 'vertical', '行业', '所属行业'],
  companySize: [
    'size',
    'company size',
    'employees',
    'headcount',
    '规模',
    '公司规模',
    '企业规模',
    '人数',
    '员工人数',
  ],
  source: ['source', 'lead source', 'channel', 'origin', '来源', '客户来源', '线索来源', '渠道'],
  estimatedValue: [
    'value',
    'estimated value',
    'amount',
    'budget',
    'deal value',
    'deal size',
    'expected revenue',
    '预计金额',
    '预算',
    '金额',
    '预估金额',
    '商机金额',
    '意向金额',
  ],
  currency: ['currency', '币种', '货币'],
  stage: [
    'stage',
    'status',
    'pipeline stage',
    'deal stage',
    'lead status',
    '阶段',
    '销售阶段',
    '状态',
    '客户阶段',
  ],
  owner: [
    'owner',
    'lead owner',
    'account owner',
    'sales rep',
    'rep',
    'salesperson',
    'assigned to',
    'assignee',
    '负责人',
    '销售',
    '销售负责人',
    '跟进人',
    '归属人',
    '所属销售',
    '业务员',
  ],
  intent: ['intent', 'intention', 'interest', 'rating', '意向', '意向程度', '客户意向', '意向度'],
  expectedCloseDate: [
    'expected close',
    'expected close date',
    'close date',
    '预计成交日期',
    '预计签约日期',
    '预计成交时间',
  ],
  nextFollowUpOn: [
    'next follow-up',
    'next follow up',
    'follow-up',
    'follow up',
    'follow-up date',
    'next contact',
    '下次跟进',
    '下次跟进时间',
    '下次跟进日期',
    '跟进日期',
    '下次联系',
    '下次联系时间',
  ],
  notes: [
    'notes',
    'note',
    'remarks',
    'comments',
    'comment',
    'description',
    '备注',
    '说明',
    '描述',
    '备注信息',
  ],
};

/** `E-mail *`, `Phone (mobile)`, `客户名称（必填）` → `email`, `phone`, `客户名称`. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\([^)]*\)/g, '')
    .replace(/[\s\-_*:./#]/g, '');
}

/**
 * A kind's header reader: each field's names (its column label in every language, then other names people use),
 * compared after `normalizeHeader`; the first field to claim a name keeps it.
 */
export function headerReader<F extends string>(
  fields: readonly F[],
  namesOf: (field: F) => readonly string[],
): (header: string) => F | undefined {
  const map = new Map<string, F>();
  for (const field of fields)
    for (const name of namesOf(field))
      if (!map.has(normalizeHeader(name))) map.set(normalizeHeader(name), field);
  return (header) => map.get(normalizeHeader(header));
}

const LABELS = [translator('en'), translator('zh-CN')];

/** The lead field a header names: the export's own headers (both languages) and the aliases above. */
export const fieldOfHeader = headerReader(IMPORT_FIELDS, (field) => [
  ...LABELS.map((t) => t(`imports.column.${field}`)),
  ...ALIASES[field],
]);

/** Each field to the first column whose header names it; columns nobody recognises are left out. */
export function guessMapping(
  headers: readonly string[],
  fieldOf: (header: string) => string | undefined = fieldOfHeader,
): ColumnMapping {
  const mapping: ColumnMapping = {};
  headers.forEach((header, column) => {
    const field = fieldOf(header);
    if (field && mapping[field] === undefined) mapping[field] = column;
  });
  return mapping;
}

/** Keeps only the kind's fields and the file's columns, each column used once (the first field wins). */
export function sanitizeMapping(
  mapping: Record<string, unknown>,
  columnCount: number,
  fields: readonly string[] = IMPORT_FIELDS,
): ColumnMapping {
  const clean: ColumnMapping = {};
  const used = new Set<number>();
  for (const field of fields) {
    const column = mapping[field];
    if (typeof column !== 'number' || !Number.isInteger(column) || column < 0 || column >= columnCount)
      continue;
    if (used.has(column)) continue;
    used.add(column);
    clean[field] = column;
  }
  return clean;
}
