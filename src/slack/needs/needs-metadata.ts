import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { AnalysisSource, NeedsAnalysis } from '../../ai/needs.types.js';
import type { SeenVersion } from '../../features/leads/lead-versions.js';
import { decodeJson } from '../json-codec.js';
import { SLACK_LIMITS } from '../limits.js';

/**
 * What the needs modal remembers between Analyze and Save: where it came from (to reply there), its revision
 * (see NEEDS_QUESTION_BLOCK_PREFIX), a fingerprint of each proposed answer (so Save can tell an accepted
 * proposal from the rep's own words) and of the notes Analyze already recorded (so Save does not repeat them).
 */
const needsMetadata = z.object({
  leadId: z.number().int(),
  rev: z.number().int().default(0),
  responseUrl: z.string().optional(),
  /** The card message the modal was opened from (not ephemeral), refreshed after saving. */
  channelId: z.string().optional(),
  messageTs: z.string().optional(),
  /** Question key → `a` (AI) or `f` (fallback) + fingerprint of the proposed answer. */
  proposed: z.record(z.string(), z.string()).default({}),
  notes: z.string().optional(),
  /** The lead's version when the modal was opened, and when (ms): Save is conditional on it. */
  version: z.number().int().nonnegative().optional(),
  seenAt: z.number().int().nonnegative().optional(),
});
export type NeedsMetadata = z.infer<typeof needsMetadata>;

/** The version the needs modal was opened on, as the use cases take it. */
export function needsSeenVersion(metadata: NeedsMetadata): SeenVersion | undefined {
  return metadata.version === undefined
    ? undefined
    : { version: metadata.version, seenAt: new Date(metadata.seenAt ?? 0) };
}

export const fingerprint = (text: string) =>
  createHash('sha256').update(text.trim()).digest('base64url').slice(0, 10);

export function proposalMark(source: AnalysisSource, answer: string): string {
  return `${source === 'ai' ? 'a' : 'f'}${fingerprint(answer)}`;
}

/**
 * The marks of every proposed answer: each answer's own source when it has one (the built-in extractor's answer
 * to a field an AI analysis left empty), else the analysis's.
 */
export function proposalMarks(analysis: NeedsAnalysis): Record<string, string> {
  return Object.fromEntries(
    analysis.answers.map((a) => [a.questionKey, proposalMark(a.source ?? analysis.source, a.answer)]),
  );
}

/** The source of a submitted answer: the analysis' when it is exactly what was proposed, else the rep's. */
export function sourceOf(metadata: NeedsMetadata, key: string, answer: string): 'ai' | 'fallback' | 'rep' {
  const mark = metadata.proposed[key];
  if (!mark || mark.slice(1) !== fingerprint(answer)) return 'rep';
  return mark.startsWith('a') ? 'ai' : 'fallback';
}

export function encodeNeedsMetadata(metadata: NeedsMetadata): string {
  const json = JSON.stringify(metadata);
  if (json.length <= SLACK_LIMITS.privateMetadata) return json;
  // Past the limit, forget where to reply first, then which answers were proposed (they count as the rep's).
  const { responseUrl: _, ...rest } = metadata;
  const smaller = JSON.stringify(rest);
  return smaller.length <= SLACK_LIMITS.privateMetadata ? smaller : JSON.stringify({ ...rest, proposed: {} });
}

export function decodeNeedsMetadata(raw: string | undefined): NeedsMetadata | null {
  return decodeJson(needsMetadata, raw || '{}') ?? null;
}
