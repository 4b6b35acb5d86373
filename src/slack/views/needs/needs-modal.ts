import type { InputBlock, KnownBlock } from '@slack/types';
import type { NeedsAnalysis, ProposedAnswer } from '../../../ai/needs.types.js';
import { INTENTS, type Intent } from '../../../features/leads/leads.types.js';
import type { NeedsState } from '../../../features/needs/needs.types.js';
import { MAX_ANSWER_LENGTH, MAX_CALL_NOTES_LENGTH } from '../../../features/needs/needs.usecases.js';
import { type Question, type QuestionPhase, questionText } from '../../../features/needs/question-bank.js';
import type { Locale, MessageKey, Translate } from '../../../i18n/index.js';
import { ACTIONS, BLOCKS, NEEDS_QUESTION_BLOCK_PREFIX, VIEWS } from '../../ids.js';
import { SLACK_LIMITS } from '../../limits.js';
import { escapeMrkdwn, truncate } from '../../mrkdwn.js';
import {
  findOption,
  type ModalView,
  modalShell,
  mrkdwn,
  options,
  plain,
  type ViewStateValues,
} from '../blocks.js';
import { leadTitle, stageLabel } from '../leads/lead-format.js';
import { intentWhy } from './needs-format.js';

export type NeedsModalStatus =
  | { kind: 'analyzing' }
  | { kind: 'notesEmpty' }
  | { kind: 'analysis'; analysis: NeedsAnalysis };

export interface NeedsModalInput {
  state: NeedsState;
  t: Translate;
  locale: Locale;
  metadata: string;
  /** Bumped on every rebuild that proposes answers, so Slack shows them (see NEEDS_QUESTION_BLOCK_PREFIX). */
  revision: number;
  notes?: string;
  status?: NeedsModalStatus;
  /** What the modal holds right now, by question key ('' = cleared); absent on first open. */
  typed?: Record<string, string>;
  intent?: Intent | null;
  keepStage?: boolean;
}

const PHASES: QuestionPhase[] = ['past', 'present', 'future'];
/** Intro, notes, Analyze, three status lines, three phase headers, intent, stage, overflow note. */
const FIXED_BLOCKS = 13;
const KEEP_STAGE = 'keep';

export const questionBlockId = (key: string) => `${NEEDS_QUESTION_BLOCK_PREFIX}${key}`;

function questionInput(
  question: Question,
  input: NeedsModalInput,
  proposal: ProposedAnswer | undefined,
): InputBlock {
  const { t, locale, state } = input;
  const saved = state.answers[question.key]?.answer ?? '';
  const current = input.typed ? (input.typed[question.key] ?? saved) : saved;
  const value = current.trim() ? current : (proposal?.answer ?? '');
  let hint: string | undefined;
  // An answer the built-in extractor added to an AI analysis says so, so the rep knows which one answered.
  if (
    proposal &&
    value === proposal.answer &&
    proposal.source === 'fallback' &&
    input.status?.kind === 'analysis' &&
    input.status.analysis.source === 'ai'
  )
    hint = t('needs.modal.extractorHint', { quote: proposal.quote });
  else if (proposal && value === proposal.answer)
    hint = t('needs.modal.proposedHint', { quote: proposal.quote });
  else if (proposal)
    hint = t('needs.modal.proposalDiffers', { answer: proposal.answer, quote: proposal.quote });
  const group = t(`needs.group.${question.group}` as MessageKey);
  return {
    type: 'input',
    block_id: questionBlockId(question.key),
    optional: true,
    label: plain(`${group} · ${questionText(question, locale)}`, SLACK_LIMITS.inputLabel),
    ...(hint ? { hint: plain(truncate(hint, 300), SLACK_LIMITS.inputLabel) } : {}),
    element: {
      type: 'plain_text_input',
      action_id: `${questionBlockId(question.key)}_r${input.revision}`,
      multiline: question.kind === 'open',
      max_length: MAX_ANSWER_LENGTH,
      ...(value ? { initial_value: truncate(value, MAX_ANSWER_LENGTH) } : {}),
    },
  };
}

function statusBlocks(input: NeedsModalInput): KnownBlock[] {
  const { t, status } = input;
  const line = (text: string): KnownBlock => ({ type: 'context', elements: [mrkdwn(text)] });
  if (!status) return [];
  if (status.kind === 'analyzing') return [line(t('needs.modal.analyzing'))];
  if (status.kind === 'notesEmpty') return [line(t('needs.modal.notesEmpty'))];
  const { analysis } = status;
  const added = analysis.answers.filter((a) => a.source === 'fallback').length;
  const blocks = [
    line(
      analysis.source === 'ai'
        ? added > 0
          ? t('needs.modal.pathAiWithExtractor', { count: added })
          : t('needs.modal.pathAi')
        : t('needs.modal.pathFallback', {
            reason: t(`needs.reason.${analysis.fallbackReason ?? 'error'}` as MessageKey),
          }),
    ),
  ];
  if (analysis.summary)
    blocks.push({
      type: 'section',
      text: mrkdwn(t('needs.modal.summary', { summary: escapeMrkdwn(analysis.summary) })),
    });
  if (analysis.nextQuestions.length)
    blocks.push({
      type: 'section',
      text: mrkdwn(
        t('needs.modal.askNext', {
          questions: analysis.nextQuestions.map((q) => `• ${escapeMrkdwn(q)}`).join('\n'),
        }),
      ),
    });
  return blocks;
}

