import type { ProposedAnswer } from '../needs.types.js';
import { findMentions, joinAppositions, type Mention } from './decider-lexicon.js';
import { quoteAround, sentenceAround } from './quote.js';
import { inCustomerVoice, isRep, speakerAt } from './speaker.js';

/**
 * Who makes the final buying decision. A mention (a title, a body, a person) is proposed only when the syntax
 * around it says it decides: "X decides / signs off / has the final say / approves", "decision by X",
 * "needs X approval", "X拍板 / 说了算 / 定 / 审批 / 签字", "决策人是X", "要上X", "听X的". Negated deciders
 * ("做不了主", "not the decision maker", "neither of them signs") are skipped; a pronoun or 自己 stands for the
 * person named last before it. When several deciders are found, the last one wins (chained approvals end
 * there). Nothing is proposed when no clause says who decides. CRM fields ("KDM: …", "决策：…") introduce a
 * decider; in a chat or a transcript "I decide" / "我定了" names the line's speaker (`speaker.ts`), and in the
 * customer's own words (an email body, their chat line) "our CFO" is theirs.
 */

/** Verbs that follow the decider: "<X> decides", "<X>拍板". */
const EN_AFTER =
  /^(?:\s*(?:,|[—–-]|\([^)\n]{1,40}\)|is (?:the |an? )?[a-z][\w-]*(?: [a-z][\w-]*)? and\b|'s\b|is\b|alone\b|himself\b|herself\b|still\b|really\b|also\b|then\b|just\b|only\b|ultimately\b|actually\b|will\b|would\b|must\b|needs to\b|has to\b|have to\b|can\b|gets to\b|who\b))*\s*(?:(?:is )?the (?:only )?one (?:who (?:decides|signs|approves|makes the call)|approving|deciding|signing)|(?:picks|chooses|selects) (?:the )?(?:vendors?|suppliers?|tools?|systems?|platforms?|software|winner|providers?|solutions?)\b|is the DM\b|to decide\b|gives? (?:the )?(?:final )?(?:approval|sign-off|go-ahead|green light|nod)|makes? (?:all )?(?:the )?(?:final |purchasing |buying )?decisions?|'s (?:final )?(?:call|decision)|decides?|decide\b|makes? the (?:final )?(?:call|decision)|signs?(?: off)?(?! up)|sign off|has (?:the )?(?:final say|final word|last word|sign-off|signing authority)|approves?|approve\b|calls? the shots|owns the decision|is the (?:final )?(?:decision[- ]?maker|approver|final approver|signatory)|(?:is )?final approver|is the one who decides|is the only one who decides|holds the budget and decides)/i;
const ZH_AFTER =
  /^(?:[ \t]|[（(][^）)\n]{1,20}[）)]|研究|讨论|审议|亲自|自己|一个人|本人|那边|那里|最后|最终|来|才|就|也|都|说|能|可以|会|要|负责|决定)*(?:拍板|说了算|说的算|做决定|作决定|做决策|做主|作主|同意(?=就|才|了就|后才)|决定|定夺|决策|决议|签字|签批|签|审批|批准|批|点头|定(?=[\s，,。；;！!]|$|就行|就好|了|吧|下来|的))|^\s*(?:sign off|decides?|decide|approves?|is (?:the )?final approver|是 ?final approver|是 ?decision ?maker)/i;
