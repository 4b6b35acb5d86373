import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../src/features/imports/header-mapping.js';
import { readSpreadsheet } from '../../../src/features/imports/read-spreadsheet.js';
import { fixture } from './import-setup.js';

const ZH_HEADERS = [
  '客户名称',
  '联系人',
  '手机',
  '邮箱',
  '行业',
  '规模',
  '来源',
  '预算',
  '币种',
  '阶段',
  '负责人',
  '下次跟进',
  '备注',
];
const csv = (text: string) => ({ name: 'leads.csv', bytes: new TextEncoder().encode(text) });

describe('reading a spreadsheet', () => {
  it.each(['leads-zh-utf8-bom.csv', 'leads-zh-gbk.csv', 'leads-zh.xlsx'])(
    '%s reads as the same Chinese headers and cells',
    async (name) => {
      const { table } = await readSpreadsheet(fixture(name));
      expect(table.headers).toEqual(ZH_HEADERS);
      expect(table.rows).toHaveLength(7);
      expect(table.rows[1]).toMatchObject({ line: 3 });
      expect(table.rows[1]?.cells.slice(0, 2)).toEqual(['上海宏达制造股份有限公司', '李娜']);
      expect(table.rows[1]?.cells[12]).toBe('客户说"价格偏高"，\n下周再谈');
    },
  );

  it('Excel numbers keep every digit and dates become ISO dates', async () => {
    const { format, table } = await readSpreadsheet(fixture('leads-zh.xlsx'));
    expect(format).toBe('xlsx');
    expect(table.rows[0]?.cells.slice(2, 3)).toEqual(['13800138000']);
    expect(table.rows[1]?.cells[7]).toBe('1250000.5');
    expect(table.rows[0]?.cells[11]).toBe('2027-01-15');
  });

  it('a UTF-8 file without a BOM and a GB18030 one with characters outside GB2312 both read right', async () => {
    expect(
      (await readSpreadsheet(csv('Company,Contact\nMüller GmbH,Jürgen\n'))).table.rows[0]?.cells,
    ).toEqual(['Müller GmbH', 'Jürgen']);
    const rare = '公司,联系人\n镕铭科技,喆\n';
    const { table } = await readSpreadsheet({ name: 'x.csv', bytes: iconv.encode(rare, 'gb18030') });
    expect(table.rows[0]?.cells).toEqual(['镕铭科技', '喆']);
  });

  it('semicolon- and tab-separated files (European and "Unicode text" Excel) are read too', async () => {
    expect((await readSpreadsheet(csv('Company;Contact\n"A; B Ltd";Ann\n'))).table.rows[0]?.cells).toEqual([
      'A; B Ltd',
      'Ann',
    ]);
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('公司\t联系人\r\n某某\t张三\r\n', 'utf16le'),
    ]);
    expect((await readSpreadsheet({ name: 'x.txt', bytes: utf16 })).table.rows[0]?.cells).toEqual([
      '某某',
      '张三',
    ]);
  });

  it('empty lines are skipped and rows keep their line in the file', async () => {
    const { table } = await readSpreadsheet(csv('\nCompany,Contact\n\nA,Ann\n,\nB,Bob\n'));
    expect(table.rows.map((row) => row.line)).toEqual([4, 6]);
  });

  it('files that are not spreadsheets are refused with a reason', async () => {
    await expect(readSpreadsheet(csv('Company,Contact\n"unclosed,Ann\n'))).rejects.toMatchObject({
      code: 'import_file_unreadable',
    });
    await expect(
      readSpreadsheet({ name: 'old.xls', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1]) }),
    ).rejects.toMatchObject({
      code: 'import_file_type',
    });
    await expect(
      readSpreadsheet({ name: 'broken.xlsx', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]) }),
    ).rejects.toMatchObject({
      code: 'import_file_unreadable',
    });
    await expect(readSpreadsheet(csv('Company,Contact\n'))).rejects.toMatchObject({
      code: 'import_file_empty',
    });
  });
});

describe('mapping headers', () => {
  it('maps the Chinese and English names the issue lists', () => {
    expect(guessMapping(ZH_HEADERS)).toEqual({
      companyName: 0,
      contactName: 1,
      phone: 2,
      email: 3,
      industry: 4,
      companySize: 5,
      source: 6,
      estimatedValue: 7,
      currency: 8,
      stage: 9,
      owner: 10,
      nextFollowUpOn: 11,
      notes: 12,
    });
    expect(
      guessMapping([
        '公司',
        '联系人姓名',
        '电话',
        '电子邮件',
        '所属行业',
        '公司规模',
        '客户来源',
        '预计金额',
        '货币',
        '销售阶段',
        '跟进人',
        '下次跟进时间',
        '说明',
      ]),
    ).toMatchObject({
      companyName: 0,
      phone: 2,
      email: 3,
      estimatedValue: 7,
      owner: 10,
      nextFollowUpOn: 11,
      notes: 12,
    });
    expect(
      guessMapping([
        'Company Name',
        'Contact',
        'Mobile',
        'E-mail *',
        'Industry',
        'Size',
        'Lead Source',
        'Budget',
        'Currency',
        'Stage',
        'Owner',
        'Next follow-up',
        'Remarks',
      ]),
    ).toEqual({
      companyName: 0,
      contactName: 1,
      phone: 2,
      email: 3,
      industry: 4,
      companySize: 5,
      source: 6,
      estimatedValue: 7,
      currency: 8,
      stage: 9,
      owner: 10,
      nextFollowUpOn: 11,
      notes: 12,
    });
  });

  it('a header nobody knows is left unmapped, and a field takes its first column only', () => {
    expect(guessMapping(['客户名称（必填）', 'Favourite colour', '手机', '电话'])).toEqual({
      companyName: 0,
      phone: 2,
    });
  });
});
