// Ledger refusals that block on the contract's state: each says what is missing and the next step (DESIGN.md,
// rule 16), with the command or button that takes it.
export const ledgerRefusalsEn = {
  'ledger.error.status.approved':
    'Contract {number} is approved but not signed yet. Mark it signed first: `/contract {number}` → *Mark signed*, with a link to the signed copy.',
  'ledger.error.status.signed':
    'Contract {number} is signed and not yet out for delivery. Next: dispatch it with `/deliver {number}` (once its first payment is confirmed).',
  'ledger.error.status.delivering':
    'Contract {number} is out for delivery. Next: once the customer accepts, `/contract {number}` → *Mark delivered*, with the acceptance.',
  'ledger.error.status.delivered':
    'Contract {number} is delivered. What is left: collect the rest with `/payment {number}` and the amount, and invoice it with `/invoice {number}`.',
  'ledger.error.status.closed':
    'Contract {number} is closed: delivered and paid in full, nothing more changes on it. For new business with this customer, ask for a new contract with `/contract` and the lead’s name.',
  'ledger.error.status.cancelled':
    'Contract {number} is cancelled: nothing more can be recorded on it. To go on with this customer, ask for a new contract with `/contract` and the lead’s name.',
  'ledger.error.delivery.unsigned':
    'Contract {number} is not signed yet, and delivery waits for the signature. Mark it signed first: `/contract {number}` → *Mark signed*, with a link to the signed copy.',
  'ledger.error.delivery.unsignedUnpaid':
    'Contract {number} is not signed yet, and delivery waits for the signature and for the first payment. Mark it signed first: `/contract {number}` → *Mark signed*, with a link to the signed copy. No money is in yet: the first payment due is {needed} (`/payment {number} {needed}`; finance confirms a rep’s report).',
  'ledger.error.delivery.first_payment':
    'Delivery of {number} waits for the first payment, and none is confirmed yet. The first payment due is {needed}: record it with `/payment {number} {needed}` (finance confirms a rep’s report), then `/deliver {number}` again.',
  'ledger.error.delivery.upfront':
    'Delivery of {number} waits for the full upfront share: {needed} still to be confirmed. Record it with `/payment {number} {needed}` (finance confirms a rep’s report), then `/deliver {number}` again.',
  'ledger.shortfall.head':
    '{user} reversed {amount} on {contract}. It now stands on less money than the finance rules require:',
  'ledger.shortfall.invoice':
    '• Invoices {invoices} were approved once {threshold}% was collected; only {collected} ({percent}%) is collected now, {short} short of it.',
  'ledger.shortfall.delivery.first_payment':
    '• The delivery went out after the first payment; no confirmed payment stands behind it now.',
  'ledger.shortfall.delivery.upfront':
    '• The delivery went out on the full upfront share; {short} of that share is no longer collected.',
  'ledger.shortfall.next':
    'Next: collect {needed} again and record it with `/payment {number} {needed}`. {number} is flagged in the ledger until then.',
  'ledger.shortfall.nextAny':
    'Next: collect the customer’s payment again and record it with `/payment {number}` and the amount. {number} is flagged in the ledger until then.',
  'ledger.shortfall.flag':
    '⚠️ Stands on less money than the rules require since a reversal: collect {needed} again.',
  'ledger.shortfall.flagAny':
    '⚠️ Delivered with no confirmed payment since a reversal: collect a payment again.',
} as const;
