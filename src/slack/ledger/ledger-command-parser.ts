import type { AgingGrouping, ContractRef, LedgerFilter } from '../../features/ledger/ledger.types.js';
import { parseContractRef } from '../../features/ledger/ledger-access.js';
import { addDays, requireIsoDate, toIso } from '../../lib/parse/calendar.js';
import { findMoneyWords, type MoneyWords } from '../../lib/parse/money-argument.js';

/** A mention as Slack escapes it in a command (`<@U123|name>` or `<@U123>`). */
const MENTION = /^<@([UW][A-Z0-9_]+)(?:\|[^>]*)?>$/;
const HELP = new Set(['help', '帮助', '?']);

/** A contract number or `#lead` names the contract in one word: whatever follows it is meant as the amount. */
const isOneWordRef = (word: string) => parseContractRef(word).kind !== 'text';

/**
 * The amount's words, as the app's money reader finds them (`500 USD`, `USD 500`, `30 万`, `-5000`, `NaN`). After
 * a one-word contract reference the amount starts at the next word, whatever it is (`@here`, a link), so the
 * reader says what is wrong with it instead of the usage; `last` takes the amount that ends the command.
 */
function amountWords(words: string[], last: boolean): MoneyWords | null {
  const found = findMoneyWords(words, { from: 1, last });
  if (words.length < 2 || !isOneWordRef(words[0] ?? '')) return found;
  const end = last ? words.length : found?.start === 1 ? found.end : 2;
  return { start: 1, end, text: words.slice(1, end).join(' ') };
}

/** `2026-03-01`, `today` / `今天`, `yesterday` / `昨天`, `前天` → an ISO date, relative to the caller's today. */
export function paymentDate(word: string, today: string): string | null {
  const lower = word.toLowerCase();
  if (/^\d{4}-\d{2}-\d{2}$/.test(word)) return word;
  const back = { today: 0, 今天: 0, yesterday: 1, 昨天: 1, 前天: 2 }[lower];
  return back === undefined ? null : toIso(addDays(requireIsoDate(today), -back));
}

export type ContractCommand =
  | { kind: 'ledger'; filter: LedgerFilter; filterText: string }
  | { kind: 'show'; ref: ContractRef }
  | { kind: 'policy' }
  | { kind: 'reconcile'; month: string | null }
  | { kind: 'aging'; grouping: AgingGrouping | null }
  | { kind: 'request'; leadText: string };

/** `rep` / `销售`, `customer` / `客户`; empty = the default grouping; anything else is not a grouping. */
export function parseAgingGrouping(text: string): AgingGrouping | null | 'invalid' {
  const word = text.trim().toLowerCase();
  if (!word) return null;
  if (['rep', 'reps', '销售'].includes(word)) return 'rep';
  if (['customer', 'customers', '客户'].includes(word)) return 'customer';
  return 'invalid';
}

/**
 * `/contract ledger [mine|team|overdue|<lead>]`, `/contract HT-2026-0001`, `/contract policy`,
 * `/contract reconcile [month]`, `/contract aging [rep|customer]`; anything else is the contract approval request
 * it always was.
 */
export function parseContractCommand(raw: string): ContractCommand {
  const text = raw.trim();
  const [first = '', ...rest] = text.split(/\s+/);
  const word = first.toLowerCase();
  const tail = rest.join(' ').trim();
  if (word === 'ledger' || word === '台帐' || word === '台账') {
    const filterWord = tail.toLowerCase();
    if (!tail || filterWord === 'team' || filterWord === '团队')
      return { kind: 'ledger', filter: { kind: 'team' }, filterText: 'team' };
    if (filterWord === 'mine' || filterWord === '我的')
      return { kind: 'ledger', filter: { kind: 'mine' }, filterText: 'mine' };
    if (filterWord === 'overdue' || filterWord === '逾期')
      return { kind: 'ledger', filter: { kind: 'overdue' }, filterText: 'overdue' };
    return { kind: 'ledger', filter: { kind: 'ref', ref: parseContractRef(tail) }, filterText: tail };
  }
  if ((word === 'policy' || word === '规则') && !tail) return { kind: 'policy' };
  if (word === 'reconcile' || word === '对账') return { kind: 'reconcile', month: tail || null };
  if (word === 'aging' || word === '账龄') {
    const grouping = parseAgingGrouping(tail);
    // An unknown grouping is not a lead's name: the aging answers with its default and says how to choose.
    return { kind: 'aging', grouping: grouping === 'invalid' ? null : grouping };
  }
  const ref = parseContractRef(text);
  if (ref.kind === 'number') return { kind: 'show', ref };
  return { kind: 'request', leadText: text };
}

