import { BUILT_IN_QUESTION_KEYS, type BuiltInQuestionKey } from '../../ai/needs.types.js';
import type { Locale } from '../../i18n/index.js';

/** BANT (plus competition and criteria) and 5W2H: how playbooks group qualification questions. */
export type BantGroup = 'need' | 'budget' | 'authority' | 'timeline' | 'competition' | 'criteria' | 'custom';
export type FiveW2H = 'why' | 'what' | 'where' | 'who' | 'when' | 'how' | 'how_much';
/** Past: why they are buying; present: what they need; future: how they will choose. */
export type QuestionPhase = 'past' | 'present' | 'future';

export interface Question {
  key: string;
  /** Either language may be missing for a team's own question; `questionText` falls back to the other. */
  text: Partial<Record<Locale, string>>;
  group: BantGroup;
  w: FiveW2H | null;
  phase: QuestionPhase;
  /** Open questions gather, closed ones confirm. */
  kind: 'open' | 'closed';
  /** Share of the completeness score. */
  weight: number;
}

interface BuiltInQuestion extends Question {
  key: BuiltInQuestionKey;
  // Built-in questions always exist in both languages: a missing translation does not compile.
  text: Record<Locale, string>;
}

/** Budget, decision maker, need and timeline decide whether a deal is real, so they weigh most. */
export const KEY_WEIGHT = 3;

/**
 * The built-in questions, in the order a good rep asks them (the order of `BUILT_IN_QUESTION_KEYS`).
 * The texts live here rather than in the message catalog because they are data, shaped like a team's own
 * questions, and the AI prompt needs them in both languages at once.
 */
const BUILT_IN: Record<BuiltInQuestionKey, Omit<BuiltInQuestion, 'key'>> = {
  problem: {
    text: {
      en: 'What problem made them look for a solution now?',
      'zh-CN': '是什么问题或原因让客户现在想买？',
    },
    group: 'need',
    w: 'why',
    phase: 'past',
    kind: 'open',
    weight: KEY_WEIGHT,
  },
  current_solution: {
    text: { en: 'What do they use today, and what is wrong with it?', 'zh-CN': '目前在用什么？哪里不满意？' },
    group: 'need',
    w: 'what',
    phase: 'past',
    kind: 'open',
    weight: 1,
  },
  must_haves: {
    text: { en: 'Which features are must-haves?', 'zh-CN': '必须具备哪些功能或配置？' },
    group: 'need',
    w: 'what',
    phase: 'present',
    kind: 'open',
    weight: 2,
  },
  nice_to_haves: {
    text: { en: 'What would be nice to have?', 'zh-CN': '有哪些加分的功能（有更好）？' },
    group: 'need',
    w: 'what',
    phase: 'present',
    kind: 'open',
    weight: 1,
  },
  usage: {
    text: {
      en: 'Where and how will it be used (how often, how many users, volume)?',
      'zh-CN': '在哪里、怎么用（频率、人数、用量）？',
    },
    group: 'need',
    w: 'where',
    phase: 'present',
    kind: 'open',
    weight: 1,
  },
  budget: {
    text: { en: 'What is the budget or price range?', 'zh-CN': '预算是多少（或价格区间）？' },
    group: 'budget',
    w: 'how_much',
    phase: 'present',
    kind: 'closed',
    weight: KEY_WEIGHT,
  },
  payment_method: {
    text: {
      en: 'How will they pay: in full, in instalments or with financing?',
      'zh-CN': '付款方式：全款、分期还是贷款？',
    },
    group: 'budget',
    w: 'how',
    phase: 'present',
    kind: 'closed',
    weight: 1,
  },
  decision_maker: {
    text: { en: 'Who makes the final decision?', 'zh-CN': '谁拍板（最终决策人）？' },
    group: 'authority',
    w: 'who',
    phase: 'present',
    kind: 'closed',
    weight: KEY_WEIGHT,
  },
  influencers: {
    text: { en: 'Who else uses it or influences the choice?', 'zh-CN': '还有谁会使用或影响决定？' },
    group: 'authority',
    w: 'who',
    phase: 'present',
    kind: 'open',
    weight: 1,
  },
  timeline: {
    text: { en: 'When do they want to buy or start?', 'zh-CN': '打算什么时候购买或启用？' },
    group: 'timeline',
    w: 'when',
    phase: 'future',
    kind: 'closed',
    weight: KEY_WEIGHT,
  },
  timeline_driver: {
    text: { en: 'What drives that date?', 'zh-CN': '这个时间点是由什么决定的？' },
    group: 'timeline',
    w: 'why',
    phase: 'future',
    kind: 'open',
    weight: 1,
  },
  competitors: {
    text: {
      en: 'Which other vendors or brands are they considering, and why?',
      'zh-CN': '还在考虑哪些其他品牌或供应商？为什么？',
    },
    group: 'competition',
    w: 'who',
    phase: 'future',
    kind: 'open',
    weight: 1,
  },
  decision_criteria: {
    text: {
      en: 'What matters most: price, quality, service, delivery, brand…?',
      'zh-CN': '最看重什么：价格、质量、服务、交期还是品牌？',
    },
    group: 'criteria',
    w: 'how',
    phase: 'future',
    kind: 'closed',
    weight: 2,
  },
};

export const BUILT_IN_QUESTIONS: readonly BuiltInQuestion[] = BUILT_IN_QUESTION_KEYS.map((key) => ({
  key,
  ...BUILT_IN[key],
}));

export interface CustomQuestionRow {
  id: number;
  textEn: string | null;
  textZh: string | null;
  position: number;
}

export const CUSTOM_PREFIX = 'custom_';
export const customKey = (id: number) => `${CUSTOM_PREFIX}${id}`;

/** A team's questions in asking order: the built-in ones, then the team's own by position. */
export function questionBank(custom: readonly CustomQuestionRow[]): Question[] {
  const own = [...custom]
    .sort((a, b) => a.position - b.position || a.id - b.id)
    .map(
      (row): Question => ({
        key: customKey(row.id),
        text: {
          ...(row.textEn ? { en: row.textEn } : {}),
          ...(row.textZh ? { 'zh-CN': row.textZh } : {}),
        },
        group: 'custom',
        w: null,
        phase: 'future',
        kind: 'open',
        weight: 1,
      }),
    );
  return [...BUILT_IN_QUESTIONS, ...own];
}

export function questionText(question: Pick<Question, 'text' | 'key'>, locale: Locale): string {
  return question.text[locale] ?? question.text.en ?? question.text['zh-CN'] ?? question.key;
}
