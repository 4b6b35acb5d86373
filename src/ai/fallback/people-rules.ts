import type { ProposedAnswer } from '../needs.types.js';
import { quoteAround } from './quote.js';

const EN_CUES =
  /\b(?:(?:also |still |currently )?(?:looking at|considering|evaluating)|compar(?:ing|ed)(?: us)? (?:with|to|against)|competitors? (?:is|are|include|:)|got (?:a )?quotes? from|vs\.?|versus)\s+/gi;
const EN_NAME = /^([A-Z][\w&-]*(?: [A-Z][\w&-]*){0,2})(?:\s*(?:,|and|&|\/|or)\s*|$|(?=[^\w]))/;
const EN_NOT_NAMES =
  /^(?:Q[1-4]|I|We|The|They|It|This|That|Our|Their|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Next|Other|Options?)$/;
const ZH_CUES =
  /(?:也在看|还在看|在看|在考虑|也考虑|还考虑|对比了?|比较了?|竞品是|竞品有|竞争对手是|竞争对手有|同时在谈|也在谈|还在谈)/g;
const ZH_NAME =
  /^([A-Za-z][\w&-]{1,20}|[\u4e00-\u9fa5A-Za-z0-9]{2,6}?)(?=和|、|跟|与|及|的|，|,|。|；|;|！|\s|$|觉得|但|不过|也|还|都|了|那边|家的|价格|报价|方案|产品)/u;
// A comma ends the list: 、/和 join names, a comma starts the next thought.
const ZH_SEPARATOR = /^(?:和|、|跟|与|及)/;
const ZH_NOT_NAMES =
  /^[一两二三四五六七八九十几\d]+家|价格|方案|报价|产品|资料|合同|别家|其他|几家|同行|竞品|车型|配置|型号|样品|案例|一下|我们|他们|你们|这个|那个|别的|市场|效果|数据|功能|细节|预算|时间|需求|质量|售后|服务|参数|颜色|优惠/;

/** Competitor names: the team's list (any case) plus names after "also looking at", "在看", "对比了"… */
export function findCompetitors(notes: string, known: string[]): ProposedAnswer | null {
  const found: Array<{ name: string; index: number; length: number }> = [];
  const add = (name: string, index: number, length: number) => {
    const lower = name.toLowerCase();
    const existing = found.find(
      (f) => f.name.toLowerCase().includes(lower) || lower.includes(f.name.toLowerCase()),
    );
    if (!existing) found.push({ name, index, length });
  };
  for (const name of known) {
    const index = findWord(notes, name);
    if (index >= 0) add(name, index, name.length);
  }
  for (const cue of notes.matchAll(EN_CUES)) {
    let at = (cue.index ?? 0) + cue[0].length;
    for (let m = EN_NAME.exec(notes.slice(at)); m?.[1]; m = EN_NAME.exec(notes.slice(at))) {
      if (!EN_NOT_NAMES.test(m[1])) add(m[1], at, m[1].length);
      if (m[0].length === m[1].length) break;
      at += m[0].length;
    }
  }
  for (const cue of notes.matchAll(ZH_CUES)) {
    let at = (cue.index ?? 0) + cue[0].length;
    for (let m = ZH_NAME.exec(notes.slice(at)); m?.[1]; m = ZH_NAME.exec(notes.slice(at))) {
      if (!ZH_NOT_NAMES.test(m[1])) add(m[1], at, m[1].length);
      at += m[1].length;
      const separator = ZH_SEPARATOR.exec(notes.slice(at));
      if (!separator) break;
      at += separator[0].length;
    }
  }
  if (found.length === 0) return null;
  found.sort((a, b) => a.index - b.index);
  const first = found[0] as (typeof found)[number];
  return {
    questionKey: 'competitors',
    answer: found.map((f) => f.name).join(', '),
    quote: quoteAround(notes, first.index, first.length),
  };
}

/** Case-insensitive, and a Latin name must stand alone (`Zoho` is not inside `Zohobooks`). */
function findWord(notes: string, name: string): number {
  if (name.trim().length === 0) return -1;
  const escaped = name.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Chinese names run straight into model names (理想L6, 别克GL8), so only Latin edges need a boundary.
  const before = /^[a-z0-9]/i.test(name.trim()) ? '(?<![A-Za-z0-9])' : '';
  const after = /[a-z0-9]$/i.test(name.trim()) ? '(?![A-Za-z0-9])' : '';
  const pattern = new RegExp(`${before}${escaped}${after}`, 'i');
  return pattern.exec(notes)?.index ?? -1;
}
