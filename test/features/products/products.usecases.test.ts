import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addProduct,
  editProduct,
  findProducts,
  productDetail,
  productForEditing,
  setProductStatus,
} from '../../../src/features/products/products.usecases.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';
import { people, productDeps, productForm } from './product-setup.js';

describe.each(DRIVERS)('products (%s)', (driver) => {
  let database: TestDatabase;
  let deps: ReturnType<typeof productDeps>;
  let teams = 0;
  const freshTeam = async () => {
    const teamId = `T_PRODUCTS_${++teams}`;
    await deps.teams.ensureTeam(teamId);
    return { teamId, ...people(teamId) };
  };
  const add = async (who: ReturnType<typeof people>['finance'], overrides = {}) => {
    const result = await addProduct({ ...deps, actor: who, form: productForm(overrides) });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.product;
  };

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    deps = productDeps(database);
  });
  afterAll(() => database?.destroy());

  it('finance adds a product with its price on the default list, which is created on first use in the team’s currency', async () => {
    const { finance } = await freshTeam();
    const product = await add(finance);
    expect(product).toMatchObject({ sku: 'PUMP-01', unit: '台', taxRateBp: 1300, floorPriceMinor: 90_000 });
    expect(product).toMatchObject({
      currency: 'CNY',
      status: 'active',
      version: 1,
      createdByUserId: 'U_FIN',
    });
    const detail = await productDetail({ ...deps, actor: finance, productId: product.id });
    expect(detail.prices).toEqual([
      {
        list: expect.objectContaining({ name: 'Standard', isDefault: true, currency: 'CNY' }),
        priceMinor: 120_000,
      },
    ]);
  });

  it('a code is unique in the team whatever its case; another team may use it', async () => {
    const { finance } = await freshTeam();
    await add(finance);
    expect(await addProduct({ ...deps, actor: finance, form: productForm({ sku: 'pump-01' }) })).toEqual({
      ok: false,
      errors: { sku: { key: 'products.error.skuTaken', params: { sku: 'pump-01' } } },
    });
    const other = await freshTeam();
    await expect(add(other.finance, { sku: 'pump-01' })).resolves.toMatchObject({ sku: 'pump-01' });
  });

  // PGlite runs one statement at a time, so this race is contended only on Postgres; DRIVERS adds Postgres when
  // TEST_DATABASE_URL is set (CI's first run), and that run is the one that proves the guard.
  it('two people adding the same code at once create one product; the other is told the code is taken', async () => {
    const { finance, admin } = await freshTeam();
    const outcomes = await Promise.all([
      addProduct({ ...deps, actor: finance, form: productForm({ sku: 'RACE-1' }) }),
      addProduct({ ...deps, actor: admin, form: productForm({ sku: 'race-1', nameEn: 'Other' }) }),
    ]);
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    expect(outcomes.find((outcome) => !outcome.ok)).toMatchObject({
      errors: { sku: { key: 'products.error.skuTaken' } },
    });
  });

  it('a rep, a manager and a director may not add, edit or retire; the refusal says who can', async () => {
    const { finance, rep, manager, director } = await freshTeam();
    const product = await add(finance);
    for (const who of [rep, manager, director]) {
      await expect(
        addProduct({ ...deps, actor: who, form: productForm({ sku: 'X' }) }),
      ).rejects.toMatchObject({
        code: 'products_managers_only',
        messageKey: 'products.error.managersOnly',
      });
      await expect(
        editProduct({ ...deps, actor: who, productId: product.id, form: productForm(), seenVersion: 1 }),
      ).rejects.toMatchObject({ code: 'products_managers_only' });
      await expect(
        setProductStatus({ ...deps, actor: who, productId: product.id, status: 'retired', seenVersion: 1 }),
      ).rejects.toMatchObject({ code: 'products_managers_only' });
    }
    expect(await deps.products.findById(product.teamId, product.id)).toMatchObject({
      version: 1,
      status: 'active',
    });
  });

  it('anyone finds products by any part of the code or either name, any case, Chinese too; reps never see the floor', async () => {
    const { finance, rep, manager } = await freshTeam();
    await add(finance);
    await add(finance, { sku: 'PUMP-02', nameEn: 'Booster pump', nameZh: '增压泵', price: '2,000' });
    await add(finance, {
      sku: 'VALVE-9',
      nameEn: 'Check valve',
      nameZh: '止回阀',
      price: '80',
      floorPrice: '',
    });
    for (const text of ['pump', 'PUMP-0', '泵', 'ump']) {
      const found = await findProducts({ ...deps, actor: rep, text });
      expect(found.kind === 'many' && found.matches.map((m) => m.product.sku)).toEqual([
        'PUMP-01',
        'PUMP-02',
      ]);
    }
    const byChinese = await findProducts({ ...deps, actor: rep, text: '止回' });
    expect(byChinese).toMatchObject({
      kind: 'one',
      detail: { product: { sku: 'VALVE-9', floorVisible: false } },
    });
    const repView = await findProducts({ ...deps, actor: rep, text: 'pump-01' });
    expect(repView).toMatchObject({
      kind: 'one',
      detail: { product: { floorPriceMinor: null, floorVisible: false } },
    });
    const managerView = await findProducts({ ...deps, actor: manager, text: 'pump-01' });
    expect(managerView).toMatchObject({
      kind: 'one',
      detail: { product: { floorPriceMinor: 90_000, floorVisible: true } },
    });
    const many = await findProducts({ ...deps, actor: manager, text: 'pump' });
    expect(
      many.kind === 'many' && many.matches.map((m) => [m.priceMinor, m.product.floorPriceMinor]),
    ).toEqual([
      [120_000, 90_000],
      [200_000, 90_000],
    ]);
    expect(await findProducts({ ...deps, actor: rep, text: '50%_' })).toMatchObject({
      kind: 'many',
      total: 0,
    });
  });

  it('an edit saves on the version it was opened on; a form opened before someone else’s change saves nothing', async () => {
    const { finance, admin } = await freshTeam();
    const product = await add(finance);
    const opened = await productForEditing({ ...deps, actor: finance, productId: product.id });
    const first = await editProduct({
      ...deps,
      actor: admin,
      productId: product.id,
      form: productForm({ price: '1,500' }),
      seenVersion: opened.product.version,
    });
    expect(first).toMatchObject({ ok: true, product: { version: 2, updatedByUserId: 'U_ADMIN' } });
    const stale = editProduct({
      ...deps,
      actor: finance,
      productId: product.id,
      form: productForm({ unit: '套' }),
      seenVersion: opened.product.version,
    });
    await expect(stale).rejects.toMatchObject({
      code: 'products_stale',
      current: { version: 2, unit: '台', updatedByUserId: 'U_ADMIN', defaultPriceMinor: 150_000 },
    });
    expect(await deps.products.findById(product.teamId, product.id)).toMatchObject({
      unit: '台',
      version: 2,
    });
  });

  it('an edit cannot take a code another product has', async () => {
    const { finance } = await freshTeam();
    const product = await add(finance);
    await add(finance, { sku: 'PUMP-02' });
    const taken = await editProduct({
      ...deps,
      actor: finance,
      productId: product.id,
      form: productForm({ sku: 'pump-02' }),
      seenVersion: 1,
    });
    expect(taken).toMatchObject({ ok: false, errors: { sku: { key: 'products.error.skuTaken' } } });
  });

  it('retiring keeps the product and its prices; reactivating brings it back; a card older than the product is refused', async () => {
    const { finance, rep } = await freshTeam();
    const product = await add(finance);
    const retired = await setProductStatus({
      ...deps,
      actor: finance,
      productId: product.id,
      status: 'retired',
      seenVersion: 1,
    });
    expect(retired.product).toMatchObject({ status: 'retired', version: 2 });
    expect(retired.product.retiredAt).toEqual(deps.clock.now());
    expect(retired.prices).toHaveLength(1);
    await expect(
      setProductStatus({ ...deps, actor: finance, productId: product.id, status: 'retired', seenVersion: 1 }),
    ).rejects.toMatchObject({ code: 'products_stale', current: { status: 'retired' } });
    // A retired product is still found, marked so.
    expect(await findProducts({ ...deps, actor: rep, text: 'PUMP-01' })).toMatchObject({
      kind: 'one',
      detail: { product: { status: 'retired' } },
    });
    const back = await setProductStatus({
      ...deps,
      actor: finance,
      productId: product.id,
      status: 'active',
      seenVersion: 2,
    });
    expect(back.product).toMatchObject({ status: 'active', retiredAt: null, version: 3 });
  });

  it('a product of another team is not found, nor edited', async () => {
    const { finance } = await freshTeam();
    const product = await add(finance);
    const other = await freshTeam();
    await expect(
      productDetail({ ...deps, actor: other.finance, productId: product.id }),
    ).rejects.toMatchObject({
      code: 'products_not_found',
    });
    await expect(
      editProduct({
        ...deps,
        actor: other.finance,
        productId: product.id,
        form: productForm(),
        seenVersion: 1,
      }),
    ).rejects.toMatchObject({ code: 'products_not_found' });
  });
});