/** What may stand between an introducing phrase and the decider: "the", "他们", a department ("采购部"). */
const LEAD_TAIL = String.raw`\s*[:：]?\s*(?:the |their |his |her |他们|她们|对方)?(?:[\u4e00-\u9fa5]{1,4}(?:部|科|处|中心))?(?:(?:集团|公司|总部|分局|总行)的?)?$`;
/** Phrases that introduce the decider: "decision by <X>", "决策人是<X>", "要上<X>". */
const BEFORE = new RegExp(
  String.raw`(?:(?:final say|final decision|decision|decider|final approval|approver|sign-off|economic buyer|\bK?DM|\bKP|\bEB|决策|拍板|(?:最终)?审批人?|签字人?|签批)\s*(?:[:：=]|is\b|是)|subject to|关键决策人是?|拍板人是?|(?:final |ultimate )?(?:decision|approval|sign-off|award)(?: is| rests| lies| sits| will be)?(?: made)? (?:by|with|from|in the hands of)|(?:final |ultimate )?(?:say|call)(?: is| rests| lies| sits) (?:with|in the hands of)|decided by|approved by|signed off by|decision[- ]?maker\s*(?:is|:|-|是)?|final approver\s*(?:is|:)?|(?:needs?|requires?|need|goes to|go to|up to|it's|it is|comes down to|answer to|defers? to|defer to|(?:final )?decision\s*在|决定权在|决策权在|需(?!要))(?: the)?|决策人是?|决策者是?|最终决策(?:是|在)?|决策是|(?:拍板|定|决定|审批|签字|说了算)的(?:人)?是|(?:it's|it is|that's)(?: really| ultimately| all| entirely)? up to|(?:decision|call|final say|sign-off)s? (?:goes|go|went|will go) to|说了算的(?:是|人是)?|由|要上|要报|需要|经过|提交|报给?|上|听|要|让)` +
    LEAD_TAIL,
  'i',
);
/** The words right after a mention that make a BEFORE phrase a decision ("needs <board> approval"). */
const BEFORE_NEEDS_AFTER =
  /^(?:'s)?\s*(?:approval|sign-off|sign off|to approve|to sign|go-ahead|ok\b|for (?:signature|approval|sign-off|(?:a |the )?(?:final )?decision))|^\s*(?:定|决定|审批|审议|批|签字|拍板|同意|点头|的)/i;
const NEEDS_AFTER_PHRASE = new RegExp(
  `(?:needs?|requires?|need|goes to|go to|要报|需要|需|听|要|让)${LEAD_TAIL}`,
  'i',
);
/** "the decision goes to X": the decision itself goes there, no approval word needs to follow. */
const DECISION_GOES_TO = /\b(?:decision|call|final say|sign-off)s? (?:goes|go|went|will go) to\b/i;
/** "要上校长办公会", "上党委会": a meeting or a body that the purchase goes before decides it. */
const GOES_BEFORE = /(?:要上|上|经过|提交|报给?)\s*$/;

const NEGATION =
  /\bnot\b|n't\b|\bnever\b|\bneither\b|\bnor\b|\bno\b|做不了主|不能做主|没有决定权|没有决策权|说了不算|不拍板|不管|不参与|只负责|只是|不是|没权|定不了|做不了/i;

interface Candidate {
  mention: Mention;
  index: number;
  length: number;
}

export function findDecisionMaker(notes: string): ProposedAnswer | null {
  const mentions = joinAppositions(notes, findMentions(notes));
  const candidates: Candidate[] = [];
  for (const [i, mention] of mentions.entries()) {
    const after = notes.slice(mention.end, mention.end + 60);
    const clauseStart = clauseStartBefore(notes, mention.index);
    const before = notes.slice(clauseStart, mention.index);
    const verbAfter = EN_AFTER.exec(after) ?? ZH_AFTER.exec(after);
    let matched = false;
    if (verbAfter && !NEGATION.test(before.slice(-14) + verbAfter[0])) matched = true;
    // In the customer's own words (an email body, their chat line) "our CIO" is theirs (LABELLING.md).
    const lead = BEFORE.exec(
      inCustomerVoice(notes, mention.index) ? before.replace(/(?:\bour |我们)$/i, '') : before,
    );
    if (!matched && lead && !NEGATION.test(before.slice(Math.max(0, lead.index - 14)))) {
      // "needs the board" alone is not a decision: the approval word must follow the mention.
      if (GOES_BEFORE.test(lead[0])) matched = /会$/.test(mention.text);
      else
        matched =
          !NEEDS_AFTER_PHRASE.test(lead[0]) ||
          DECISION_GOES_TO.test(lead[0]) ||
          BEFORE_NEEDS_AFTER.test(after);
    }
    if (!matched) continue;
    const who = mention.kind === 'pronoun' ? antecedent(notes, mentions, i) : mention;
    if (!who) continue;
    const length = verbAfter
      ? mention.end - mention.index + verbAfter[0].length
      : mention.end - mention.index;
    candidates.push({ mention: who, index: mention.index, length });
  }
  candidates.push(...speakersWhoDecide(notes));
  candidates.sort((a, b) => a.index - b.index);
  const last = candidates[candidates.length - 1];
  if (!last) return null;
  return {
    questionKey: 'decision_maker',
    answer: clean(last.mention.text),
    quote: quoteAround(notes, last.index, last.length),
  };
}

/** "I decide", "my call", "我定了", "拍板呢是我": said in a chat line or a transcript, by its speaker. */
const FIRST_PERSON_DECIDES =
  /\bI(?:'ll| will)? (?:decide|sign(?: off)?|approve|make the (?:final )?(?:call|decision)|have the final (?:say|word))\b|\bmy (?:call|decision)\b|\bup to me\b|我(?:自己|本人)?来?(?:定|拍板|说了算|做主|决定)|(?:拍板|做主|说了算|决定)(?:的|呢)?人?就?是我/gi;
const NEGATED_AFTER = /^[^，,。.;；!！?？\n]{0,3}(?:不|没|n't|not)/i;

function speakersWhoDecide(notes: string): Candidate[] {
  const found: Candidate[] = [];
  for (const said of notes.matchAll(FIRST_PERSON_DECIDES)) {
    const index = said.index ?? 0;
    const end = index + said[0].length;
    const before = notes.slice(Math.max(0, index - 14), index);
    if (NEGATION.test(before) || NEGATED_AFTER.test(notes.slice(end, end + 6))) continue;
    const speaker = speakerAt(notes, index);
    if (!speaker || isRep(speaker.label)) continue;
    const named = joinAppositions(speaker.label, findMentions(speaker.label)).filter(
      (m) => m.kind !== 'pronoun',
    );
    const who = named[named.length - 1];
    if (!who) continue;
    const at = speaker.index + who.index;
    found.push({ mention: { ...who, index: at, end: at + who.text.length }, index, length: said[0].length });
  }
  return found;
}

/** Where the clause holding `index` starts: after the sentence end, comma or dash before it. */
function clauseStartBefore(notes: string, index: number): number {
  const { start } = sentenceAround(notes, index, 1);
  const text = notes.slice(start, index);
  const cut = Math.max(text.lastIndexOf('，'), text.lastIndexOf(','), text.lastIndexOf(' - '));
  return start + (cut >= 0 ? cut + 1 : 0);
}

const MALE = /\b(?:he|him|himself|mr|husband|father|dad)\b|他|先生|老公|丈夫|父亲|爸爸/i;
const FEMALE =
  /\b(?:she|her|herself|ms|mrs|miss|wife|mother|mum|mom)\b|她|女士|小姐|太太|老婆|妻子|母亲|妈妈|老板娘/i;

/** A body or a family is never "he" or "she": "the owner family decides…, so he decides" is someone else. */
const COLLECTIVE = /\b(?:board|committee|council|trustees|parents|family|team)s?\b|会$|委$/i;
const COLLECTIVE_AFTER = /^\s?(?:family|team|group|board|committee)\b/i;
/** An object pronoun ("defers to her", "授权给他") is not the subject of its own clause. */
const OBJECT_PRONOUN = /^(?:him|her)$/i;
const OBJECT_BEFORE = /(?:给|让|跟|对)$/;

/**
 * The person (or role) named last before a pronoun, of a gender the pronoun allows. A gendered pronoun skips a
 * body ("the owner family", 董事会); an object pronoun skips the subject of its own clause ("their GM defers
 * to her" is not the GM); a pronoun of the same gender before it is followed back to whom it names.
 */
function antecedent(notes: string, mentions: Mention[], at: number): Mention | null {
  const pronounMention = mentions[at];
  const pronoun = pronounMention?.text ?? '';
  const excluded = MALE.test(pronoun) ? FEMALE : FEMALE.test(pronoun) ? MALE : null;
  const object =
    pronounMention &&
    (OBJECT_PRONOUN.test(pronoun) || OBJECT_BEFORE.test(notes.slice(0, pronounMention.index)));
  let clauseStart = pronounMention && object ? clauseStartBefore(notes, pronounMention.index) : Infinity;
  for (let i = at - 1; i >= 0; i--) {
    const m = mentions[i];
    // "CEO 授权给他了，他签": a pronoun of the same gender continues the chain to whom that one named.
    if (m?.kind === 'pronoun' && excluded && MALE.test(m.text) === MALE.test(pronoun) && !/自己/.test(m.text))
      return antecedent(notes, mentions, i);
    if (!m || m.kind === 'pronoun' || excluded?.test(m.text)) continue;
    if (m.index >= clauseStart) {
      clauseStart = Infinity; // only the clause's subject, the mention right before its verb, is skipped
      continue;
    }
    if (excluded && (COLLECTIVE.test(m.text) || COLLECTIVE_AFTER.test(notes.slice(m.end, m.end + 12))))
      continue;
    return m;
  }
  return null;
}

function clean(text: string): string {
  return text
    .replace(/^(?:the|their|our|his|her)\s+/i, '')
    .replace(/[\s,，]+$/, '')
    .trim();
}
