/**
 * The ways a user names a currency next to an amount — a symbol (`$`, `¥`), an ISO code (`USD`, `usd`), a word
 * (`美元`, `元`, `dollars`) — each with the currencies it can mean. `¥` is the yuan or the yen and `$` any dollar,
 * so a mark is a set: an amount is in the record's currency when the record's currency is in every mark's set.
 */

const DOLLARS = ['USD', 'HKD', 'SGD', 'AUD', 'CAD', 'TWD', 'NZD'] as const;

/**
 * ISO codes read as a currency in any case. Only codes that are not everyday words: `ALL`, `TOP` or `PEN` in a
 * payment's note stay words.
 */
const CODES = [
  'CNY',
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'HKD',
  'SGD',
  'AUD',
  'CAD',
  'TWD',
  'NZD',
  'CHF',
  'KRW',
  'INR',
  'RUB',
  'THB',
  'MYR',
  'SEK',
  'DKK',
  'NOK',
  'BRL',
  'MXN',
  'ZAR',
  'AED',
] as const;

const NAMED: Record<string, readonly string[]> = {
  // Symbols (full-width ￥ and ＄ arrive as ¥ and $ after NFKC).
  $: DOLLARS,
  us$: ['USD'],
  hk$: ['HKD'],
  s$: ['SGD'],
  a$: ['AUD'],
  c$: ['CAD'],
  nt$: ['TWD'],
  nz$: ['NZD'],
  r$: ['BRL'],
  '¥': ['CNY', 'JPY'],
  'cn¥': ['CNY'],
  'jp¥': ['JPY'],
  '€': ['EUR'],
  '£': ['GBP'],
  '₩': ['KRW'],
  '₹': ['INR'],
  // Words.
  rmb: ['CNY'],
  人民币: ['CNY'],
  元: ['CNY'],
  块: ['CNY'],
  块钱: ['CNY'],
  yuan: ['CNY'],
  美元: ['USD'],
  美金: ['USD'],
  dollar: DOLLARS,
  dollars: DOLLARS,
  bucks: ['USD'],
  欧元: ['EUR'],
  euro: ['EUR'],
  euros: ['EUR'],
  英镑: ['GBP'],
  pounds: ['GBP'],
  日元: ['JPY'],
  日币: ['JPY'],
  円: ['JPY'],
  yen: ['JPY'],
  港币: ['HKD'],
  港元: ['HKD'],
  新加坡元: ['SGD'],
  新元: ['SGD'],
  澳元: ['AUD'],
  加元: ['CAD'],
  台币: ['TWD'],
  新台币: ['TWD'],
  韩元: ['KRW'],
  ...Object.fromEntries(CODES.map((code) => [code.toLowerCase(), [code]])),
};

/** Every mark, longest first, escaped for a regular expression (so `美元` is tried before `元`). */
export const CURRENCY_MARK_PATTERN = Object.keys(NAMED)
  .sort((a, b) => b.length - a.length)
  .map((mark) => mark.replace(/[$]/g, '\\$'))
  .join('|');

/** The currencies a mark can mean (`$` → the dollars, `usd` → USD); undefined when it names none. */
export function currenciesOf(mark: string): readonly string[] | undefined {
  return NAMED[mark.normalize('NFKC').toLowerCase()];
}

/** A word that is nothing but a currency's name: `USD`, `usd`, `$`, `¥`, `美元`, `元`, `人民币`. */
export function isCurrencyWord(word: string): boolean {
  return currenciesOf(word.trim()) !== undefined;
}
