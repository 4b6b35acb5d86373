import type { Actor } from '../team/team.types.js';
import { NotPriceListManagerError } from './products.errors.js';
import type { Product, VisibleProduct } from './products.types.js';

/**
 * Who keeps the price list: admins and finance add, edit, retire and price products, manage the lists and import
 * them. Everyone in the team finds and reads products (reps quote from them).
 */
export function managesPriceList(actor: Actor): boolean {
  return actor.isAdmin || actor.role === 'finance';
}

export function assertManagesPriceList(actor: Actor): void {
  if (!managesPriceList(actor)) throw new NotPriceListManagerError();
}

/**
 * Floor prices are for those who approve discounts or keep the books — managers, directors, finance and admins (a
 * manager approving a quote sees its margin against the floor). Reps do not see them: a floor shown to the person
 * negotiating becomes the price.
 */
export function seesFloorPrices(actor: Actor): boolean {
  return actor.isAdmin || actor.role !== 'rep';
}

/** The product as `actor` may read it: without its floor for a rep. */
export function visibleTo(actor: Actor, product: Product): VisibleProduct {
  const floorVisible = seesFloorPrices(actor);
  return { ...product, floorPriceMinor: floorVisible ? product.floorPriceMinor : null, floorVisible };
}
