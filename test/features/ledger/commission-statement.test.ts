import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  composeStatement,
  currencyTotals,
  holdDates,
  statementCutoff,
} from '../../../src/features/ledger/commission-statement.js';

const reps = fc.constantFrom('U_A', 'U_B', 'U_C');
const currencies = fc.constantFrom('CNY', 'USD');
const minor = fc.integer({ min: -5_000_000, max: 50_000_000 });

/** Rows of a month (one per rep, contract and currency), some held, some contracts released from before. */
const month = fc
  .uniqueArray(fc.record({ rep: reps, contractId: fc.integer({ min: 1, max: 40 }), currency: currencies }), {
    selector: (row) => `${row.rep}/${row.contractId}/${row.currency}`,
    maxLength: 30,
  })
  .chain((keys) =>
    fc.record({
      rows: fc.tuple(...keys.map(() => fc.tuple(minor, minor, fc.boolean()))).map((values) =>
        values.map(([collected, commission, held], index) => ({
          ...(keys[index] as (typeof keys)[number]),
          collected,
          commission,
          held,
        })),
      ),
      released: fc.array(
        fc.record({
          rep: reps,
          contractId: fc.integer({ min: 1, max: 60 }),
          currency: currencies,
          amount: minor,
        }),
        { maxLength: 10 },
      ),
    }),
  );

describe('a commission statement', () => {
  it('always adds up: earned + released = held back + payable, per line, per rep and over everyone', () => {
    fc.assert(
      fc.property(month, ({ rows, released }) => {
        const statement = composeStatement({
          rows: rows.map((row) => ({
            repUserId: row.rep,
            contractId: row.contractId,
            contractNumber: `HT-2026-${String(row.contractId).padStart(4, '0')}`,
            customerName: '客户',
            currency: row.currency,
            collectedMinor: row.collected,
            basisMinor: row.collected,
            commissionMinor: row.commission,
          })),
          held: rows
            .filter((row) => row.held)
            .map((row) => ({ contractId: row.contractId, overdueMinor: 100, daysOverdue: 45 })),
          // A contract held this month is overdue now, so it cannot be released in the same month.
          released: released
            .filter((one) => !rows.some((row) => row.held && row.contractId === one.contractId))
            .map((one) => ({
              repUserId: one.rep,
              contractId: one.contractId,
              contractNumber: `HT-2026-${String(one.contractId).padStart(4, '0')}`,
              customerName: '客户',
              currency: one.currency,
              releasedMinor: one.amount,
              heldSince: '2026-01',
            })),
        });
        for (const line of statement.lines) {
          expect(line.commissionMinor + line.releasedMinor).toBe(line.heldMinor + line.payableMinor);
          expect(line.heldMinor === 0 || line.heldMinor === line.commissionMinor).toBe(true);
          // The reason is there exactly when the contract is held back, and then all of its commission is.
          const held = rows.some((row) => row.held && row.contractId === line.contractId);
          expect(line.overdue !== null).toBe(held);
          if (held) expect(line.payableMinor).toBe(line.releasedMinor);
        }
        const sum = (pick: (line: (typeof statement.lines)[number]) => number) =>
          statement.lines.reduce((total, line) => total + pick(line), 0);
        const everyone = currencyTotals(statement.totals);
        expect(everyone.reduce((total, row) => total + row.payableMinor, 0)).toBe(
          sum((line) => line.payableMinor),
        );
        expect(everyone.reduce((total, row) => total + row.heldMinor, 0)).toBe(sum((line) => line.heldMinor));
        for (const total of [...statement.totals, ...everyone])
          expect(total.commissionMinor + total.releasedMinor).toBe(total.heldMinor + total.payableMinor);
        // Nothing earned, held or released is lost or invented.
        expect(sum((line) => line.commissionMinor)).toBe(
          rows.reduce((total, row) => total + row.commission, 0),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('lists what needs attention first: held back and released lines before the rest', () => {
    const row = (contractId: number, commissionMinor: number) => ({
      repUserId: 'U_A',
      contractId,
      contractNumber: `HT-2026-000${contractId}`,
      customerName: 'x',
      currency: 'CNY',
      collectedMinor: commissionMinor * 10,
      basisMinor: commissionMinor * 10,
      commissionMinor,
    });
    const { lines } = composeStatement({
      rows: [row(1, 900), row(2, 100)],
      held: [{ contractId: 2, overdueMinor: 5, daysOverdue: 40 }],
      released: [],
    });
    expect(lines.map((line) => line.contractNumber)).toEqual(['HT-2026-0002', 'HT-2026-0001']);
  });

  it('is cut off on the month’s last day, or today while the month runs', () => {
    expect(statementCutoff('2026-02', '2026-06-01')).toBe('2026-02-28');
    expect(statementCutoff('2028-02', '2028-03-01')).toBe('2028-02-29');
    expect(statementCutoff('2026-06', '2026-06-12')).toBe('2026-06-12');
    expect(holdDates('2026-01', '2026-03-01')).toEqual({
      cutoff: '2026-01-31',
      previousMonth: '2025-12',
      previousCutoff: '2025-12-31',
    });
  });
});
