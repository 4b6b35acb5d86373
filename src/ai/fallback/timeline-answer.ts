import { MONTH_NAME_PATTERN } from '../../lib/parse/calendar.js';
import { findTimeline, type TimelineMatch } from '../../lib/parse/dates.js';
import type { ProposedAnswer } from '../needs.types.js';
import { quoteAround, sentenceAround } from './quote.js';

/** A date next to a sales activity or a visit is when someone meets, not when the customer buys. */
const ACTIVITY_NEAR =
  /call (?:back|again)|follow[- ]up|get back|send|demo|meeting|\bmeets?\b|visit|test drive|\bRFP\b|\bRFI\b|back from|is back|returns?\b|\bcompar(?:e|ing)\b|\bevaluat\w*|\btender\b|\bbids?\b|回访|回电|再联系|跟进|再打|发资料|发送|演示|试驾|拜访|见面|开会|召开|座谈|会议|研讨|来看|看房|出差|回来|招标|挂网|比价|对比|评估/i;
/** LABELLING.md: the meeting at which the deciding body decides is the decision date, not a sales activity. */
const BODY_DECIDES_AT_MEETING =
  /\b(?:council|board|committee)\b[^.;。；\n]{0,40}\b(?:award\w*|decid\w*|decision|votes?|approv\w*)|\b(?:award\w*|decid\w*|decision|votes?)\b[^.;。；\n]{0,40}\b(?:council|board|committee)\b/i;
/** "明年再说", "no plans until next year": a date the customer mentions without intending to buy by it. */
const NOT_COMMITTED =
  /再说|再看|看情况|暂时没有|暂无|没有计划|冻结|搁置|先放一放|no plans?|not planning|not in a hurry|\bfrozen\b|\bon hold\b|nothing moves/i;
/** A date stamped on a message or an email ("3月12日 下午4:05", "Date: Mon, 7 Sep 2026 at 11:20"). */
const STAMP_AFTER =
  /^\s*(?:[(（]?(?:星期|周)[一二三四五六日天][)）]?\s*)?(?:上午|下午|晚上|早上|中午|at\s)?\s*\d{1,2}[:：]\d{2}/i;
