import { sql } from 'drizzle-orm';
import { createLead } from '../../../src/features/leads/leads.usecases.js';
import type { QuoteDeps } from '../../../src/features/quotes/quote-access.js';
import type { QuoteDocument } from '../../../src/features/quotes/quote-document.types.js';
import { createQuoteLogoRepository } from '../../../src/features/quotes/quote-logo.repository.js';
import { createQuotePricingRepository } from '../../../src/features/quotes/quote-pricing.repository.js';
import { createQuoteRepository } from '../../../src/features/quotes/quotes.repository.js';
import type { Team } from '../../../src/features/team/team.types.js';
import type { TestDatabase } from '../../helpers/test-db.js';
import { actor, ledgerDeps, type TestLedgerDeps } from '../ledger/ledger-fixtures.js';

export type TestQuoteDeps = TestLedgerDeps & QuoteDeps & { rendered: QuoteDocument[] };

/**
 * The quote use cases' dependencies on a test database. The PDF renderer is the test's own recorder (the real one
 * is another module's, tested there): it keeps each document it was asked to render and returns its JSON as bytes.
 */
export function quoteDeps(database: TestDatabase, start = new Date('2026-12-07T02:00:00Z')): TestQuoteDeps {
  const rendered: QuoteDocument[] = [];
  return {
    ...ledgerDeps(database, start),
    quotes: createQuoteRepository({ db: database.db }),
    quotePricing: createQuotePricingRepository({ db: database.db }),
    quoteLogos: createQuoteLogoRepository({ db: database.db }),
    rendered,
    renderQuotePdf: async (document) => {
      rendered.push(document);
      return new TextEncoder().encode(`%PDF-test ${JSON.stringify(document)}`);
    },
  };
}

export interface SeededProduct {
  id: number;
  sku: string;
}

/** The team's default CNY price list with products (seeded as rows: the price list feature is another's). */
export async function seedPriceList(
  database: TestDatabase,
  teamId: string,
  products: {
    sku: string;
    nameEn: string;
    nameZh: string;
    unit: string;
    priceMinor: number;
    floorMinor?: number;
    taxBp?: number;
  }[],
): Promise<{ priceListId: number; products: Map<string, SeededProduct> }> {
  const { db } = database;
  const list = (await db.execute(
    sql`insert into price_lists (team_id, name, currency, is_default, created_by_user_id)
        values (${teamId}, 'Standard', 'CNY', true, 'U_ADMIN') returning id`,
  )) as unknown as { rows: { id: number | string }[] };
  const priceListId = Number(list.rows[0]?.id);
  const seeded = new Map<string, SeededProduct>();
  for (const product of products) {
    const inserted = (await db.execute(
      sql`insert into products (team_id, sku, name_en, name_zh, unit, tax_rate_bp, currency, floor_price_minor, created_by_user_id)
          values (${teamId}, ${product.sku}, ${product.nameEn}, ${product.nameZh}, ${product.unit},
                  ${product.taxBp ?? 1300}, 'CNY', ${product.floorMinor ?? null}, 'U_ADMIN') returning id`,
    )) as unknown as { rows: { id: number | string }[] };
    const id = Number(inserted.rows[0]?.id);
    await db.execute(
      sql`insert into price_list_items (team_id, price_list_id, product_id, price_minor)
          values (${teamId}, ${priceListId}, ${id}, ${product.priceMinor})`,
    );
    seeded.set(product.sku, { id, sku: product.sku });
  }
  return { priceListId, products: seeded };
}

export const CATALOG = [
  {
    sku: 'PUMP-100',
    nameEn: 'Water pump 100',
    nameZh: '水泵100型',
    unit: '台',
    priceMinor: 300_000,
    floorMinor: 240_000,
  },
  { sku: 'VALVE-20', nameEn: 'Valve 20 mm', nameZh: '阀门20毫米', unit: '个', priceMinor: 12_050 },
  { sku: 'SVC-INST', nameEn: 'Installation', nameZh: '安装服务', unit: '次', priceMinor: 80_000, taxBp: 600 },
];

export async function leadOf(
  deps: TestQuoteDeps,
  owner = 'U_REP',
  company = 'Acme 有限公司',
): Promise<number> {
  const created = await createLead({
    ...deps,
    actor: actor(owner),
    form: { companyName: company, contactName: 'Li' },
  });
  if (!created.ok) throw new Error('lead not created');
  return created.lead.id;
}

export type { Team };
