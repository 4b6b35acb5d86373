import type { ImportKind } from '../imports/import-kind.js';
import type { RowProblem } from '../imports/imports.types.js';
import { createOwnerMatcher } from '../imports/owner-matching.js';
import { canSetCreditLimit } from './credit.usecases.js';
import {
  CUSTOMER_IMPORT_FIELDS,
  type CustomerPreviewDetails,
  type CustomerRow,
  type CustomerRowValues,
} from './customer-import.types.js';
import { customerColumnLabel, customerFieldOfHeader } from './customer-import-columns.js';
import { customerUpdate, rowKeys } from './customer-import-outcome.js';
import { readCustomerRow } from './customer-import-rows.js';
import { customerScope } from './customers.usecases.js';

/** How many changed rows a preview lists. */
const CHANGED_SAMPLE = 10;

/**
 * Customers (客户档案) from a file. A row is the customer it names by number (an exported file), or the one a won
 * lead would be linked to (a contact's phone or email, or the company name); none, a new customer with the row's
 * contact. A known customer gets what the row adds (industry, notes, a contact it lacks, the credit limit), so the
 * same file — or the export — imported again writes nothing. Anyone may import, as leads: for themself, or (a
 * manager) their reports, or (finance, admins) anyone; a customer someone else looks after is left alone. Credit
 * limits are finance's and admins' to set, from a file as from the card.
 */
export const customerImportKind: ImportKind<CustomerRow, CustomerPreviewDetails> = {
  name: 'customers',
  fields: CUSTOMER_IMPORT_FIELDS,
  fieldOfHeader: customerFieldOfHeader,
  columnLabel: customerColumnLabel,
  authorize: () => {},
  async open(deps, record) {
    const { actor } = deps;
    const team = await deps.teams.ensureTeam(actor.teamId);
    const scope = await customerScope(deps);
    const matchOwner = await createOwnerMatcher({ ...deps, scope });
    const context = { currency: team.currency, setsCreditLimits: canSetCreditLimit(actor) };
    /** Number, phone, email and company keys of the rows seen so far, with their line. */
    const seen = new Map<string, number>();

    return {
      async classify(rows) {
        const readings = await Promise.all(
          rows.map(
            async (
              row,
            ): Promise<CustomerRow | { kind: 'valid'; values: CustomerRowValues; ownerUserId: string }> => {
              const reading = readCustomerRow(row, record.mapping, context);
              if (!reading.ok)
                return { kind: 'invalid', line: row.line, cells: row.cells, problems: reading.problems };
              const owner = await matchOwner(reading.values.ownerText);
              if ('problem' in owner) {
                const key =
                  owner.problem === 'imports.error.ownerNotAllowed'
                    ? 'customers.import.error.ownerNotAllowed'
                    : owner.problem;
                const problem: RowProblem = { field: 'owner', key };
                return { kind: 'invalid', line: row.line, cells: row.cells, problems: [problem] };
              }
              return { kind: 'valid', values: reading.values, ownerUserId: owner.userId };
            },
          ),
        );
        const valid = readings.flatMap((reading) => (reading.kind === 'valid' ? [reading] : []));
        const matches = await deps.customerImports.match(
          actor.teamId,
          valid.map((reading) => reading.values),
        );
        let index = 0;
        return readings.map((reading): CustomerRow => {
          if (reading.kind !== 'valid') return reading;
          const { values, ownerUserId } = reading;
          const match = matches[index++];
          const keys = match?.keys ?? { phoneKey: null, emailKey: null, companyKey: null };
          const customer = match?.customer;
          // A row naming its customer by number is that customer, whatever else it shares with other rows.
          const known =
            customer && match.byNumber
              ? [`customer:${customer.id}`]
              : [...rowKeys(values, keys), ...(customer ? [`customer:${customer.id}`] : [])];
          const firstLine = known.map((key) => seen.get(key)).find((line) => line !== undefined);
          if (firstLine !== undefined) return { kind: 'repeated', line: values.line, firstLine };
          for (const key of known) seen.set(key, values.line);
          if (!customer) return { kind: 'new', line: values.line, values, ownerUserId, keys };
          if (scope !== 'all' && !scope.includes(customer.ownerUserId))
            return { kind: 'notYours', line: values.line };
          return customerUpdate(values, keys, customer, team.currency);
        });
      },

      async details(rows, counts) {
        const count = (kind: CustomerRow['kind']) => rows.filter((row) => row.kind === kind).length;
        return {
          kind: 'customers',
          currency: team.currency,
          counts: {
            ...counts,
            new: count('new'),
            updated: count('update'),
            unchanged: count('unchanged'),
            notYours: count('notYours'),
            repeatedInFile: count('repeated'),
          },
          changedRows: rows
            .flatMap((row) =>
              row.kind === 'update'
                ? [{ line: row.line, customerId: row.customerId, name: row.name, changes: row.changes }]
                : [],
            )
            .slice(0, CHANGED_SAMPLE),
        };
      },

      async write(rows, progress) {
        const count = (kind: CustomerRow['kind']) => rows.filter((row) => row.kind === kind).length;
        return deps.customerImports.writeBatch({
          teamId: actor.teamId,
          currency: team.currency,
          actorUserId: actor.userId,
          create: rows.flatMap((row) => (row.kind === 'new' ? [row] : [])),
          update: rows.flatMap((row) => (row.kind === 'update' ? [row] : [])),
          progress: {
            ...progress,
            result: {
              ...progress.result,
              unchanged: (progress.result.unchanged ?? 0) + count('unchanged'),
              skipped: progress.result.skipped + count('repeated') + count('notYours'),
            },
          },
          now: deps.clock.now(),
        });
      },
    };
  },
};
