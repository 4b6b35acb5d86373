import type { Locale } from '../../i18n/index.js';
import type { ProposedAnswer } from '../needs.types.js';
import { quoteAround } from './quote.js';

type PaymentKind = 'instalments' | 'financing' | 'full';

const PAYMENT_LABELS: Record<Locale, Record<PaymentKind, string>> = {
  en: { instalments: 'instalments', financing: 'financing / loan', full: 'full payment' },
  'zh-CN': { instalments: '分期', financing: '贷款/融资', full: '全款' },
};
const PAYMENT_PATTERNS: Array<[PaymentKind, RegExp]> = [
  [
    'instalments',
    /\b(?:pay(?:ing)? )?in (?:monthly )?instal?lments\b|\binstal?lment plan\b|\bmonthly payments\b|分期/i,
  ],
  ['financing', /\bfinancing\b|\b(?:bank |car )?loan\b|\blease\b|\bleasing\b|贷款|按揭|融资租赁/i],
  [
    'full',
    /\bpay(?:ing)? in full\b|\bfull payment\b|\bpaid upfront\b|\bpay(?:ing)? upfront\b|全款|一次性付清|一次付清|一次性付款/i,
  ],
];
/** "不要分期", "no financing": the customer is ruling the method out, which is not an answer. */
const NEGATED_BEFORE = /(?:\bno|\bnot|n't|\bwithout|不要|不想|不用|不做|不考虑|不接受|不能)\s?(?:\w+\s)?$/i;

/** How the customer will pay: instalments / financing / full payment. */
export function findPaymentMethod(notes: string, locale: Locale): ProposedAnswer | null {
  const hits: Array<{ kind: PaymentKind; index: number; length: number }> = [];
  for (const [kind, pattern] of PAYMENT_PATTERNS) {
    const m = pattern.exec(notes);
    if (!m) continue;
    const before = notes.slice(Math.max(0, m.index - 12), m.index);
    if (!NEGATED_BEFORE.test(before)) hits.push({ kind, index: m.index, length: m[0].length });
  }
  // Two different methods named without a clear winner ("全款或者分期") is a question, not an answer.
  if (hits.length !== 1) return null;
  const hit = hits[0] as (typeof hits)[number];
  return {
    questionKey: 'payment_method',
    answer: PAYMENT_LABELS[locale][hit.kind],
    quote: quoteAround(notes, hit.index, hit.length),
  };
}

const PROBLEM_PATTERNS = [
  /\bpain points?(?: is| are|:)\s*([^.;!?\n]{4,100})/i,
  /\b(?:struggling with|main problem is|biggest problem is|the problem is)\s+([^.;!?\n]{4,100})/i,
  /(?:痛点|最大的问题|主要问题|目前的问题)(?:是|在于|：|:)\s*([^。；;！？!?\n]{2,60})/,
];

/** The customer's problem, only when the notes say it in so many words ("pain point is…", "痛点是…"). */
export function findProblem(notes: string): ProposedAnswer | null {
  for (const pattern of PROBLEM_PATTERNS) {
    const m = pattern.exec(notes);
    const answer = m?.[1]?.trim();
    if (m && answer) {
      return { questionKey: 'problem', answer, quote: quoteAround(notes, m.index, m[0].length) };
    }
  }
  return null;
}
