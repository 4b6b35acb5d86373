import type { Locale } from '../../i18n/index.js';
import { visibleText } from '../../lib/text.js';
import { assertSeenCurrent, refuseLostRace, type SeenVersion } from '../leads/lead-versions.js';
import { LeadNotFoundError } from '../leads/leads.errors.js';
import type { NewActivity } from '../leads/leads.repository.js';
import type { Intent, Lead, Stage } from '../leads/leads.types.js';
import { assertOpen, type LeadDeps, loadVisibleLead, todayFor } from '../leads/leads.usecases.js';
import type { Actor } from '../team/team.types.js';
import type { AnswerChange, NeedsRepository } from './needs.repository.js';
import type {
  NeedsAnalysis,
  NeedsAnswer,
  NeedsState,
  NotesAnalyzer,
  SaveNeedsResult,
  SubmittedAnswer,
} from './needs.types.js';
import {
  type AnswerMap,
  completeness,
  nextQuestions,
  openQuestions,
  suggestIntent,
} from './needs-scoring.js';
import { type Question, questionBank, questionText } from './question-bank.js';

export interface NeedsDeps extends LeadDeps {
  needs: NeedsRepository;
}

export const MAX_ANSWER_LENGTH = 2000;
export const MAX_CALL_NOTES_LENGTH = 3000;
/** Saving the needs of a lead at these stages moves it to needs analysis (unless the rep opts out). */
const EARLY_STAGES: readonly Stage[] = ['new', 'contacted'];

export async function loadQuestions(needs: NeedsRepository, teamId: string): Promise<Question[]> {
  return questionBank(await needs.listCustomQuestions(teamId));
}

/** The state of a lead's needs analysis from its rows; pure, so the card and the modal agree. */
export function buildNeedsState(input: {
  lead: Lead;
  questions: Question[];
  answers: NeedsAnswer[];
  locale: Locale;
  today: string;
}): NeedsState {
  const answers = Object.fromEntries(input.answers.map((a) => [a.questionKey, a]));
  const map = answerMap(answers);
  return {
    lead: input.lead,
    questions: input.questions,
    answers,
    open: openQuestions(input.questions, map),
    completeness: completeness(input.questions, map),
    suggestion: suggestIntent(map, input.today),
    next: nextQuestions(input.questions, map, input.locale),
  };
}

function answerMap(answers: Record<string, Pick<NeedsAnswer, 'answer'>>): AnswerMap {
  return Object.fromEntries(Object.entries(answers).map(([key, a]) => [key, a.answer]));
}

export async function getNeedsState(deps: NeedsDeps & { actor: Actor; leadId: number }): Promise<NeedsState> {
  const lead = await loadVisibleLead(deps);
  return needsStateOf(deps, deps.actor, lead);
}

/** The needs state of a lead the caller already loaded (and may see); `locale` words the next questions. */
export async function needsStateOf(
  deps: Pick<NeedsDeps, 'needs' | 'clock'>,
  actor: Actor,
  lead: Lead,
  locale: Locale = actor.locale,
): Promise<NeedsState> {
  const [questions, answers] = await Promise.all([
    loadQuestions(deps.needs, actor.teamId),
    deps.needs.currentAnswers(actor.teamId, lead.id),
  ]);
  return buildNeedsState({
    lead,
    questions,
    answers,
    locale,
    today: todayFor(actor, deps.clock),
  });
}

