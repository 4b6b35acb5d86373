import { translator } from '../../i18n/index.js';
import type { Clock } from '../../lib/clock.js';
import type { TeamRepository } from '../team/team.repository.js';
import type { Actor } from '../team/team.types.js';
import type { PriceListRepository } from './price-lists.repository.js';
import { assertManagesPriceList } from './product-access.js';
import { readPrice } from './product-money.js';
import {
  DefaultListArchiveError,
  PriceInputError,
  PriceListArchivedError,
  PriceListNameTakenError,
  PriceListNotFoundError,
  ProductNotFoundError,
} from './products.errors.js';
import type { ProductRepository } from './products.repository.js';
import type { PriceList, PriceListKind, PriceListWithCount, Product } from './products.types.js';

/** What the price list's use cases read and write through. */
export interface ProductDeps {
  products: ProductRepository;
  priceLists: PriceListRepository;
  teams: TeamRepository;
  clock: Clock;
}

type WithActor<T = object> = Pick<ProductDeps, 'priceLists' | 'teams'> & { actor: Actor } & T;

export const MAX_LIST_NAME = 60;

/**
 * The team's default (standard) list, created on first use in the team's currency and named in the language of
 * whoever uses the price list first ("Standard", "标准价目表"). It is never archived: quotes start from it.
 */
export async function defaultPriceList(deps: WithActor): Promise<PriceList> {
  const team = await deps.teams.ensureTeam(deps.actor.teamId);
  return deps.priceLists.ensureDefault(deps.actor.teamId, {
    name: translator(deps.actor.locale)('products.list.defaultName'),
    currency: team.currency,
    createdByUserId: deps.actor.userId,
  });
}

/** The list a command names (any case), or the default when it names none. */
export async function priceListNamed(deps: WithActor, name: string | undefined): Promise<PriceList> {
  const wanted = name?.trim();
  if (!wanted) return defaultPriceList(deps);
  const list = await deps.priceLists.findByName(deps.actor.teamId, wanted);
  if (!list) throw new PriceListNotFoundError(wanted);
  return list;
}

/** `/product lists`: every list, with how many products it prices. Everyone may read them (quotes pick one). */
export async function listPriceLists(deps: WithActor): Promise<PriceListWithCount[]> {
  await defaultPriceList(deps);
  return deps.priceLists.listWithCounts(deps.actor.teamId);
}

/** `/product list add <name> [kind]`: a new list in the team's currency (admins, finance). */
export async function addPriceList(
  deps: WithActor<{ name: string; kind: PriceListKind }>,
): Promise<PriceList> {
  assertManagesPriceList(deps.actor);
  const name = deps.name.normalize('NFKC').trim().replace(/\s+/g, ' ').slice(0, MAX_LIST_NAME);
  await defaultPriceList(deps);
  const team = await deps.teams.ensureTeam(deps.actor.teamId);
  const list = await deps.priceLists.create(deps.actor.teamId, {
    name,
    kind: deps.kind,
    currency: team.currency,
    createdByUserId: deps.actor.userId,
  });
  if (!list) throw new PriceListNameTakenError(name);
  return list;
}

/**
 * `/product list archive <name>`: the list stays for the quotes that used it but no new quote or price can use
 * it. The default list cannot be archived. Archiving an archived list says so and changes nothing.
 */
export async function archivePriceList(
  deps: WithActor<{ name: string; clock: Clock }>,
): Promise<{ list: PriceList; already: boolean }> {
  assertManagesPriceList(deps.actor);
  const list = await priceListNamed(deps, deps.name);
  if (list.isDefault) throw new DefaultListArchiveError(list);
  if (list.status === 'archived') return { list, already: true };
  const archived = await deps.priceLists.archive(deps.actor.teamId, list.id, deps.clock.now());
  const now = archived ?? (await deps.priceLists.findById(deps.actor.teamId, list.id)) ?? list;
  return { list: now, already: !archived };
}

export interface ListPriceChange {
  product: Product;
  list: PriceList;
  priceMinor: number;
  /** The price it had on the list (null: it was not on it). */
  previousMinor: number | null;
  /** The new price is below the product's floor: quotes at it will need the top approver. */
  belowFloor: boolean;
}

async function productAndList(
  deps: WithActor<Pick<ProductDeps, 'products'> & { sku: string; listName?: string | undefined }>,
) {
  assertManagesPriceList(deps.actor);
  const product = await deps.products.findBySku(deps.actor.teamId, deps.sku);
  if (!product) throw new ProductNotFoundError(deps.sku);
  const list = await priceListNamed(deps, deps.listName);
  if (list.status !== 'active') throw new PriceListArchivedError(list);
  return { product, list };
}

/**
 * `/product price <SKU> <amount> [list]`: a product's price on a list (the default when none is named), in the
 * list's currency. A price below the product's floor is set, and the answer warns about it.
 */
export async function setListPrice(
  deps: WithActor<
    Pick<ProductDeps, 'products' | 'clock'> & { sku: string; amount: string; listName?: string }
  >,
): Promise<ListPriceChange> {
  const { product, list } = await productAndList(deps);
  const price = readPrice(deps.amount, list.currency);
  if (!price.ok)
    throw new PriceInputError(`products.error.price.${price.problem}`, {
      currency: list.currency,
      amount: deps.amount,
    });
  const written = await deps.priceLists.setPrice({
    teamId: deps.actor.teamId,
    priceListId: list.id,
    productId: product.id,
    priceMinor: price.minor,
    actorUserId: deps.actor.userId,
    now: deps.clock.now(),
  });
  if (!written) throw new PriceListArchivedError(list);
  const floor = product.currency === list.currency ? product.floorPriceMinor : null;
  return {
    product,
    list,
    priceMinor: price.minor,
    previousMinor: written.previousMinor,
    belowFloor: floor !== null && price.minor < floor,
  };
}

/** `/product price <SKU> remove [list]`: the product is no longer on that list (quotes that used it keep it). */
export async function removeListPrice(
  deps: WithActor<Pick<ProductDeps, 'products' | 'clock'> & { sku: string; listName?: string }>,
): Promise<{ product: Product; list: PriceList; previousMinor: number | null }> {
  const { product, list } = await productAndList(deps);
  const removed = await deps.priceLists.removePrice({
    teamId: deps.actor.teamId,
    priceListId: list.id,
    productId: product.id,
    actorUserId: deps.actor.userId,
    now: deps.clock.now(),
  });
  return { product, list, previousMinor: removed?.previousMinor ?? null };
}

/** `/product import [list]`: the active list a file's prices are for (the default when none is named). */
export async function priceListForImport(deps: WithActor<{ listName?: string }>): Promise<PriceList> {
  assertManagesPriceList(deps.actor);
  const list = await priceListNamed(deps, deps.listName);
  if (list.status !== 'active') throw new PriceListArchivedError(list);
  return list;
}
