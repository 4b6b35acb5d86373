import { type Translate, translator } from '../../i18n/index.js';
import { headerReader } from '../imports/header-mapping.js';
import { CUSTOMER_EXPORT_COLUMNS } from './customer-export.usecases.js';
import { CUSTOMER_IMPORT_FIELDS, type CustomerImportField } from './customer-import.types.js';

/**
 * Header names people and CRM exports use for each column of a customer file, besides the preview's own labels and
 * the customer export's headers (both languages), so an exported file reads back. The export's money columns
 * (contracted, collected, outstanding) and its "other contacts" are deliberately not recognised: they are sums
 * and a summary, not fields.
 */
const ALIASES: Record<CustomerImportField, string[]> = {
  id: ['customer number', 'customer no', 'customer id', 'customer #', '客户编号', '客户号', '客户ID'],
  name: [
    'customer',
    'customer name',
    'company',
    'company name',
    'account',
    'account name',
    'organization',
    'organisation',
    '客户',
    '客户名称',
    '客户全称',
    '公司',
    '公司名称',
    '企业名称',
    '单位名称',
  ],
  kind: ['type', 'kind', 'customer type', '类型', '客户类型'],
  industry: ['industry', 'sector', 'vertical', '行业', '所属行业'],
  owner: [
    'owner',
    'account owner',
    'sales rep',
    'rep',
    'salesperson',
    'assigned to',
    '负责人',
    '销售',
    '销售负责人',
    '归属人',
    '所属销售',
    '业务员',
  ],
  contactName: ['contact', 'contact name', 'contact person', '联系人', '联系人姓名', '姓名'],
  contactTitle: ['title', 'job title', 'position', '职位', '职务'],
  phone: [
    'phone',
    'phone number',
    'telephone',
    'tel',
    'mobile',
    '电话',
    '手机',
    '手机号',
    '联系电话',
    '电话号码',
  ],
  email: ['email', 'e-mail', 'mail', 'email address', '邮箱', '电子邮件', '电子邮箱'],
  notes: ['notes', 'note', 'remarks', 'comments', '备注', '说明', '备注信息'],
  creditLimit: ['credit limit', 'credit', 'credit line', '信用额度', '授信额度', '信用限额'],
  currency: ['currency', '币种', '货币'],
};

const LABELS = [translator('en'), translator('zh-CN')];

export const customerColumnLabel = (field: string, t: Translate) =>
  t(`customers.import.column.${field as CustomerImportField}`);

/** The customer export's columns: its own headers (`customers.export.column.*`) read back as the same fields. */
const EXPORTED = new Set<string>(CUSTOMER_EXPORT_COLUMNS);

/** The field a header names: `Customer name`/`客户名称`, `Phone`/`电话`, `Credit limit`/`信用额度`… */
export const customerFieldOfHeader = headerReader(CUSTOMER_IMPORT_FIELDS, (field) => [
  ...LABELS.map((t) => customerColumnLabel(field, t)),
  ...(EXPORTED.has(field) ? LABELS.map((t) => t(`customers.export.column.${field as 'id'}`)) : []),
  ...ALIASES[field],
]);
