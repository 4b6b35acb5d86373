import { products } from '../../db/schema/index.js';

/** Every product column but the generated search text, which only the search reads: what reads select. */
export const PRODUCT_COLUMNS = {
  id: products.id,
  teamId: products.teamId,
  sku: products.sku,
  nameEn: products.nameEn,
  nameZh: products.nameZh,
  unit: products.unit,
  taxRateBp: products.taxRateBp,
  currency: products.currency,
  floorPriceMinor: products.floorPriceMinor,
  status: products.status,
  version: products.version,
  createdByUserId: products.createdByUserId,
  updatedByUserId: products.updatedByUserId,
  retiredAt: products.retiredAt,
  createdAt: products.createdAt,
  updatedAt: products.updatedAt,
};