/** The needs-analysis modal: open questions in asking order with the answers so far, notes and Analyze. */
export function buildNeedsModal(input: NeedsModalInput): ModalView {
  const { state, t } = input;
  const { lead } = state;
  const analyzing = input.status?.kind === 'analyzing';
  const proposals =
    input.status?.kind === 'analysis'
      ? new Map(input.status.analysis.answers.map((a) => [a.questionKey, a]))
      : new Map<string, ProposedAnswer>();
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      text: mrkdwn(
        t('needs.modal.intro', {
          lead: leadTitle(lead),
          completeness: state.completeness,
          open: state.open.length,
          total: state.questions.length,
        }),
      ),
    },
    {
      type: 'input',
      block_id: BLOCKS.needsNotes,
      optional: true,
      label: plain(t('needs.modal.notesLabel')),
      hint: plain(t('needs.modal.notesHint')),
      element: {
        type: 'plain_text_input',
        action_id: BLOCKS.needsNotes,
        multiline: true,
        max_length: MAX_CALL_NOTES_LENGTH,
        ...(input.notes ? { initial_value: input.notes } : {}),
      },
    },
  ];
  // While the AI works there is no button, so a second click cannot start a second analysis.
  if (!analyzing)
    blocks.push({
      type: 'actions',
      block_id: 'needs_analyze_actions',
      elements: [
        {
          type: 'button',
          action_id: ACTIONS.needsAnalyze,
          text: plain(t('needs.modal.analyze'), SLACK_LIMITS.buttonText),
          value: String(lead.id),
          style: 'primary',
        },
      ],
    });
  blocks.push(...statusBlocks(input));
  const room = SLACK_LIMITS.modalBlocks - FIXED_BLOCKS;
  const shown = state.questions.slice(0, room);
  for (const phase of PHASES) {
    const questions = shown.filter((q) => q.phase === phase);
    if (questions.length === 0) continue;
    blocks.push({ type: 'section', text: mrkdwn(t(`needs.modal.phase.${phase}`)) });
    for (const question of questions)
      blocks.push(questionInput(question, input, proposals.get(question.key)));
  }
  if (state.questions.length > shown.length)
    blocks.push({
      type: 'context',
      elements: [mrkdwn(t('needs.modal.tooManyQuestions', { count: state.questions.length - shown.length }))],
    });
  const intents = options(INTENTS, (intent) => t(`leads.intent.${intent}`));
  const initialIntent = findOption(intents, input.intent === undefined ? lead.intent : input.intent);
  blocks.push({
    type: 'input',
    block_id: BLOCKS.needsIntent,
    optional: true,
    label: plain(t('needs.modal.intentLabel')),
    hint: plain(
      t('needs.modal.intentHint', {
        intent: t(`leads.intent.${state.suggestion.intent}`),
        why: intentWhy(state.suggestion, t),
      }),
    ),
    element: {
      type: 'static_select',
      action_id: BLOCKS.needsIntent,
      placeholder: plain(t('leads.field.select'), 150),
      options: intents,
      ...(initialIntent ? { initial_option: initialIntent } : {}),
    },
  });
  if (lead.stage === 'new' || lead.stage === 'contacted') {
    const keep = {
      text: plain(t('needs.modal.keepStage', { stage: stageLabel(lead.stage, t) }), SLACK_LIMITS.optionText),
      value: KEEP_STAGE,
    };
    blocks.push({
      type: 'input',
      block_id: BLOCKS.needsKeepStage,
      optional: true,
      label: plain(t('needs.modal.stageLabel')),
      element: {
        type: 'checkboxes',
        action_id: BLOCKS.needsKeepStage,
        options: [keep],
        ...(input.keepStage ? { initial_options: [keep] } : {}),
      },
    });
  }
  return modalShell({
    callbackId: VIEWS.needsAnalysis,
    title: t('needs.modal.title'),
    submit: t('common.save'),
    close: t('common.cancel'),
    metadata: input.metadata,
    blocks,
  });
}

export interface NeedsForm {
  /** Every question input in the modal, by question key ('' when empty). */
  answers: Record<string, string>;
  notes: string;
  intent: Intent | null;
  keepStage: boolean;
}

/** Reads the modal's state; question inputs are found by block id, whatever revision their action id has. */
export function readNeedsForm(values: ViewStateValues): NeedsForm {
  const answers: Record<string, string> = {};
  for (const [blockId, actions] of Object.entries(values)) {
    if (!blockId.startsWith(NEEDS_QUESTION_BLOCK_PREFIX)) continue;
    const element = Object.values(actions)[0];
    answers[blockId.slice(NEEDS_QUESTION_BLOCK_PREFIX.length)] = element?.value ?? '';
  }
  const intent = values[BLOCKS.needsIntent]?.[BLOCKS.needsIntent]?.selected_option?.value;
  const keep = values[BLOCKS.needsKeepStage]?.[BLOCKS.needsKeepStage]?.selected_options ?? [];
  return {
    answers,
    notes: values[BLOCKS.needsNotes]?.[BLOCKS.needsNotes]?.value ?? '',
    intent: INTENTS.includes(intent as Intent) ? (intent as Intent) : null,
    keepStage: keep.some((option) => option.value === KEEP_STAGE),
  };
}
