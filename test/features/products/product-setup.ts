import { createCustomerImportRepository } from '../../../src/features/customers/customer-import.repository.js';
import { createImportRepository } from '../../../src/features/imports/imports.repository.js';
import { createLeadDuplicateRepository } from '../../../src/features/leads/lead-duplicates.repository.js';
import { createPriceListRepository } from '../../../src/features/products/price-lists.repository.js';
import { createProductRepository } from '../../../src/features/products/products.repository.js';
import type { ProductForm } from '../../../src/features/products/products.types.js';
import { createTeamRepository } from '../../../src/features/team/team.repository.js';
import type { Actor, Role } from '../../../src/features/team/team.types.js';
import { fixedClock } from '../../../src/lib/clock.js';
import type { TestDatabase } from '../../helpers/test-db.js';

export const NOW = new Date('2026-12-07T02:00:00Z');

export function productDeps(database: TestDatabase) {
  return {
    products: createProductRepository(database),
    priceLists: createPriceListRepository(database),
    teams: createTeamRepository(database),
    imports: createImportRepository(database),
    leadDuplicates: createLeadDuplicateRepository(database),
    customerImports: createCustomerImportRepository(database),
    clock: fixedClock(NOW),
  };
}

export const member = (
  teamId: string,
  userId: string,
  role: Role,
  locale: Actor['locale'] = 'en',
): Actor => ({
  teamId,
  userId,
  role,
  isAdmin: role === 'admin',
  locale,
  timezone: 'Asia/Shanghai',
});

/** A team's four kinds of reader: finance keeps the price list, the others read it. */
export function people(teamId: string) {
  return {
    finance: member(teamId, 'U_FIN', 'finance'),
    admin: member(teamId, 'U_ADMIN', 'admin'),
    manager: member(teamId, 'U_MGR', 'manager'),
    director: member(teamId, 'U_DIR', 'director'),
    rep: member(teamId, 'U_REP', 'rep'),
  };
}

export const productForm = (overrides: Partial<ProductForm> = {}): ProductForm => ({
  sku: 'PUMP-01',
  nameEn: 'Water pump',
  nameZh: '水泵',
  unit: '台',
  price: '1,200',
  taxRate: '13%',
  floorPrice: '900',
  ...overrides,
});
