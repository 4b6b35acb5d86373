import type { Clock } from '../../lib/clock.js';
import type { Actor } from '../team/team.types.js';
import {
  NeedsAdminOnlyError,
  NeedsQuestionInvalidError,
  NeedsQuestionNotFoundError,
} from './needs.errors.js';
import type { NeedsRepository } from './needs.repository.js';
import { CUSTOM_PREFIX, type CustomQuestionRow } from './question-bank.js';

interface AdminDeps {
  needs: NeedsRepository;
  clock: Clock;
  actor: Actor;
}

export const MAX_QUESTION_LENGTH = 300;
export const MAX_CUSTOM_QUESTIONS = 40;
export const MAX_COMPETITOR_NAME = 60;
const CJK = /[\u3400-\u9fff]/;

function requireAdmin(actor: Actor, what: string): void {
  if (!actor.isAdmin) throw new NeedsAdminOnlyError(what);
}

/**
 * `How many stores? | 有几家门店？` gives both languages; a single text goes to the language it is written in
 * (any Chinese character makes it Chinese).
 */
export function splitQuestionText(raw: string): { textEn: string | null; textZh: string | null } {
  const parts = raw
    .split(/\s*[|｜]\s*/)
    .map((part) => part.trim())
    .filter(Boolean);
  const textZh = parts.find((part) => CJK.test(part)) ?? null;
  const textEn = parts.find((part) => !CJK.test(part)) ?? null;
  return { textEn, textZh };
}

export async function addCustomQuestion(deps: AdminDeps & { text: string }): Promise<CustomQuestionRow> {
  requireAdmin(deps.actor, 'add questions');
  const { textEn, textZh } = splitQuestionText(deps.text);
  if (!textEn && !textZh) throw new NeedsQuestionInvalidError('empty');
  if ([textEn, textZh].some((text) => text && Array.from(text).length > MAX_QUESTION_LENGTH))
    throw new NeedsQuestionInvalidError('too long');
  const existing = await deps.needs.listCustomQuestions(deps.actor.teamId);
  // The modal holds at most 100 blocks; the built-in questions and the form take the rest.
  if (existing.length >= MAX_CUSTOM_QUESTIONS) throw new NeedsQuestionInvalidError('too many');
  return deps.needs.addCustomQuestion(deps.actor.teamId, { textEn, textZh, createdBy: deps.actor.userId });
}

/** Takes `custom_7` or `7`. Old answers to the question stay in the history. */
export async function removeCustomQuestion(deps: AdminDeps & { key: string }): Promise<void> {
  requireAdmin(deps.actor, 'remove questions');
  const id = Number(deps.key.trim().replace(CUSTOM_PREFIX, '').replace(/^#/, ''));
  const removed =
    Number.isSafeInteger(id) && id > 0
      ? await deps.needs.archiveCustomQuestion(deps.actor.teamId, id, deps.clock.now())
      : false;
  if (!removed) throw new NeedsQuestionNotFoundError(deps.key);
}

export async function listCustomQuestions(deps: Omit<AdminDeps, 'clock'>): Promise<CustomQuestionRow[]> {
  return deps.needs.listCustomQuestions(deps.actor.teamId);
}

export async function addCompetitor(
  deps: AdminDeps & { name: string },
): Promise<{ added: boolean; name: string }> {
  requireAdmin(deps.actor, 'edit the competitor list');
  const name = deps.name.trim().replace(/\s+/g, ' ');
  if (!name || Array.from(name).length > MAX_COMPETITOR_NAME)
    throw new NeedsQuestionInvalidError('competitor name');
  return { added: await deps.needs.addCompetitor(deps.actor.teamId, name, deps.actor.userId), name };
}

export async function removeCompetitor(deps: AdminDeps & { name: string }): Promise<boolean> {
  requireAdmin(deps.actor, 'edit the competitor list');
  return deps.needs.removeCompetitor(deps.actor.teamId, deps.name.trim());
}

export async function listCompetitors(deps: Omit<AdminDeps, 'clock'>): Promise<string[]> {
  return deps.needs.listCompetitors(deps.actor.teamId);
}
