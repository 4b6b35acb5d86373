import { readFileSync } from 'node:fs';
import type { ProposedAnswer } from '../../src/ai/needs.types.js';
import type { Locale } from '../../src/i18n/index.js';

/**
 * Scoring of the independently labelled needs-analysis set (test/fixtures/needs-eval/LABELLING.md, "Scoring").
 * It reads what the rep is shown — the proposed answer's text — so a value the extractor found but wrote
 * ambiguously counts as wrong.
 */

export type EvalSplit = 'dev' | 'test';

export interface EvalNote {
  id: string;
  locale: Locale;
  today: string;
  competitors: string[];
  notes: string;
  expected: {
    budget: { amount: number; currency: string | null; min?: number; max?: number; period?: string } | null;
    timeline: string | null;
    decisionMaker: { who: string; aliases: string[] } | null;
  };
}

export const EVAL_FIELDS = ['budget', 'timeline', 'decisionMaker'] as const;
export type EvalField = (typeof EVAL_FIELDS)[number];
const QUESTION_KEY: Record<EvalField, string> = {
  budget: 'budget',
  timeline: 'timeline',
  decisionMaker: 'decision_maker',
};

/**
 * LABELLING.md: the first batch (issue 14, ids 001-100), the second (issue 20, ids 101-199, written in styles the
 * first lacks: CRM fields, forwarded emails, chat logs, code-switching, distractors) and the third (issue 20,
 * ids 201 and above, by another writer: meeting minutes, approval chains and thresholds, voice transcripts).
 */
export type EvalBatch = 'first' | 'second' | 'third';
export function batchOf(id: string): EvalBatch {
  const number = Number(id.slice(-3));
  return number >= 201 ? 'third' : number >= 101 ? 'second' : 'first';
}

export function loadSplit(split: EvalSplit): EvalNote[] {
  const url = new URL(`../fixtures/needs-eval/${split}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as EvalNote[];
}

/** The symbols `formatMoney` writes, longest first so `HK$` is not read as `$`. */
const SYMBOLS: Array<[string, string]> = [
  ['JP¥', 'JPY'],
  ['HK$', 'HKD'],
  ['NT$', 'TWD'],
  ['S$', 'SGD'],
  ['A$', 'AUD'],
  ['C$', 'CAD'],
  ['¥', 'CNY'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
];

/**
 * Reads a budget answer as written by the extractor: `¥300,000`, `$2,000 /month`, `¥500,000–¥800,000` (a
 * range: the upper bound is the amount, as in the labels), `USD 5,000`, a bare `250,000`. Null when the text
 * is not one of those forms (scored as a wrong proposal).
 */
export function readBudgetAnswer(text: string): { amount: number; currency: string | null } | null {
  const parts = text.split('–');
  const last = (parts[parts.length - 1] ?? '').trim();
  const match = /^([A-Z]{3} |[^\d\s]{1,3})?(\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?:\s.*)?$/u.exec(last);
  if (!match?.[2]) return null;
  const prefix = match[1]?.trim();
  let currency: string | null = null;
  if (prefix) {
    currency = /^[A-Z]{3}$/.test(prefix) ? prefix : (SYMBOLS.find(([s]) => s === prefix)?.[1] ?? null);
    if (currency === null) return null;
  }
  return { amount: Number(match[2].replaceAll(',', '')), currency };
}

/** The ISO date a timeline answer names (`by 2026-06-30 (end of Q2)`). */
export function readTimelineAnswer(text: string): string | null {
  return /\b(\d{4}-\d{2}-\d{2})\b/.exec(text)?.[1] ?? null;
}

export function isCorrect(field: EvalField, note: EvalNote, proposed: string): boolean {
  if (field === 'budget') {
    const label = note.expected.budget;
    const read = readBudgetAnswer(proposed);
    if (!label || !read) return false;
    return read.amount === label.amount && (label.currency === null || read.currency === label.currency);
  }
  if (field === 'timeline') return readTimelineAnswer(proposed) === note.expected.timeline;
  const label = note.expected.decisionMaker;
  if (!label) return false;
  const text = proposed.toLowerCase();
  return [label.who, ...label.aliases].some((form) => text.includes(form.toLowerCase()));
}

export interface Tally {
  proposed: number;
  correct: number;
  labelled: number;
}

export interface FieldScore extends Tally {
  precision: number;
  recall: number;
}

export interface NoteOutcome {
  note: EvalNote;
  /** Per field: the proposed text (undefined when nothing was proposed) and whether it is right. */
  fields: Record<EvalField, { proposed: string | undefined; correct: boolean }>;
}

export type Extract = (note: EvalNote) => ProposedAnswer[];

export function outcomes(notes: EvalNote[], extract: Extract): NoteOutcome[] {
  return notes.map((note) => {
    const answers = extract(note);
    const fields = Object.fromEntries(
      EVAL_FIELDS.map((field) => {
        const proposed = answers.find((a) => a.questionKey === QUESTION_KEY[field])?.answer;
        return [field, { proposed, correct: proposed !== undefined && isCorrect(field, note, proposed) }];
      }),
    ) as NoteOutcome['fields'];
    return { note, fields };
  });
}

/** Precision = correct / proposed; recall = correct / labelled non-null (1 when the denominator is 0). */
export function score(results: NoteOutcome[]): Record<EvalField, FieldScore> {
  const scores = {} as Record<EvalField, FieldScore>;
  for (const field of EVAL_FIELDS) {
    const tally: Tally = { proposed: 0, correct: 0, labelled: 0 };
    for (const { note, fields } of results) {
      if (note.expected[field] !== null) tally.labelled++;
      if (fields[field].proposed !== undefined) tally.proposed++;
      if (fields[field].correct) tally.correct++;
    }
    scores[field] = {
      ...tally,
      precision: tally.proposed === 0 ? 1 : tally.correct / tally.proposed,
      recall: tally.labelled === 0 ? 1 : tally.correct / tally.labelled,
    };
  }
  return scores;
}

/** The notes of one batch of a split's results. */
export const ofBatch = (results: NoteOutcome[], batch: EvalBatch) =>
  results.filter((r) => batchOf(r.note.id) === batch);

/** One markdown table: a row per field, for all notes and per locale. */
export function scoreTable(title: string, results: NoteOutcome[]): string {
  const groups: Array<[string, NoteOutcome[]]> = [
    ['all', results],
    ['zh-CN', results.filter((r) => r.note.locale === 'zh-CN')],
    ['en', results.filter((r) => r.note.locale === 'en')],
  ];
  const lines = [
    `${title} (${results.length} notes)`,
    '| field | notes | proposed | correct | labelled | precision | recall |',
    '|---|---|---:|---:|---:|---:|---:|',
  ];
  for (const field of EVAL_FIELDS)
    for (const [name, group] of groups) {
      const s = score(group)[field];
      lines.push(
        `| ${field} | ${name} | ${s.proposed} | ${s.correct} | ${s.labelled} | ${s.precision.toFixed(2)} | ${s.recall.toFixed(2)} |`,
      );
    }
  return lines.join('\n');
}
