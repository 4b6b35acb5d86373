import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addPriceList,
  archivePriceList,
  defaultPriceList,
  listPriceLists,
  priceListForImport,
  removeListPrice,
  setListPrice,
} from '../../../src/features/products/price-lists.usecases.js';
import { addProduct, setProductStatus } from '../../../src/features/products/products.usecases.js';
import { quotablePrices } from '../../../src/features/products/quote-pricing.usecases.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';
import { member, people, productDeps, productForm } from './product-setup.js';

describe.each(DRIVERS)('price lists (%s)', (driver) => {
  let database: TestDatabase;
  let deps: ReturnType<typeof productDeps>;
  let teams = 0;
  const freshTeam = async (currency = 'CNY') => {
    const teamId = `T_LISTS_${++teams}`;
    await deps.teams.ensureTeam(teamId);
    await deps.teams.updateTeam(teamId, { currency });
    const who = people(teamId);
    const added = await addProduct({ ...deps, actor: who.finance, form: productForm() });
    if (!added.ok) throw new Error('could not add the product');
    return { teamId, ...who, product: added.product };
  };

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    deps = productDeps(database);
  });
  afterAll(() => database?.destroy());

  // PGlite runs one statement at a time, so this race is contended only on Postgres; DRIVERS adds Postgres when
  // TEST_DATABASE_URL is set (CI's first run), and that run is the one that proves the guard.
  it('two first uses at once create one default list, named in the language of whoever came first', async () => {
    const teamId = `T_LISTS_RACE_${driver}`;
    await deps.teams.ensureTeam(teamId);
    const zh = member(teamId, 'U_ZH', 'rep', 'zh-CN');
    const lists = await Promise.all([
      defaultPriceList({ ...deps, actor: zh }),
      defaultPriceList({ ...deps, actor: zh }),
    ]);
    expect(lists[0]?.id).toBe(lists[1]?.id);
    expect(lists[0]).toMatchObject({ name: '标准价目表', kind: 'standard', isDefault: true });
    expect(await listPriceLists({ ...deps, actor: zh })).toHaveLength(1);
  });

  it('finance adds a distributor list in the team’s currency and prices a product on it; prices are by list', async () => {
    const { finance, rep, product } = await freshTeam('USD');
    const list = await addPriceList({
      ...deps,
      actor: finance,
      name: '  Distributors   East ',
      kind: 'distributor',
    });
    expect(list).toMatchObject({
      name: 'Distributors East',
      kind: 'distributor',
      currency: 'USD',
      isDefault: false,
    });
    const change = await setListPrice({
      ...deps,
      actor: finance,
      sku: 'pump-01',
      amount: '950',
      listName: 'distributors east',
    });
    expect(change).toMatchObject({ priceMinor: 95_000, previousMinor: null, belowFloor: false });
    expect(await listPriceLists({ ...deps, actor: rep })).toEqual([
      expect.objectContaining({ name: 'Standard', isDefault: true, productCount: 1 }),
      expect.objectContaining({ name: 'Distributors East', productCount: 1 }),
    ]);
    // The price on the default list is untouched.
    expect(
      await deps.products.priceOn(
        product.teamId,
        (await defaultPriceList({ ...deps, actor: rep })).id,
        product.id,
      ),
    ).toBe(120_000);
  });

  it('a price below the floor is set, and the answer says quotes at it need the top approver; a change moves the product’s version on', async () => {
    const { finance, product } = await freshTeam();
    const change = await setListPrice({ ...deps, actor: finance, sku: 'PUMP-01', amount: '800' });
    expect(change).toMatchObject({ priceMinor: 80_000, previousMinor: 120_000, belowFloor: true });
    expect(await deps.products.findById(product.teamId, product.id)).toMatchObject({ version: 2 });
  });

  it.each([
    ['-5', 'products.error.price.negative'],
    ['0', 'products.error.price.zero'],
    ['$100', 'products.error.price.currency'],
    ['12.345', 'products.error.price.precision'],
  ])(
    'a price of %s is refused with its own message, naming the list’s currency',
    async (amount, messageKey) => {
      const { finance } = await freshTeam();
      await expect(setListPrice({ ...deps, actor: finance, sku: 'PUMP-01', amount })).rejects.toMatchObject({
        messageKey,
        params: { currency: 'CNY', amount },
      });
    },
  );

  it('the default list cannot be archived; another list can, once, and then takes no price', async () => {
    const { finance } = await freshTeam();
    await expect(archivePriceList({ ...deps, actor: finance, name: 'standard' })).rejects.toMatchObject({
      code: 'price_list_default_archive',
    });
    await addPriceList({ ...deps, actor: finance, name: 'Old', kind: 'standard' });
    expect(await archivePriceList({ ...deps, actor: finance, name: 'OLD' })).toMatchObject({
      already: false,
      list: { status: 'archived' },
    });
    expect(await archivePriceList({ ...deps, actor: finance, name: 'Old' })).toMatchObject({ already: true });
    await expect(
      setListPrice({ ...deps, actor: finance, sku: 'PUMP-01', amount: '1', listName: 'Old' }),
    ).rejects.toMatchObject({
      code: 'price_list_archived',
    });
    await expect(priceListForImport({ ...deps, actor: finance, listName: 'Old' })).rejects.toMatchObject({
      code: 'price_list_archived',
    });
  });

  it('a list name is unique whatever its case; an unknown list or code is refused with what to do', async () => {
    const { finance } = await freshTeam();
    await addPriceList({ ...deps, actor: finance, name: 'Acme', kind: 'customer' });
    await expect(
      addPriceList({ ...deps, actor: finance, name: 'ACME', kind: 'customer' }),
    ).rejects.toMatchObject({
      code: 'price_list_name_taken',
    });
    await expect(
      setListPrice({ ...deps, actor: finance, sku: 'PUMP-01', amount: '1', listName: 'Nope' }),
    ).rejects.toMatchObject({
      code: 'price_list_not_found',
      params: { name: 'Nope' },
    });
    await expect(setListPrice({ ...deps, actor: finance, sku: 'NOPE', amount: '1' })).rejects.toMatchObject({
      code: 'products_not_found',
      params: { ref: 'NOPE' },
    });
  });

  it('reps and managers read the lists but may not add, archive or price', async () => {
    const { rep, manager } = await freshTeam();
    for (const who of [rep, manager]) {
      await expect(
        addPriceList({ ...deps, actor: who, name: 'Mine', kind: 'standard' }),
      ).rejects.toMatchObject({
        code: 'products_managers_only',
      });
      await expect(setListPrice({ ...deps, actor: who, sku: 'PUMP-01', amount: '1' })).rejects.toMatchObject({
        code: 'products_managers_only',
      });
      await expect(priceListForImport({ ...deps, actor: who })).rejects.toMatchObject({
        code: 'products_managers_only',
      });
      expect(await listPriceLists({ ...deps, actor: who })).toHaveLength(1);
    }
  });

  it('a product taken off a list says what it cost there; taking it off again says it was not there', async () => {
    const { finance } = await freshTeam();
    expect(await removeListPrice({ ...deps, actor: finance, sku: 'PUMP-01' })).toMatchObject({
      previousMinor: 120_000,
    });
    expect(await removeListPrice({ ...deps, actor: finance, sku: 'PUMP-01' })).toMatchObject({
      previousMinor: null,
    });
  });

  it('quotes get the active products a list prices, with list price, tax rate and floor; the rest refused with why', async () => {
    const { teamId, finance, product } = await freshTeam();
    const retiredAdd = await addProduct({
      ...deps,
      actor: finance,
      form: productForm({ sku: 'OLD-1', floorPrice: '' }),
    });
    if (!retiredAdd.ok) throw new Error('could not add');
    await setProductStatus({
      ...deps,
      actor: finance,
      productId: retiredAdd.product.id,
      status: 'retired',
      seenVersion: 1,
    });
    const distributor = await addPriceList({
      ...deps,
      actor: finance,
      name: 'Distributor',
      kind: 'distributor',
    });
    await setListPrice({ ...deps, actor: finance, sku: 'PUMP-01', amount: '1,000', listName: 'Distributor' });
    const standard = await defaultPriceList({ ...deps, actor: finance });
    await addProduct({ ...deps, actor: finance, form: productForm({ sku: 'ONLY-STD' }) });

    const priced = await quotablePrices({
      ...deps,
      teamId,
      priceListId: distributor.id,
      refs: ['pump-01', product.id, 'OLD-1', 'ONLY-STD', 'NOPE', 999_999_999],
    });
    expect(priced.priceList).toEqual({
      id: distributor.id,
      name: 'Distributor',
      kind: 'distributor',
      currency: 'CNY',
      isDefault: false,
    });
    expect(priced.prices).toEqual([
      {
        productId: product.id,
        sku: 'PUMP-01',
        nameEn: 'Water pump',
        nameZh: '水泵',
        unit: '台',
        currency: 'CNY',
        listPriceMinor: 100_000,
        taxRateBp: 1300,
        floorPriceMinor: 90_000,
        version: 2,
      },
      expect.objectContaining({ productId: product.id }),
    ]);
    expect(priced.refused).toEqual([
      { ref: 'OLD-1', reason: 'retired' },
      { ref: 'ONLY-STD', reason: 'notOnList' },
      { ref: 'NOPE', reason: 'unknown' },
      { ref: 999_999_999, reason: 'unknown' },
    ]);
    const onStandard = await quotablePrices({
      ...deps,
      teamId,
      priceListId: standard.id,
      refs: ['ONLY-STD'],
    });
    expect(onStandard.prices.map((price) => price.listPriceMinor)).toEqual([120_000]);
    // Another team's list is not found; an archived list prices no new quote.
    const other = await freshTeam();
    await expect(
      quotablePrices({ ...deps, teamId: other.teamId, priceListId: distributor.id, refs: [] }),
    ).rejects.toMatchObject({
      code: 'price_list_not_found',
    });
    await archivePriceList({ ...deps, actor: finance, name: 'Distributor' });
    await expect(
      quotablePrices({ ...deps, teamId, priceListId: distributor.id, refs: ['PUMP-01'] }),
    ).rejects.toMatchObject({
      code: 'price_list_archived',
    });
  });
});
