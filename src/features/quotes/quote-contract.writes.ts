import { and, eq } from 'drizzle-orm';
import { contractLines, quotes, quoteVersions } from '../../db/schema/index.js';
import type { Tx } from '../approvals/approval-writes.js';

/**
 * A contract entered from an accepted quote keeps what was sold: the accepted version's lines (product, quantity,
 * price, discount, net) and the quote's delivery time, in the transaction that enters the contract. Only when the
 * quote is the lead's, still accepted, and the contract's amount is that version's total: a contract whose amount
 * was changed in its request keeps no lines that would not add up to it.
 */
export async function copyQuoteLinesToContract(
  tx: Tx,
  input: {
    teamId: string;
    contractId: number;
    leadId: number;
    amountMinor: number;
    currency: string;
    quote: { quoteId: number; version: number };
  },
): Promise<number> {
  const { teamId } = input;
  const [row] = await tx
    .select({ quote: quotes, version: quoteVersions })
    .from(quotes)
    .innerJoin(
      quoteVersions,
      and(eq(quoteVersions.quoteId, quotes.id), eq(quoteVersions.version, input.quote.version)),
    )
    .where(and(eq(quotes.teamId, teamId), eq(quotes.id, input.quote.quoteId)));
  if (!row) return 0;
  const { quote, version } = row;
  const fits =
    quote.leadId === input.leadId &&
    quote.status === 'accepted' &&
    quote.currentVersion === input.quote.version &&
    version.currency === input.currency &&
    version.totalMinor === input.amountMinor;
  if (!fits || version.document.lines.length === 0) return 0;
  await tx.insert(contractLines).values(
    version.document.lines.map((line) => ({
      teamId,
      contractId: input.contractId,
      position: line.position,
      sku: line.sku,
      description: line.description,
      unit: line.unit,
      quantityMilli: line.quantityMilli,
      unitPriceMinor: line.unitPriceMinor,
      discountBp: line.discountBp,
      netMinor: line.netMinor,
      currency: version.currency,
      deliveryTime: quote.deliveryTime,
      quoteId: quote.id,
      quoteVersion: version.version,
    })),
  );
  return version.document.lines.length;
}
