import type { ImportActorDeps, ImportKind } from '../imports/import-kind.js';
import type { ImportRecord } from '../imports/imports.repository.js';
import type { RowProblem } from '../imports/imports.types.js';
import { defaultPriceList } from './price-lists.usecases.js';
import { assertManagesPriceList } from './product-access.js';
import { PRODUCT_IMPORT_FIELDS, type ProductPreviewDetails } from './product-import.types.js';
import { productColumnLabel, productFieldOfHeader } from './product-import-columns.js';
import { type ProductRow, productRowOutcome } from './product-import-outcome.js';
import { type ProductRowValues, readProductRow } from './product-import-rows.js';
import { PriceListArchivedError, PriceListNotFoundError } from './products.errors.js';

/** How many changed rows a preview lists. */
const CHANGED_SAMPLE = 10;

async function listOf(deps: ImportActorDeps, record: ImportRecord) {
  const list = record.priceListId
    ? await deps.priceLists.findById(deps.actor.teamId, record.priceListId)
    : await defaultPriceList(deps);
  if (!list) throw new PriceListNotFoundError(String(record.priceListId));
  if (list.status !== 'active') throw new PriceListArchivedError(list);
  return list;
}

/**
 * Products and their prices on one list. A row's code (SKU) says which product it is: a new code is a new product
 * (it needs a name, a unit, a price and a tax rate), a known one is updated with what the row has. A row that
 * says what is stored already is unchanged, so the same file imported again writes nothing. Only those who keep
 * the price list (admins, finance) may import it.
 */
export const productImportKind: ImportKind<ProductRow, ProductPreviewDetails> = {
  name: 'products',
  fields: PRODUCT_IMPORT_FIELDS,
  fieldOfHeader: productFieldOfHeader,
  columnLabel: productColumnLabel,
  authorize: assertManagesPriceList,
  async open(deps, record) {
    const teamId = deps.actor.teamId;
    const list = await listOf(deps, record);
    /** Lowercased codes of the valid rows seen so far, with their line: a code counts once per file. */
    const seen = new Map<string, number>();

    return {
      async classify(rows) {
        const readings = rows.map((row) => ({
          row,
          reading: readProductRow(row, record.mapping, list.currency),
        }));
        const valid = readings.flatMap(({ reading }) => (reading.ok ? [reading.values] : []));
        const stored = await deps.products.pricedBySku(
          teamId,
          list.id,
          valid.map((values) => values.sku),
        );
        return readings.map(({ row, reading }): ProductRow => {
          if (!reading.ok)
            return { kind: 'invalid', line: row.line, cells: row.cells, problems: reading.problems };
          const values: ProductRowValues = reading.values;
          const key = values.sku.toLowerCase();
          const firstLine = seen.get(key);
          if (firstLine !== undefined)
            return { kind: 'repeated', line: row.line, sku: values.sku, firstLine };
          const outcome = productRowOutcome(values, stored.get(key), list.currency);
          if ('problems' in outcome)
            return {
              kind: 'invalid',
              line: row.line,
              cells: row.cells,
              problems: outcome.problems as RowProblem[],
            };
          seen.set(key, row.line);
          return outcome;
        });
      },

      async details(rows, counts) {
        const count = (kind: ProductRow['kind']) => rows.filter((row) => row.kind === kind).length;
        return {
          kind: 'products',
          priceList: { id: list.id, name: list.name, currency: list.currency },
          counts: {
            ...counts,
            new: count('new'),
            updated: count('update'),
            unchanged: count('unchanged'),
            repeatedInFile: count('repeated'),
          },
          changedRows: rows
            .flatMap((row) =>
              row.kind === 'update' ? [{ line: row.line, sku: row.sku, changes: row.changes }] : [],
            )
            .slice(0, CHANGED_SAMPLE),
        };
      },

      async write(rows, progress) {
        const unchanged = rows.filter((row) => row.kind === 'unchanged').length;
        const repeated = rows.filter((row) => row.kind === 'repeated').length;
        return deps.products.writeImportBatch({
          teamId,
          priceListId: list.id,
          currency: list.currency,
          actorUserId: deps.actor.userId,
          create: rows.flatMap((row) => (row.kind === 'new' ? [row] : [])),
          update: rows.flatMap((row) => (row.kind === 'update' ? [row] : [])),
          progress: {
            ...progress,
            result: {
              ...progress.result,
              unchanged: (progress.result.unchanged ?? 0) + unchanged,
              skipped: progress.result.skipped + repeated,
            },
          },
          now: deps.clock.now(),
        });
      },
    };
  },
};
