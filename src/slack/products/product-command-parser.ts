import { PRICE_LIST_KINDS, type PriceListKind } from '../../features/products/products.types.js';
import { findMoneyWords } from '../../lib/parse/money-argument.js';

export type ProductCommand =
  | { kind: 'help' }
  | { kind: 'add' }
  | { kind: 'lists' }
  | { kind: 'listAdd'; name: string; listKind: PriceListKind }
  | { kind: 'listArchive'; name: string }
  | { kind: 'price'; sku: string; amount: string; listName?: string }
  | { kind: 'priceRemove'; sku: string; listName?: string }
  | { kind: 'import'; listName?: string }
  | { kind: 'find'; text: string };

const KIND_WORDS: Record<string, PriceListKind> = {
  ...Object.fromEntries(PRICE_LIST_KINDS.map((kind) => [kind, kind])),
  标准: 'standard',
  经销商: 'distributor',
  distributors: 'distributor',
  dealer: 'distributor',
  客户: 'customer',
  contract: 'customer',
  合同: 'customer',
};

const is = (word: string, ...names: string[]) => names.includes(word.toLowerCase());

/**
 * `<amount> [list…]`: the amount's words as the app's money reader finds them (a currency or a magnitude written
 * apart stays with it: `1.2 万`, `500 USD`, `¥ 3,000`), then the list's name. Words that are no amount at all are
 * taken as the amount anyway, so the reader says what is wrong with them.
 */
function amountAndList(words: string[]): { amount: string; listName?: string } {
  const found = findMoneyWords(words);
  const end = found?.start === 0 ? found.end : 1;
  const listName = words.slice(end).join(' ');
  return { amount: words.slice(0, end).join(' '), ...(listName ? { listName } : {}) };
}

/**
 * `/product …` (Chinese verbs too). Anything that is not a subcommand is a search: `/product pump`,
 * `/product 水泵`, `/product PUMP-01` (a code typed exactly shows that product). A subcommand missing its
 * arguments answers with the usage.
 */
export function parseProductCommand(raw: string): ProductCommand {
  const text = raw.trim();
  const [first = '', ...rest] = text.split(/\s+/);
  if (!text || (is(first, 'help', '帮助') && rest.length === 0)) return { kind: 'help' };
  if (is(first, 'add', '新增', '添加') && rest.length === 0) return { kind: 'add' };
  if (is(first, 'lists', '价目表') && rest.length === 0) return { kind: 'lists' };
  if (is(first, 'list', '价目表')) {
    const [verb = '', ...args] = rest;
    if (!verb) return { kind: 'lists' };
    if (is(verb, 'add', '新增', '新建') && args.length) {
      const last = args.at(-1) ?? '';
      const listKind = args.length > 1 ? KIND_WORDS[last.toLowerCase()] : undefined;
      const name = (listKind ? args.slice(0, -1) : args).join(' ');
      return { kind: 'listAdd', name, listKind: listKind ?? 'standard' };
    }
    if (is(verb, 'archive', '归档') && args.length) return { kind: 'listArchive', name: args.join(' ') };
    return { kind: 'help' };
  }
  if (is(first, 'price', '价格', '定价')) {
    const [sku, ...args] = rest;
    if (!sku || args.length === 0) return { kind: 'help' };
    if (is(args[0] ?? '', 'remove', 'delete', '移除', '删除')) {
      const listName = args.slice(1).join(' ');
      return { kind: 'priceRemove', sku, ...(listName ? { listName } : {}) };
    }
    return { kind: 'price', sku, ...amountAndList(args) };
  }
  if (is(first, 'import', '导入')) {
    const listName = rest.join(' ');
    return { kind: 'import', ...(listName ? { listName } : {}) };
  }
  return { kind: 'find', text };
}

/** `/product add` and `/product import` open a modal: their trigger_id must be used within 3 seconds. */
export const opensProductModal = (text: string) => ['add', 'import'].includes(parseProductCommand(text).kind);
