import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../../src/features/imports/read-spreadsheet.js';
import { openQuoteBuilder } from '../../../src/features/quotes/quote-builder.usecases.js';
import { readLineTable } from '../../../src/features/quotes/quote-line-file.js';
import { importLineFile } from '../../../src/features/quotes/quote-line-import.usecases.js';
import type { Team } from '../../../src/features/team/team.types.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';
import { actor, seedTeam } from '../ledger/ledger-fixtures.js';
import { CATALOG, leadOf, quoteDeps, seedPriceList, type TestQuoteDeps } from './quote-fixtures.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('a file of quote lines read as pasted lines', () => {
  const table = (headers: string[], ...rows: string[][]) => ({
    headers,
    rows: rows.map((cells, index) => ({ line: index + 2, cells })),
  });

  it('reads English and Chinese headers in any order, the price and discount optional', () => {
    expect(
      readLineTable(
        table(['Qty', 'Discount', 'SKU'], ['2', '10%', 'PUMP-100'], ['1', '', 'SVC-INST']),
        'CNY',
      ),
    ).toEqual({
      lines: [
        { line: 2, sku: 'PUMP-100', quantityMilli: 2000, priceMinor: null, discountBp: 1000 },
        { line: 3, sku: 'SVC-INST', quantityMilli: 1000, priceMinor: null, discountBp: 0 },
      ],
      problems: [],
    });
    expect(
      readLineTable(
        table(['产品编码', '数量', '单价（元）', '折扣'], ['VALVE-20', '1.2万', '¥100', '5']),
        'CNY',
      ),
    ).toEqual({
      lines: [{ line: 2, sku: 'VALVE-20', quantityMilli: 12_000_000, priceMinor: 10_000, discountBp: 500 }],
      problems: [],
    });
  });

  it('names every bad row by the number a spreadsheet shows, with what is wrong', () => {
    const read = readLineTable(
      table(['SKU', 'Quantity', 'Price'], ['PUMP-100', '0', ''], ['', '2', ''], ['VALVE-20', '3', '$5']),
      'CNY',
    );
    expect(read.lines).toEqual([]);
    expect(read.problems.map(({ line, error }) => [line, error])).toEqual([
      [2, 'quotes.error.quantity'],
      [3, 'quotes.error.fileNoSku'],
      [4, 'quotes.error.priceCurrency'],
    ]);
  });

  it('an .xlsx discount cell formatted as a percentage (5 % stored as 0.05) is refused for its row, not read as 0.05 %', async () => {
    const bytes = readFileSync('test/fixtures/quotes/quote-lines-percent-discount.xlsx');
    const read = await readSpreadsheet({ name: 'lines.xlsx', bytes });
    expect(readLineTable(read.table, 'CNY')).toEqual({
      lines: [{ line: 3, sku: 'VALVE-20', quantityMilli: 2000, priceMinor: null, discountBp: 500 }],
      problems: [{ line: 2, text: 'PUMP-100 1 0.05', error: 'quotes.error.fileDiscountFraction' }],
    });
    // Written with its sign, a discount under 1 % is taken as it says.
    expect(readLineTable(table(['SKU', 'Qty', '折扣'], ['PUMP-100', '1', '0.5%']), 'CNY').lines).toEqual([
      { line: 2, sku: 'PUMP-100', quantityMilli: 1000, priceMinor: null, discountBp: 50 },
    ]);
  });

  it('refuses a file without a code or a quantity column, naming what it needs', () => {
    expect(readLineTable(table(['Product', 'Qty'], ['Pump', '2']), 'CNY').problems).toEqual([
      { line: 0, text: '', error: 'quotes.error.fileColumns' },
    ]);
  });
});

describe.each(DRIVERS)('importing a file of lines into a quote on %s', (driver) => {
  let database: TestDatabase;
  let deps: TestQuoteDeps;
  let team: Team;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    deps = quoteDeps(database);
    team = await seedTeam(deps);
    await seedPriceList(database, 'T1', CATALOG);
  });
  afterAll(() => database?.destroy());

  const draft = async () => {
    const state = await openQuoteBuilder({
      ...deps,
      actor: actor('U_REP'),
      team,
      leadId: await leadOf(deps),
    });
    return { actor: actor('U_REP'), quoteId: state.quote.id, seenVersion: state.quote.version };
  };

  it('an .xlsx with Chinese headers adds its lines priced from the list (a given price kept)', async () => {
    const target = await draft();
    const bytes = readFileSync('test/fixtures/quotes/quote-lines-zh.xlsx');
    const imported = await importLineFile({ ...deps, ...target, file: { name: '明细.xlsx', bytes } });
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
    expect(imported.added).toBe(3);
    expect(
      imported.state.lines.map((line) => [
        line.sku,
        line.quantityMilli,
        line.unitPriceMinor,
        line.discountBp,
      ]),
    ).toEqual([
      ['PUMP-100', 2000, 300_000, 1000],
      ['VALVE-20', 1_200_000, 12_050, 0],
      ['SVC-INST', 1000, 75_000, 0],
    ]);
  });

  it('a GBK CSV (as Chinese Excel saves it) reads the same way', async () => {
    const target = await draft();
    const bytes = iconv.encode('编码,数量,折扣\r\nPUMP-100,1,5%\r\n', 'gbk');
    const imported = await importLineFile({ ...deps, ...target, file: { name: 'lines.csv', bytes } });
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
    expect(imported.state.lines.map((line) => [line.sku, line.discountBp])).toEqual([['PUMP-100', 500]]);
  });

  it('one unknown code or bad row refuses the whole file: nothing is half-saved', async () => {
    const target = await draft();
    const csv = 'SKU,Qty\nPUMP-100,1\nNOPE-1,2\nVALVE-20,-3\n';
    const imported = await importLineFile({ ...deps, ...target, file: { name: 'l.csv', bytes: utf8(csv) } });
    expect(imported.ok).toBe(false);
    if (imported.ok) return;
    expect(imported.problems.map(({ line, error }) => [line, error])).toEqual([
      [3, 'quotes.error.unknownSku'],
      [4, 'quotes.error.quantity'],
    ]);
    expect(await deps.quotes.listLines('T1', target.quoteId)).toEqual([]);
  });

  it('a file of more lines than a quote holds (200) is refused before anything is priced', async () => {
    const target = await draft();
    const csv = `SKU,Qty\n${Array.from({ length: 201 }, () => 'VALVE-20,1').join('\n')}\n`;
    await expect(
      importLineFile({ ...deps, ...target, file: { name: 'big.csv', bytes: utf8(csv) } }),
    ).rejects.toMatchObject({ code: 'quote_too_many_lines', params: { count: 201, max: 200 } });
    expect(await deps.quotes.listLines('T1', target.quoteId)).toEqual([]);
  });

  it('an .xls or a file that is not a spreadsheet is refused with what to send instead', async () => {
    const target = await draft();
    await expect(
      importLineFile({ ...deps, ...target, file: { name: 'old.xls', bytes: utf8('x') } }),
    ).rejects.toMatchObject({ code: 'import_file_type' });
  });
});
