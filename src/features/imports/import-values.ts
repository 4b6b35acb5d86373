import { type MessageKey, translator } from '../../i18n/index.js';
import {
  COMPANY_SIZES,
  CURRENCIES,
  INDUSTRIES,
  INTENTS,
  LEAD_KINDS,
  SOURCES,
  STAGES,
} from '../leads/leads.types.js';

/** Case, width, spaces and punctuation do not tell two choices apart: `Needs-Analysis` is `needs analysis`. */
function normalizeChoice(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_/.,()]/g, '');
}

/**
 * Reads a choice (a stage, an industry…) written as its key (`needs_analysis`), its English or Chinese label as
 * the app shows it (`Needs analysis`, `需求分析`) — so an export reads back — or one of a few common synonyms.
 */
function choiceReader<K extends string>(
  keys: readonly K[],
  labelPrefix: string | null,
  synonyms: Record<string, K> = {},
): (text: string) => K | undefined {
  const map = new Map<string, K>();
  const labels = [translator('en'), translator('zh-CN')];
  for (const key of keys) {
    map.set(normalizeChoice(key), key);
    if (labelPrefix)
      for (const t of labels) map.set(normalizeChoice(t(`${labelPrefix}.${key}` as MessageKey)), key);
  }
  for (const [synonym, key] of Object.entries(synonyms)) map.set(normalizeChoice(synonym), key);
  return (text) => map.get(normalizeChoice(text));
}

export const readStage = choiceReader(STAGES, 'leads.stage', {
  lead: 'new',
  prospect: 'new',
  潜在: 'new',
  新客户: 'new',
  qualified: 'needs_analysis',
  demo: 'presentation',
  presentation: 'presentation',
  演示: 'presentation',
  产品介绍: 'presentation',
  quote: 'proposal',
  quoted: 'proposal',
  谈判中: 'negotiation',
  合同: 'contract',
  closedwon: 'won',
  赢单: 'won',
  closedlost: 'lost',
  输单: 'lost',
});
export const readIndustry = choiceReader(INDUSTRIES, 'leads.industry', {
  it: 'technology',
  tech: 'technology',
  software: 'technology',
  互联网: 'technology',
  软件: 'technology',
  制造: 'manufacturing',
  银行: 'finance',
  医药: 'healthcare',
  物流运输: 'logistics',
});
export const readSource = choiceReader(SOURCES, 'leads.source', {
  web: 'inbound',
  website: 'inbound',
  官网: 'inbound',
  expo: 'event',
  展会: 'event',
  介绍: 'referral',
  陌拜: 'cold_call',
});
export const readIntent = choiceReader(INTENTS, 'leads.intent', {
  hot: 'high',
  warm: 'medium',
  cold: 'low',
  高: 'high',
  中: 'medium',
  低: 'low',
  a: 'high',
  b: 'medium',
  c: 'low',
});
export const readKind = choiceReader(LEAD_KINDS, 'leads.kind', {
  business: 'company',
  公司: 'company',
  person: 'individual',
  private: 'individual',
  个人客户: 'individual',
});
export const readCurrency = choiceReader(CURRENCIES, null, {
  rmb: 'CNY',
  人民币: 'CNY',
  '¥': 'CNY',
  元: 'CNY',
  $: 'USD',
  美元: 'USD',
  '€': 'EUR',
  欧元: 'EUR',
  '£': 'GBP',
  英镑: 'GBP',
  日元: 'JPY',
  港币: 'HKD',
  港元: 'HKD',
  新加坡元: 'SGD',
});

/** One of the form's size buckets, from the bucket itself (`51-200`, `51-200人`) or a head count (`120`). */
export function readCompanySize(text: string): string | undefined {
  const compact = text.normalize('NFKC').replace(/[\s人名]|employees?/gi, '');
  const bucket = COMPANY_SIZES.find((size) => size === compact);
  if (bucket) return bucket;
  if (!/^\d+$/.test(compact)) return undefined;
  const count = Number(compact);
  if (count <= 10) return '1-10';
  if (count <= 50) return '11-50';
  if (count <= 200) return '51-200';
  if (count <= 1000) return '201-1000';
  return '1000+';
}

/** `2027/1/5`, `2027.01.05`, `2027年1月5日` or an ISO timestamp → `2027-01-05`; anything else is left as written. */
export function readDate(text: string): string {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T\s].*)?$/.exec(
    text.normalize('NFKC'),
  );
  if (!match) return text;
  return `${match[1]}-${match[2]?.padStart(2, '0')}-${match[3]?.padStart(2, '0')}`;
}

/** A cell an export guarded against formula injection (`'=1+1`) reads back as written (`=1+1`). */
export function unguard(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