const HEADER_LINE = /^\s*(?:>\s*)*(?:date|sent|发送时间|日期)\s*[:：]/i;
/** "明年的 plan", "next year's budget": a period used to name something else is not a deadline. */
const ATTRIBUTE_AFTER = /^\s?(?:的(?!时候|话|前|之前)|'s\b)/;
/** "need it before my grand opening Aug 1": a deadline word earlier in the clause. */
const DEADLINE_BEFORE = /\b(?:by|before|until|till|no later than|deadline)\b/i;
/** "last year they bought in Q3": a period in a sentence about the past is history. */
const PAST =
  /\blast (?:year|quarter|month)\b|\b(?:bought|purchased|spent|renewed|went live)\b|去年|前年|上个月|上季度|买过|签过|花了/i;
/** A date about money ("预算还要等明年财政", "budget cycle starts in July") is not a purchase date… */
const BUDGET_WORDS = /预算|财政|拨款|budget|funding|grant/i;
/** …unless the same words say the customer decides or buys then. */
const PURCHASE_WORDS =
  /\b(?:decid\w*|decision|sign\w*|contract|order\w*|buy\w*|purchas\w*|award\w*|clos\w*|choos\w*|select\w*|commit\w*|switch\w*|move|replace|pick)\b|定|签|采购|下单|拍板|决定|购买|买|订|换/i;
/** "合同明年6月到期", "current leases end Nov 30": the end of a current contract… */
const ENDS_AFTER = /^[^，,。.;；\n]{0,6}?(?:到期|结束|\bend(?:s|ing)?\b|\bexpir\w*|\bruns? out\b)/i;
const ENDS_BEFORE = /(?:\bend(?:s|ing)?|\bexpir\w*|\brenew(?:s|al)?|到期)\s*(?:on|in)?\s*$/i;
/** …is the timeline only when the note ties the purchase to it ("到期前换掉", "by then", "before that"). */
const TIED_TO_END =
  /到期前|到期之前|到期以前|before (?:that|then|it ends|it expires|the (?:contract|lease) ends|expiry|renewal)|by then|\bbefore\b[^.;。\n]{0,30}\bends?\b/i;

/** "March 12", "on 1 June": an English day with no by/before is more often a meeting than a deadline. */
const BARE_ENGLISH_DAY = new RegExp(
  `^(?:on )?(?:${MONTH_NAME_PATTERN}\\.? \\d|(?:the )?\\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH_NAME_PATTERN}\\b)`,
  'i',
);
/** Clause ends; in terse Chinese notes a space between two Chinese words also ends one. */
const PUNCTUATION_END = /[，,。；;！!？?\n]|\.(?=\s|$)/g;
const CLAUSE_END = /[，,。；;！!？?\n]|(?<=[\u4e00-\u9fa5])\s+|\s+(?=[\u4e00-\u9fa5])|\.(?=\s|$)/g;

const DEADLINE_WORD = /^(?:by|before|until|till|no later than)\b|前$|之前$|以前$|内$/i;

type Kind = 'decision' | 'other';

/**
 * The purchase timeline: the date by which the customer decides or buys wins over a go-live or delivery date;
 * dates of meetings, visits, tenders, comparisons and budget rounds are not timelines (but the meeting at which
 * the deciding body decides is), nor are message stamps, email header dates, frozen plans or a period naming
 * something else ("明年的计划"); the end of a current contract counts only when the note ties the purchase to
 * it. Nothing is proposed when no date qualifies.
 */
export function findTimelineAnswer(
  notes: string,
  today: string,
  /** The date-phrase reader; another one can be measured against it (see BENCHMARKS.md). */
  find: (text: string, today: string) => TimelineMatch[] = findTimeline,
): ProposedAnswer | null {
  const tied = TIED_TO_END.test(notes);
  const kept: Array<{ match: TimelineMatch; kind: Kind }> = [];
  for (const match of find(notes, today)) {
    const kind = classify(notes, match, tied);
    if (kind) kept.push({ match, kind });
  }
  // A decision or purchase date wins; then a deadline ("by August", "9月前") over a plain mention ("in September").
  const chosen =
    kept.find((c) => c.kind === 'decision') ??
    kept.find((c) => DEADLINE_WORD.test(c.match.phrase)) ??
    kept[0];
  if (!chosen) return null;
  const { match } = chosen;
  return {
    questionKey: 'timeline',
    answer: `by ${match.by} (${match.phrase})`,
    quote: quoteAround(notes, match.index, match.phrase.length),
  };
}

function classify(notes: string, match: TimelineMatch, tied: boolean): Kind | null {
  const { start, end } = sentenceAround(notes, match.index, match.phrase.length);
  const after = match.index + match.phrase.length;
  const phrase = clauseAround(notes, match.index, after, PUNCTUATION_END);
  const activity = ACTIVITY_NEAR.test(phrase) && !BODY_DECIDES_AT_MEETING.test(phrase);
  if (activity || PAST.test(phrase) || NOT_COMMITTED.test(notes.slice(start, end))) return null;
  if (STAMP_AFTER.test(notes.slice(after)) || ATTRIBUTE_AFTER.test(notes.slice(after))) return null;
  if (HEADER_LINE.test(notes.slice(notes.lastIndexOf('\n', match.index - 1) + 1, match.index))) return null;
  const endsHere =
    ENDS_AFTER.test(notes.slice(after, end)) || ENDS_BEFORE.test(notes.slice(start, match.index));
  if (endsHere) return tied ? 'decision' : null;
  const clause = clauseAround(notes, match.index, after, CLAUSE_END);
  const purchase = PURCHASE_WORDS.test(clause);
  if (BUDGET_WORDS.test(clause) && !purchase) return null;
  const deadline = DEADLINE_BEFORE.test(notes.slice(clauseStart(notes, match.index), match.index));
  if (BARE_ENGLISH_DAY.test(match.phrase) && !purchase && !deadline) return null;
  return purchase ? 'decision' : 'other';
}

function clauseStart(notes: string, index: number): number {
  const before = notes.slice(0, index);
  const ends = [...before.matchAll(PUNCTUATION_END)].pop();
  return ends ? (ends.index ?? 0) + ends[0].length : 0;
}

function clauseAround(notes: string, from: number, to: number, ends: RegExp): string {
  let start = 0;
  let end = notes.length;
  for (const m of notes.matchAll(ends)) {
    const at = m.index ?? 0;
    if (at + m[0].length <= from) start = at + m[0].length;
    else if (at >= to) {
      end = at;
      break;
    }
  }
  return notes.slice(start, end);
}
