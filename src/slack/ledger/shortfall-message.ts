import type { Contract, Payment } from '../../features/ledger/ledger.types.js';
import { type Shortfall, shortfallNeeded } from '../../features/ledger/reversal-shortfall.js';
import type { Translate } from '../../i18n/index.js';
import { escapeMrkdwn, userMention } from '../mrkdwn.js';
import { contractTitle, money } from '../views/ledger/ledger-format.js';

export { shortfallNeeded };

/**
 * After a reversal: what now stands on less money than the rules required (the invoices above the collected
 * share, the delivery that went out before its payment), and the next step. For finance and the contract's rep.
 */
export function shortfallText(
  t: Translate,
  input: { contract: Contract; payment: Payment; shortfall: Shortfall; byUserId: string },
): string {
  const { contract, payment, shortfall } = input;
  const currency = contract.currency;
  const lines = [
    t('ledger.shortfall.head', {
      user: userMention(input.byUserId),
      amount: money(payment.amountMinor, payment.currency),
      contract: contractTitle(contract),
    }),
  ];
  if (shortfall.invoice)
    lines.push(
      t('ledger.shortfall.invoice', {
        invoices: shortfall.invoice.invoices
          .map(
            (row) =>
              `${escapeMrkdwn(row.invoiceNumber ?? `#${row.id}`)} (${money(row.amountMinor, row.currency)})`,
          )
          .join(', '),
        threshold: shortfall.invoice.thresholdPercent,
        collected: money(contract.collectedMinor, currency),
        percent: shortfall.invoice.collectedPercent,
        short: money(shortfall.invoice.shortMinor, currency),
      }),
    );
  if (shortfall.delivery)
    lines.push(
      t(`ledger.shortfall.delivery.${shortfall.delivery.rule}`, {
        short: money(shortfall.delivery.shortMinor, currency),
      }),
    );
  const needed = shortfallNeeded(shortfall);
  lines.push(
    needed > 0
      ? t('ledger.shortfall.next', { number: contract.number, needed: money(needed, currency) })
      : t('ledger.shortfall.nextAny', { number: contract.number }),
  );
  return lines.join('\n');
}
