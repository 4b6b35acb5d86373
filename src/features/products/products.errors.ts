import { AppError, type ErrorParam } from '../../lib/errors.js';
import type { PriceList, Product } from './products.types.js';

/** Every price list refusal: a stable code, the catalog key the user reads (with the next step), its parameters. */
export class ProductError extends AppError {
  constructor(code: string, messageKey: string, params?: Record<string, ErrorParam>) {
    super(code, code, { messageKey, ...(params ? { params } : {}) });
    this.name = 'ProductError';
  }
}

export class NotPriceListManagerError extends ProductError {
  constructor() {
    super('products_managers_only', 'products.error.managersOnly');
    this.name = 'NotPriceListManagerError';
  }
}

export class ProductNotFoundError extends ProductError {
  constructor(ref: string) {
    super('products_not_found', 'products.error.notFound', { ref });
    this.name = 'ProductNotFoundError';
  }
}

export class PriceListNotFoundError extends ProductError {
  constructor(name: string) {
    super('price_list_not_found', 'products.error.listNotFound', { name });
    this.name = 'PriceListNotFoundError';
  }
}

export class PriceListArchivedError extends ProductError {
  constructor(list: Pick<PriceList, 'name'>) {
    super('price_list_archived', 'products.error.listArchived', { name: list.name });
    this.name = 'PriceListArchivedError';
  }
}

export class PriceListNameTakenError extends ProductError {
  constructor(name: string) {
    super('price_list_name_taken', 'products.error.listNameTaken', { name });
    this.name = 'PriceListNameTakenError';
  }
}

export class DefaultListArchiveError extends ProductError {
  constructor(list: Pick<PriceList, 'name'>) {
    super('price_list_default_archive', 'products.error.defaultArchive', { name: list.name });
    this.name = 'DefaultListArchiveError';
  }
}

/** A price typed in a command that is no price (negative, zero, another currency…). */
export class PriceInputError extends ProductError {
  constructor(key: string, params: Record<string, ErrorParam>) {
    super('products_price_input', key, params);
    this.name = 'PriceInputError';
  }
}

/**
 * The form or card was built from an older version of the product: someone changed it since. Nothing was written;
 * `current` is the product as it is now (as the caller may see it), to show what changed and by whom.
 */
export class StaleProductError extends ProductError {
  constructor(readonly current: Product & { defaultPriceMinor: number | null }) {
    super('products_stale', 'products.error.stale', { sku: current.sku });
    this.name = 'StaleProductError';
  }
}
