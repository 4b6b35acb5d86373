import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  previewImport,
  rejectedRowsCsv,
  remapImport,
  runImport,
  startImport,
} from '../../../src/features/imports/imports.usecases.js';
import { addPriceList, defaultPriceList } from '../../../src/features/products/price-lists.usecases.js';
import type { Actor } from '../../../src/features/team/team.types.js';
import { translator } from '../../../src/i18n/index.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';
import { member, people, productDeps } from './product-setup.js';

const fixture = (name: string) => ({
  name,
  bytes: new Uint8Array(readFileSync(`test/fixtures/imports/${name}`)),
});
const csv = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
const noDirectory = { userIdByEmail: async () => undefined };

describe.each(DRIVERS)('importing a price list (%s)', (driver) => {
  let database: TestDatabase;
  let deps: ReturnType<typeof productDeps>;
  let teams = 0;
  const freshTeam = async () => {
    const teamId = `T_PRICE_IMPORT_${++teams}`;
    await deps.teams.ensureTeam(teamId);
    return { teamId, ...people(teamId) };
  };
  const preview = (who: Actor, file: { name: string; bytes: Uint8Array }, priceListId?: number) =>
    previewImport({
      ...deps,
      actor: who,
      directory: noDirectory,
      file,
      kind: 'products',
      ...(priceListId ? { priceListId } : {}),
    });
  const importFile = async (who: Actor, file: { name: string; bytes: Uint8Array }, priceListId?: number) => {
    const shown = await preview(who, file, priceListId);
    await startImport({ ...deps, actor: who, importId: shown.importId });
    const done = await runImport({ ...deps, actor: who, directory: noDirectory, importId: shown.importId });
    return { preview: shown, done };
  };
  const productsOf = async (teamId: string, who: Actor) => {
    const list = await defaultPriceList({ ...deps, actor: who });
    const rows = await deps.products.search(teamId, { text: '', priceListId: list.id, limit: 100 });
    return new Map(rows.rows.map((row) => [row.product.sku, row]));
  };

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    deps = productDeps(database);
  });
  afterAll(() => database?.destroy());

  it('the preview says what each row will do — new, invalid with its reason, repeated — before anything is written', async () => {
    const { teamId, finance } = await freshTeam();
    const shown = await preview(finance, fixture('products-en.csv'));
    expect(shown.kind).toBe('products');
    expect(shown.priceList).toMatchObject({ name: 'Standard', currency: 'CNY' });
    expect(shown.mapping).toEqual({
      sku: 0,
      name: 1,
      nameZh: 2,
      unit: 3,
      price: 4,
      taxRate: 5,
      floorPrice: 6,
      status: 7,
    });
    expect(shown.counts).toEqual({
      rows: 10,
      valid: 6,
      invalid: 4,
      new: 5,
      updated: 0,
      unchanged: 0,
      repeatedInFile: 1,
    });
    expect(shown.invalidRows.map((row) => [row.line, row.problems])).toEqual([
      [6, [{ field: 'unit', key: 'products.error.required' }]],
      [7, [{ field: 'price', key: 'products.error.price.currency', params: { currency: 'CNY' } }]],
      [8, [{ field: 'price', key: 'products.error.price.zero', params: { currency: 'CNY' } }]],
      [9, [{ field: 'floorPrice', key: 'products.error.floorAbovePrice', params: { price: '¥100.00' } }]],
    ]);
    expect((await productsOf(teamId, finance)).size).toBe(0);
  });

  it('importing creates the products with their prices; the same file again creates nothing and changes nothing', async () => {
    const { teamId, finance } = await freshTeam();
    const first = await importFile(finance, fixture('products-en.csv'));
    expect(first.done.status).toBe('done');
    expect(first.done.result).toEqual({
      created: 5,
      updated: 0,
      unchanged: 0,
      skipped: 1,
      alreadyImported: 0,
      rejected: 4,
    });
    const products = await productsOf(teamId, finance);
    expect(products.get('PUMP-01')).toMatchObject({
      priceMinor: 120_000,
      product: { nameEn: 'Water pump', nameZh: '水泵', unit: '台', taxRateBp: 1300, floorPriceMinor: 90_000 },
    });
    expect(products.get('PUMP-02')?.product.taxRateBp).toBe(1300);
    expect(products.get('SVC-INSTALL')).toMatchObject({ priceMinor: 50_000, product: { taxRateBp: 600 } });
    expect(products.get('LIC-Y')?.priceMinor).toBe(1_200_000);
    expect(products.get('OLD-9')?.product).toMatchObject({ status: 'retired' });

    const again = await importFile(finance, fixture('products-en.csv'));
    expect(again.preview.counts).toMatchObject({ new: 0, updated: 0, unchanged: 5 });
    expect(again.done.result).toEqual({
      created: 0,
      updated: 0,
      unchanged: 5,
      skipped: 1,
      alreadyImported: 0,
      rejected: 4,
    });
    const after = await productsOf(teamId, finance);
    expect([...after.values()].map((row) => [row.product.sku, row.product.version, row.priceMinor])).toEqual(
      [...products.values()].map((row) => [row.product.sku, row.product.version, row.priceMinor]),
    );
  });

  it.each(['products-zh-gbk.csv', 'products-zh.xlsx'])(
    '%s: Chinese headers (物料编码, 产品名称, 不含税单价…) are recognised; a name in Chinese is the Chinese name',
    async (name) => {
      const { teamId, finance } = await freshTeam();
      const { preview: shown } = await importFile(finance, fixture(name));
      expect(shown.mapping).toEqual({
        sku: 0,
        name: 1,
        nameEn: 2,
        unit: 3,
        price: 4,
        taxRate: 5,
        floorPrice: 6,
        status: 7,
      });
      expect(shown.counts).toMatchObject({ rows: 4, valid: 3, invalid: 1, new: 3 });
      expect(shown.invalidRows).toEqual([
        expect.objectContaining({
          line: 5,
          problems: [{ field: 'price', key: 'products.error.price.currency', params: { currency: 'CNY' } }],
        }),
      ]);
      const products = await productsOf(teamId, finance);
      expect(products.get('VALVE-9')).toMatchObject({
        priceMinor: 8_050,
        product: {
          nameZh: '止回阀',
          nameEn: 'Check valve',
          unit: '个',
          taxRateBp: 1300,
          floorPriceMinor: null,
        },
      });
      expect(products.get('SVC-TRAIN')).toMatchObject({ priceMinor: 300_000, product: { taxRateBp: 600 } });
    },
  );

  it('a changed price updates only that price, and the preview says which row changes it from what to what', async () => {
    const { teamId, finance } = await freshTeam();
    await importFile(finance, fixture('products-en.csv'));
    const before = await productsOf(teamId, finance);
    const changed = readFileSync('test/fixtures/imports/products-en.csv', 'utf8').replace(
      '"1,200"',
      '"1,350"',
    );
    const { preview: shown, done } = await importFile(finance, csv('products-en-2027.csv', changed));
    expect(shown.counts).toMatchObject({ new: 0, updated: 1, unchanged: 4 });
    expect(shown.changedRows).toEqual([
      { line: 2, sku: 'PUMP-01', changes: [{ field: 'price', before: 120_000, after: 135_000 }] },
    ]);
    expect(done.result).toMatchObject({ created: 0, updated: 1, unchanged: 4 });
    const after = await productsOf(teamId, finance);
    expect(after.get('PUMP-01')).toMatchObject({ priceMinor: 135_000, product: { version: 2 } });
    expect(after.get('PUMP-02')?.product.version).toBe(before.get('PUMP-02')?.product.version);
  });

  it('an empty cell leaves the field as it is; a status retires, a floor of 0 clears the floor', async () => {
    const { teamId, finance } = await freshTeam();
    await importFile(finance, fixture('products-en.csv'));
    const { preview: shown } = await importFile(
      finance,
      csv('status.csv', '编码,底价,状态,单价\nPUMP-01,0,停售,\nPUMP-02,,,\n'),
    );
    expect(shown.changedRows).toEqual([
      {
        line: 2,
        sku: 'PUMP-01',
        changes: [
          { field: 'floorPrice', before: 90_000, after: null },
          { field: 'status', before: 'active', after: 'retired' },
        ],
      },
    ]);
    const after = await productsOf(teamId, finance);
    expect(after.get('PUMP-01')).toMatchObject({
      priceMinor: 120_000,
      product: { status: 'retired', floorPriceMinor: null, nameEn: 'Water pump', unit: '台' },
    });
  });

  it('into a named list the prices go on that list only; a new code needs everything a product needs', async () => {
    const { teamId, finance } = await freshTeam();
    await importFile(finance, fixture('products-en.csv'));
    const distributor = await addPriceList({
      ...deps,
      actor: finance,
      name: 'Distributor',
      kind: 'distributor',
    });
    const { preview: shown, done } = await importFile(
      finance,
      csv('distributor.csv', 'SKU,Price\nPUMP-01,"1,000"\nPUMP-02,1800\nNEW-1,10\n'),
      distributor.id,
    );
    expect(shown.priceList.name).toBe('Distributor');
    expect(shown.invalidRows).toEqual([
      expect.objectContaining({
        line: 4,
        problems: [
          { field: 'name', key: 'products.error.nameRequired' },
          { field: 'unit', key: 'products.error.required' },
          { field: 'taxRate', key: 'products.error.required' },
        ],
      }),
    ]);
    expect(done.result).toMatchObject({ created: 0, updated: 2, rejected: 1 });
    expect(
      await deps.products.priceOn(
        teamId,
        distributor.id,
        (await productsOf(teamId, finance)).get('PUMP-01')?.product.id ?? 0,
      ),
    ).toBe(100_000);
    expect((await productsOf(teamId, finance)).get('PUMP-01')?.priceMinor).toBe(120_000);
  });

  it('a corrected mapping is previewed again with the price list’s own columns; a lead column is not one of them', async () => {
    const { finance } = await freshTeam();
    const shown = await preview(finance, fixture('products-en.csv'));
    const { floorPrice: _floor, ...withoutFloor } = shown.mapping;
    const remapped = await remapImport({
      ...deps,
      actor: finance,
      directory: noDirectory,
      importId: shown.importId,
      mapping: { ...withoutFloor, companyName: 6 },
    });
    // Without the floor column, row 9's floor is no longer above its price.
    expect(remapped.counts).toMatchObject({ valid: 7, invalid: 3 });
    expect(remapped.mapping).toEqual(withoutFloor);
  });

  it('only admins and finance import a price list; a rep is told who can, before the file is read', async () => {
    const { rep, manager, admin } = await freshTeam();
    for (const who of [rep, manager])
      await expect(preview(who, fixture('products-en.csv'))).rejects.toMatchObject({
        code: 'products_managers_only',
      });
    await expect(preview(admin, fixture('products-en.csv'))).resolves.toMatchObject({ kind: 'products' });
  });

  it('someone who lost the finance role before Import is refused, and nothing is written', async () => {
    const { teamId, finance } = await freshTeam();
    const shown = await preview(finance, fixture('products-en.csv'));
    const demoted = member(teamId, 'U_FIN', 'rep');
    await expect(startImport({ ...deps, actor: demoted, importId: shown.importId })).rejects.toMatchObject({
      code: 'products_managers_only',
    });
    expect((await productsOf(teamId, finance)).size).toBe(0);
  });

  it('the rejected rows come back as a CSV with the reason in the reader’s language', async () => {
    const { teamId } = await freshTeam();
    const finance = member(teamId, 'U_FIN', 'finance', 'zh-CN');
    const { done } = await importFile(finance, fixture('products-en.csv'));
    const { csv: text, count } = await rejectedRowsCsv({
      ...deps,
      actor: finance,
      importId: done.id,
      t: translator('zh-CN'),
    });
    expect(count).toBe(4);
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('未导入原因,SKU,Name,Name (zh),Unit,Price,Tax rate,Floor price,Status');
    expect(lines[2]).toBe(
      '单价：该价目表的币种是 CNY：请用 CNY 填写价格。价格不做币种换算。,BAD-2,Priced in dollars,美元价,台,$100,13%,,',
    );
  });
});
