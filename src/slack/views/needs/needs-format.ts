import type { KnownBlock } from '@slack/types';
import type { Lead } from '../../../features/leads/leads.types.js';
import type { NeedsState } from '../../../features/needs/needs.types.js';
import type { IntentSuggestion } from '../../../features/needs/needs-scoring.js';
import { questionText } from '../../../features/needs/question-bank.js';
import type { Locale, Translate } from '../../../i18n/index.js';
import { ACTIONS } from '../../ids.js';
import { SLACK_LIMITS } from '../../limits.js';
import { escapeMrkdwn, truncate, userMention } from '../../mrkdwn.js';
import { mrkdwn, plain } from '../blocks.js';
import { leadTitle } from '../leads/lead-format.js';

/** "budget known, decision maker identified, buying within 12 days": why the intent was suggested. */
export function intentWhy(suggestion: IntentSuggestion, t: Translate): string {
  const { facts } = suggestion;
  const parts: string[] = [];
  if (facts.budget) parts.push(t('needs.why.budget'));
  if (facts.decisionMaker) parts.push(t('needs.why.decisionMaker'));
  if (facts.need) parts.push(t('needs.why.need'));
  if (facts.timelineDays !== null && facts.timelineDays >= 0)
    parts.push(t('needs.why.within', { days: facts.timelineDays }));
  else if (parts.length) parts.push(t('needs.why.noDate'));
  return parts.length ? parts.join(', ') : t('needs.why.nothing');
}

/** The lines the lead card shows under its fields: suggested intent and the next three questions. */
export function needsCardSections(state: Pick<NeedsState, 'suggestion' | 'next'>, t: Translate): string[] {
  const suggestion = t('needs.card.suggestion', {
    intent: t(`leads.intent.${state.suggestion.intent}`),
    why: intentWhy(state.suggestion, t),
  });
  const next = state.next.length
    ? t('needs.card.next', { questions: state.next.map((q) => `• ${escapeMrkdwn(q.text)}`).join('\n') })
    : t('needs.card.allAnswered');
  return [`${suggestion}\n${next}`];
}

const THREAD_ANSWERS = 8;

/** The short note posted in the lead's thread after a save: who, completeness, intent and what changed. */
export function needsThreadSummary(input: {
  state: NeedsState;
  changed: string[];
  userId: string;
  t: Translate;
  locale: Locale;
}): { text: string; blocks: KnownBlock[] } {
  const { state, t, locale } = input;
  const head = t('needs.thread.summary', {
    user: userMention(input.userId),
    completeness: state.completeness,
    intent: t(`leads.intent.${state.suggestion.intent}`),
  });
  const lines = input.changed
    .map((key) => {
      const question = state.questions.find((q) => q.key === key);
      const answer = state.answers[key]?.answer;
      if (!question || !answer) return null;
      return t('needs.thread.answer', {
        question: escapeMrkdwn(questionText(question, locale)),
        answer: escapeMrkdwn(truncate(answer, 200)),
      });
    })
    .filter((line): line is string => line !== null)
    .slice(0, THREAD_ANSWERS);
  const text = [head, ...lines].join('\n');
  return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
}

/** `/needs acme` matched several leads: one button per lead opens its needs analysis. */
export function needsPickList(
  leads: Lead[],
  total: number,
  query: string,
  t: Translate,
): { text: string; blocks: KnownBlock[] } {
  const text = t('needs.pick', { text: escapeMrkdwn(query) });
  const blocks: KnownBlock[] = [{ type: 'section', text: mrkdwn(text) }];
  const offered = leads.slice(0, SLACK_LIMITS.messageBlocks - 2);
  for (const lead of offered)
    blocks.push({
      type: 'section',
      text: mrkdwn(`*${leadTitle(lead)}* · ${escapeMrkdwn(lead.contactName)} · ${lead.completeness}%`),
      accessory: {
        type: 'button',
        action_id: ACTIONS.leadNeedsAnalysis,
        text: plain(t('needs.pickButton'), SLACK_LIMITS.buttonText),
        value: String(lead.id),
      },
    });
  if (total > offered.length)
    blocks.push({
      type: 'context',
      elements: [mrkdwn(t('leads.pickMore', { count: total, shown: offered.length }))],
    });
  return { text, blocks };
}