/** The first `max` UTF-16 units, without keeping half an emoji (a lone surrogate is stored as U+FFFD). */
function cutAt(text: string, max: number): string {
  const cut = text.slice(0, max);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

function callNotesActivity(actor: Actor, notes: string, at: Date): NewActivity {
  return {
    actorUserId: actor.userId,
    kind: 'call_notes',
    note: cutAt(notes, MAX_CALL_NOTES_LENGTH),
    occurredAt: at,
  };
}

/**
 * "Analyze": the notes are recorded as a call_notes activity first, so they are kept whatever the AI does;
 * then the analyzer (AI, or the deterministic fallback) proposes answers. Nothing else is saved.
 */
export async function analyzeCallNotes(
  deps: NeedsDeps & { actor: Actor; leadId: number; notes: string; analyze: NotesAnalyzer },
): Promise<{ state: NeedsState; analysis: NeedsAnalysis }> {
  const { actor, clock } = deps;
  const lead = await loadVisibleLead(deps);
  const notes = visibleText(deps.notes) ?? '';
  await deps.leads.addActivity(actor.teamId, lead.id, callNotesActivity(actor, notes, clock.now()));
  const [state, competitors] = await Promise.all([
    needsStateOf(deps, actor, lead),
    deps.needs.listCompetitors(actor.teamId),
  ]);
  const analysis = await deps.analyze({
    notes,
    today: todayFor(actor, clock),
    locale: actor.locale,
    competitors,
    questions: state.questions.map((q) => ({ key: q.key, text: questionText(q, actor.locale) })),
    answered: answerMap(state.answers),
  });
  const known = new Set(state.questions.map((q) => q.key));
  const answers = analysis.answers
    .filter((a) => known.has(a.questionKey) && a.answer.trim())
    .map((a) => ({ ...a, answer: a.answer.trim().slice(0, MAX_ANSWER_LENGTH) }));
  return { state, analysis: { ...analysis, answers } };
}

/**
 * Saves what the rep submitted: a changed answer supersedes the current one (history kept), the lead's
 * completeness is recomputed, a new/contacted lead moves to needs analysis unless `keepStage`, and the
 * intent changes only when the rep picked one (`intent`). All in one transaction.
 */
export async function saveAnswers(
  deps: NeedsDeps & {
    actor: Actor;
    leadId: number;
    answers: SubmittedAnswer[];
    keepStage: boolean;
    intent: Intent | null;
    /** Call notes typed in the modal; saved unless `notesAlreadySaved` (Analyze saved these very notes). */
    notes?: string | null;
    notesAlreadySaved?: boolean;
    /** The lead's version when the modal was opened: answers given against an older lead are refused. */
    seen?: SeenVersion;
  },
): Promise<SaveNeedsResult> {
  const { actor, clock } = deps;
  const lead = await loadVisibleLead(deps);
  await assertSeenCurrent(deps, lead, deps.seen);
  assertOpen(lead);
  const before = await needsStateOf(deps, actor, lead);
  const known = new Set(before.questions.map((q) => q.key));
  const changes: AnswerChange[] = [];
  for (const submitted of deps.answers) {
    if (!known.has(submitted.questionKey) || changes.some((c) => c.questionKey === submitted.questionKey))
      continue;
    const answer = visibleText(submitted.answer)?.slice(0, MAX_ANSWER_LENGTH) ?? null;
    const current = before.answers[submitted.questionKey]?.answer ?? null;
    if (answer !== current)
      changes.push({ questionKey: submitted.questionKey, answer, source: submitted.source });
  }
  const merged: Record<string, { answer: string }> = { ...before.answers };
  for (const change of changes) {
    if (change.answer === null) delete merged[change.questionKey];
    else merged[change.questionKey] = { answer: change.answer };
  }
  const score = completeness(before.questions, answerMap(merged));
  const intent = deps.intent && deps.intent !== lead.intent ? deps.intent : null;
  const moveStage = !deps.keepStage && EARLY_STAGES.includes(lead.stage);
  const notes = visibleText(deps.notes);
  const now = clock.now();
  const activities: NewActivity[] = [];
  if (notes && !deps.notesAlreadySaved) activities.push(callNotesActivity(actor, notes, now));
  if (moveStage)
    activities.push({
      actorUserId: actor.userId,
      kind: 'stage_changed',
      fromStage: lead.stage,
      toStage: 'needs_analysis',
      occurredAt: now,
    });
  if (changes.length || intent)
    activities.push({
      actorUserId: actor.userId,
      kind: 'needs_updated',
      details: {
        changed: changes.map((c) => c.questionKey),
        completeness: score,
        ...(intent ? { intent } : {}),
      },
      occurredAt: now,
    });
  if (activities.length === 0 && score === lead.completeness)
    return { lead, state: before, changed: [], movedStage: false, intentChangedTo: null };
  const saved = await deps.needs.saveNeeds({
    teamId: actor.teamId,
    leadId: lead.id,
    actorUserId: actor.userId,
    now,
    changes,
    completeness: score,
    ...(intent ? { intent } : {}),
    ...(moveStage ? { stageMove: { from: lead.stage, to: 'needs_analysis' as const } } : {}),
    activities,
    expectedVersion: lead.version,
  });
  if (!saved) return refuseLostRace(deps, lead.id, deps.seen ?? lead, () => new LeadNotFoundError(lead.id));
  return {
    lead: saved.lead,
    state: await needsStateOf(deps, actor, saved.lead),
    changed: changes.map((c) => c.questionKey),
    movedStage: saved.movedStage,
    intentChangedTo: intent,
  };
}

/** The rep confirms the suggested (or another) intent without touching any answer. */
export async function confirmIntent(
  deps: NeedsDeps & { actor: Actor; leadId: number; intent: Intent },
): Promise<SaveNeedsResult> {
  return saveAnswers({ ...deps, answers: [], keepStage: true, intent: deps.intent });
}
