import { describe, expect, it } from 'vitest';
import type { MatchedCustomer } from '../../../src/features/customers/customer-import.types.js';
import { customerFieldOfHeader } from '../../../src/features/customers/customer-import-columns.js';
import { customerUpdate, rowKeys } from '../../../src/features/customers/customer-import-outcome.js';
import { readCustomerRow } from '../../../src/features/customers/customer-import-rows.js';
import { guessMapping } from '../../../src/features/imports/header-mapping.js';

const HEADERS = [
  'Customer name',
  'Type',
  'Industry',
  'Owner',
  'Contact',
  'Phone',
  'Email',
  'Notes',
  'Credit limit',
  'Currency',
  'Customer number',
];
const mapping = guessMapping(HEADERS, customerFieldOfHeader);
const finance = { currency: 'CNY', setsCreditLimits: true };
const rep = { currency: 'CNY', setsCreditLimits: false };
const row = (cells: Partial<Record<string, string>>, line = 2) => ({
  line,
  cells: HEADERS.map((header) => cells[header] ?? ''),
});

describe('reading a customer row', () => {
  it('maps the export’s headers and the usual names in both languages, and not the export’s money columns', () => {
    expect(
      guessMapping(
        [
          '客户编号',
          '客户名称',
          '类型',
          '负责人',
          '联系人',
          '电话',
          '邮箱',
          '信用额度',
          '合同金额',
          '已回款',
          '其他联系人',
        ],
        customerFieldOfHeader,
      ),
    ).toEqual({ id: 0, name: 1, kind: 2, owner: 3, contactName: 4, phone: 5, email: 6, creditLimit: 7 });
    expect(mapping).toMatchObject({ name: 0, kind: 1, creditLimit: 8, currency: 9, id: 10 });
  });

  it('a company with its contact: the kind read in either language, the industry by its label, the number as the export writes it', () => {
    const reading = readCustomerRow(
      row({
        'Customer name': ' Blue Harbor Trading ',
        Type: '企业',
        Industry: '物流',
        Contact: 'Ms Lin',
        Phone: "'+86 21 5555 0101",
        'Customer number': '#12',
      }),
      mapping,
      rep,
    );
    expect(reading).toEqual({
      ok: true,
      values: {
        line: 2,
        id: 12,
        name: 'Blue Harbor Trading',
        kind: 'company',
        industry: 'logistics',
        ownerText: '',
        contact: { name: 'Ms Lin', title: null, phone: '+86 21 5555 0101', email: null },
      },
    });
  });

  it('a person with only a phone is her own contact', () => {
    const reading = readCustomerRow(
      row({ 'Customer name': '陈伟', Type: '个人', Phone: '138 0000 7777' }),
      mapping,
      rep,
    );
    expect(reading.ok && reading.values.contact).toEqual({
      name: '陈伟',
      title: null,
      phone: '138 0000 7777',
      email: null,
    });
  });

  it('a row without a name, with a bad email, phone, type or number is refused with each problem named', () => {
    const reading = readCustomerRow(
      row({ Email: 'not-an-email', Phone: 'call me', Type: 'partner', 'Customer number': 'abc' }),
      mapping,
      rep,
    );
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.problems.map((p) => `${p.field}:${p.key}`)).toEqual([
      'name:leads.error.required',
      'id:customers.import.error.id',
      'kind:customers.import.error.kind',
      'email:leads.error.email',
      'phone:leads.error.phone',
    ]);
  });

  it('a name made of invisible characters is no name', () => {
    const reading = readCustomerRow(row({ 'Customer name': '\u200b\u200b' }), mapping, rep);
    expect(!reading.ok && reading.problems[0]).toEqual({ field: 'name', key: 'leads.error.required' });
  });

  it('a credit limit is money of the team’s currency in minor units; another currency is refused, never converted', () => {
    const ok = readCustomerRow(row({ 'Customer name': 'A', 'Credit limit': '30万' }), mapping, finance);
    expect(ok.ok && ok.values.creditLimitMinor).toBe(30_000_000);
    const column = readCustomerRow(
      row({ 'Customer name': 'A', 'Credit limit': '1,000', Currency: 'USD' }),
      mapping,
      finance,
    );
    expect(!column.ok && column.problems).toEqual([
      { field: 'currency', key: 'customers.import.error.currency', params: { currency: 'CNY' } },
    ]);
    const symbol = readCustomerRow(row({ 'Customer name': 'A', 'Credit limit': '$1,000' }), mapping, finance);
    expect(!symbol.ok && symbol.problems[0]).toMatchObject({
      field: 'creditLimit',
      key: 'money.problem.currency',
    });
    const decimals = readCustomerRow(
      row({ 'Customer name': 'A', 'Credit limit': '1.005' }),
      mapping,
      finance,
    );
    expect(!decimals.ok && decimals.problems[0]).toMatchObject({ key: 'money.problem.precision' });
  });

  it('a rep’s row with a credit limit is refused: limits are finance’s to set', () => {
    const reading = readCustomerRow(row({ 'Customer name': 'A', 'Credit limit': '1000' }), mapping, rep);
    expect(!reading.ok && reading.problems).toEqual([
      { field: 'creditLimit', key: 'customers.import.error.creditFinanceOnly' },
    ]);
  });
});

describe('what a row does to the customer it matched', () => {
  const customer: MatchedCustomer = {
    id: 7,
    ownerUserId: 'U_REP',
    version: 3,
    industry: 'manufacturing',
    notes: null,
    creditLimitMinor: null,
    creditLimitCurrency: null,
    contacts: [{ phoneKey: '13900001111', emailKey: null, name: '周经理' }],
  };
  const keys = { phoneKey: '13900001111', emailKey: null, companyKey: 'acme' };
  const values = { line: 4, name: 'Acme', kind: 'company' as const, ownerText: '' };

  it('the same facts change nothing', () => {
    const same = {
      ...values,
      industry: 'manufacturing',
      contact: { name: 'Zhou', title: null, phone: '139 0000 1111', email: null },
    };
    expect(customerUpdate(same, keys, customer, 'CNY')).toEqual({
      kind: 'unchanged',
      line: 4,
      customerId: 7,
    });
  });

  it('fills in notes, a limit and a contact it lacks, from the version it read, and says what changes', () => {
    const update = customerUpdate(
      {
        ...values,
        notes: 'VIP',
        creditLimitMinor: 100_000,
        contact: { name: 'Ms Lin', title: null, phone: null, email: 'lin@acme.example' },
      },
      { ...keys, phoneKey: null, emailKey: 'lin@acme.example' },
      customer,
      'CNY',
    );
    expect(update).toMatchObject({
      kind: 'update',
      customerId: 7,
      version: 3,
      set: { notes: 'VIP', creditLimitMinor: 100_000 },
      contact: { name: 'Ms Lin' },
    });
    expect(update.kind === 'update' && update.changes.map((c) => c.field)).toEqual([
      'notes',
      'creditLimit',
      'contact',
    ]);
  });

  it('within a file, rows are the same customer by number, phone, email or (companies) company name', () => {
    expect(rowKeys({ ...values, id: 7 }, keys)).toEqual(['id:7', 'phone:13900001111', 'company:acme']);
    expect(rowKeys({ ...values, kind: 'individual' }, keys)).toEqual(['phone:13900001111']);
  });
});
