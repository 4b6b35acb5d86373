import type { Locale } from '../../i18n/index.js';
import { findQuantities } from '../../lib/parse/dates.js';
import type { ExtractInput, ProposedAnswer } from '../needs.types.js';
import { findBudget } from './budget-answer.js';
import { findPaymentMethod, findProblem } from './deal-rules.js';
import { findDecisionMaker } from './decider.js';
import { findCompetitors } from './people-rules.js';
import { quoteAround, sentenceText } from './quote.js';
import { findTimelineAnswer } from './timeline-answer.js';

/**
 * The deterministic needs-analysis extractor used when no AI is configured or the AI call fails. It only
 * proposes what the notes say plainly: a wrong proposal costs the rep more than a missing one.
 */
export function extractNeeds(input: ExtractInput): { answers: ProposedAnswer[] } {
  const notes = input.notes.slice(0, 20_000);
  const answers = [
    findProblem(notes),
    findUsage(notes, input.locale),
    findBudget(notes, input.locale),
    findPaymentMethod(notes, input.locale),
    findDecisionMaker(notes),
    findTimelineAnswer(notes, input.today),
    findCompetitors(notes, input.competitors),
  ];
  return { answers: answers.filter((a): a is ProposedAnswer => a !== null) };
}

/** People on the call are not users of the product. */
const NOT_USAGE = /on the call|attended|joined|参加|参会|开会|会上|来了|见了/i;

function findUsage(notes: string, locale: Locale): ProposedAnswer | null {
  const quantities = findQuantities(notes).filter(
    (q) => !NOT_USAGE.test(sentenceText(notes, q.index, q.raw.length)),
  );
  const first = quantities[0];
  if (!first) return null;
  const separator = locale === 'zh-CN' ? '、' : ', ';
  const answer = quantities
    .map((q) => (/^[a-z]/i.test(q.unit) ? `${q.value} ${q.unit}` : `${q.value}${q.unit}`))
    .join(separator);
  return { questionKey: 'usage', answer, quote: quoteAround(notes, first.index, first.raw.length) };
}
