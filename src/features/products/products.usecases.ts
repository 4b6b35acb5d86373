import type { Actor } from '../team/team.types.js';
import { defaultPriceList, type ProductDeps } from './price-lists.usecases.js';
import { assertManagesPriceList, managesPriceList, visibleTo } from './product-access.js';
import { type FieldProblem, validateProductForm } from './product-input.js';
import { ProductNotFoundError, StaleProductError } from './products.errors.js';
import type {
  PriceList,
  Product,
  ProductForm,
  ProductFormField,
  ProductStatus,
  VisibleProduct,
} from './products.types.js';

export type { ProductDeps };

type Deps = ProductDeps & { actor: Actor };

/** How many matches `/product <text>` lists; the total says how many more there are. */
export const SEARCH_LIMIT = 20;

/** One product as `/product <SKU>` shows it: its prices on every list, and whether the reader may change it. */
export interface ProductDetail {
  product: VisibleProduct;
  prices: { list: PriceList; priceMinor: number }[];
  /** The reader keeps the price list (Edit, Retire, Reactivate are theirs). */
  manages: boolean;
}

export type ProductSearch =
  | { kind: 'one'; detail: ProductDetail }
  | {
      kind: 'many';
      list: PriceList;
      matches: { product: VisibleProduct; priceMinor: number | null }[];
      total: number;
    };

async function detailOf(deps: Deps, product: Product): Promise<ProductDetail> {
  const prices = await deps.products.pricesOf(deps.actor.teamId, product.id);
  return {
    product: visibleTo(deps.actor, product),
    prices: prices.filter((price) => price.list.status === 'active'),
    manages: managesPriceList(deps.actor),
  };
}

/** An id from a button or a form's metadata: anything but a whole number is no product (a forged click). */
function assertProductId(productId: number): void {
  if (!Number.isSafeInteger(productId) || productId <= 0) throw new ProductNotFoundError('?');
}

async function loadProduct(deps: Deps, productId: number): Promise<Product> {
  assertProductId(productId);
  const product = await deps.products.findById(deps.actor.teamId, productId);
  if (!product) throw new ProductNotFoundError(`#${productId}`);
  return product;
}

/**
 * `/product <text>`: a code typed exactly (any case) is that product; otherwise every product whose code or name
 * contains the text, with its price on the default list. A single match is shown as the product itself.
 * Everyone in the team may search; reps never see floor prices.
 */
export async function findProducts(deps: Deps & { text: string }): Promise<ProductSearch> {
  const text = deps.text.normalize('NFKC').trim();
  const exact = await deps.products.findBySku(deps.actor.teamId, text);
  if (exact) return { kind: 'one', detail: await detailOf(deps, exact) };
  const list = await defaultPriceList(deps);
  const found = await deps.products.search(deps.actor.teamId, {
    text,
    priceListId: list.id,
    limit: SEARCH_LIMIT,
  });
  const [only] = found.rows;
  if (found.total === 1 && only) return { kind: 'one', detail: await detailOf(deps, only.product) };
  return {
    kind: 'many',
    list,
    total: found.total,
    matches: found.rows.map((row) => ({
      product: visibleTo(deps.actor, row.product),
      priceMinor: row.priceMinor,
    })),
  };
}

/** One product by id (a card refreshed after a change). */
export async function productDetail(deps: Deps & { productId: number }): Promise<ProductDetail> {
  return detailOf(deps, await loadProduct(deps, deps.productId));
}

/** The edit form's content: the product as it is, with its price on the default list (admins, finance). */
export async function productForEditing(
  deps: Deps & { productId: number },
): Promise<{ product: Product; list: PriceList; priceMinor: number | null }> {
  assertManagesPriceList(deps.actor);
  const product = await loadProduct(deps, deps.productId);
  const list = await defaultPriceList(deps);
  return { product, list, priceMinor: await deps.products.priceOn(deps.actor.teamId, list.id, product.id) };
}

/** `/product add`: the form opens on the default list (created now if the team has none). Admins, finance. */
export async function newProductForm(deps: Deps): Promise<{ list: PriceList }> {
  assertManagesPriceList(deps.actor);
  return { list: await defaultPriceList(deps) };
}

export type ProductFormOutcome =
  | { ok: true; product: Product }
  | { ok: false; errors: Partial<Record<ProductFormField, FieldProblem>> };

const skuTaken = (sku: string): ProductFormOutcome => ({
  ok: false,
  errors: { sku: { key: 'products.error.skuTaken', params: { sku } } },
});

/** The add form saved: a product with its price on the default list. A code the team uses already is refused. */
export async function addProduct(deps: Deps & { form: ProductForm }): Promise<ProductFormOutcome> {
  assertManagesPriceList(deps.actor);
  const list = await defaultPriceList(deps);
  const valid = validateProductForm(deps.form, list.currency);
  if (!valid.ok) return valid;
  const product = await deps.products.create({
    teamId: deps.actor.teamId,
    product: valid.input,
    currency: list.currency,
    priceListId: list.id,
    priceMinor: valid.priceMinor,
    actorUserId: deps.actor.userId,
    now: deps.clock.now(),
  });
  return product ? { ok: true, product } : skuTaken(valid.input.sku);
}

async function staleError(deps: Deps, productId: number): Promise<StaleProductError> {
  const current = await loadProduct(deps, productId);
  const list = await defaultPriceList(deps);
  const defaultPriceMinor = await deps.products.priceOn(deps.actor.teamId, list.id, current.id);
  return new StaleProductError({ ...current, defaultPriceMinor });
}

/**
 * The edit form saved, on the version it was opened on (DESIGN.md, rule 11): a product changed meanwhile is not
 * written over; the caller gets it as it is now (StaleProductError) to show what changed.
 */
export async function editProduct(
  deps: Deps & { productId: number; form: ProductForm; seenVersion: number },
): Promise<ProductFormOutcome> {
  assertManagesPriceList(deps.actor);
  assertProductId(deps.productId);
  const list = await defaultPriceList(deps);
  const valid = validateProductForm(deps.form, list.currency);
  if (!valid.ok) return valid;
  const outcome = await deps.products.update({
    teamId: deps.actor.teamId,
    productId: deps.productId,
    seenVersion: deps.seenVersion,
    product: valid.input,
    price: { priceListId: list.id, priceMinor: valid.priceMinor },
    actorUserId: deps.actor.userId,
    now: deps.clock.now(),
  });
  if (outcome.ok) return outcome;
  if (outcome.reason === 'skuTaken') return skuTaken(valid.input.sku);
  throw await staleError(deps, deps.productId);
}

/**
 * Retire (no new quote line may use it; quotes that have it keep it as it was) or reactivate, from the card's
 * version. Nothing is ever deleted.
 */
export async function setProductStatus(
  deps: Deps & { productId: number; status: ProductStatus; seenVersion: number },
): Promise<ProductDetail> {
  assertManagesPriceList(deps.actor);
  assertProductId(deps.productId);
  const changed = await deps.products.setStatus({
    teamId: deps.actor.teamId,
    productId: deps.productId,
    seenVersion: deps.seenVersion,
    status: deps.status,
    actorUserId: deps.actor.userId,
    now: deps.clock.now(),
  });
  if (!changed) throw await staleError(deps, deps.productId);
  return detailOf(deps, changed);
}