export type PaymentCommand =
  | { kind: 'record'; ref: ContractRef; amount: string; receivedOn: string | null; note: string | null }
  | { kind: 'pending' }
  | { kind: 'help' };

/**
 * `/payment <lead or contract> <amount> [date] [note]`: the first words that read as money (with a currency
 * before or after them: `500 USD`, `USD 500`) are the amount, so a currency is never taken for the note; the words
 * before them name the contract; a date may follow; the rest is the note. `/payment pending`: finance's queue.
 */
export function parsePaymentCommand(raw: string, today: string): PaymentCommand {
  const words = raw.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.toLowerCase() ?? '';
  if (words.length === 1 && (first === 'pending' || first === '待确认')) return { kind: 'pending' };
  const amount = HELP.has(first) ? null : amountWords(words, false);
  if (!amount) return { kind: 'help' };
  const next = words[amount.end];
  const receivedOn = next ? paymentDate(next, today) : null;
  const note = words
    .slice(amount.end + (receivedOn ? 1 : 0))
    .join(' ')
    .trim();
  return {
    kind: 'record',
    ref: parseContractRef(words.slice(0, amount.start).join(' ')),
    amount: amount.text,
    receivedOn,
    note: note || null,
  };
}

export type InvoiceCommand = { kind: 'request'; ref: ContractRef; amount: string | null } | { kind: 'help' };

/**
 * `/invoice <lead or contract> [amount]`: the words that end the command and read as money (`6万`, `500 USD`,
 * `-5000`) are the amount; after a contract number or `#lead`, whatever follows is.
 */
export function parseInvoiceCommand(raw: string): InvoiceCommand {
  const words = raw.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || HELP.has(words[0]?.toLowerCase() ?? '')) return { kind: 'help' };
  const amount = amountWords(words, true);
  if (amount?.end === words.length)
    return {
      kind: 'request',
      ref: parseContractRef(words.slice(0, amount.start).join(' ')),
      amount: amount.text,
    };
  return { kind: 'request', ref: parseContractRef(words.join(' ')), amount: null };
}

export type DeliverCommand = { kind: 'deliver'; ref: ContractRef } | { kind: 'help' };

export function parseDeliverCommand(raw: string): DeliverCommand {
  const text = raw.trim();
  if (!text || HELP.has(text.toLowerCase())) return { kind: 'help' };
  return { kind: 'deliver', ref: parseContractRef(text) };
}

export type CommissionCommand =
  | { kind: 'statement'; month: string | null; repUserId: string | null }
  | { kind: 'plan' }
  | { kind: 'help' };

/** `/commission [month] [@rep]`, `/commission plan` (admins edit the plan). */
export function parseCommissionCommand(raw: string): CommissionCommand {
  const words = raw.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.toLowerCase() ?? '';
  if (words.length === 1 && (first === 'plan' || first === '方案')) return { kind: 'plan' };
  if (HELP.has(first)) return { kind: 'help' };
  let month: string | null = null;
  let repUserId: string | null = null;
  for (const word of words) {
    const mention = MENTION.exec(word)?.[1];
    if (mention && !repUserId) repUserId = mention;
    else if (!month) month = word;
    else return { kind: 'help' };
  }
  return { kind: 'statement', month, repUserId };
}
