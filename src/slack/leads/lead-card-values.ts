import { z } from 'zod';
import type { SeenVersion } from '../../features/leads/lead-versions.js';
import { STAGES, type Stage } from '../../features/leads/leads.types.js';
import { decodeJson } from '../json-codec.js';

/**
 * What a lead card's buttons and stage menu carry: the lead, and the version and moment the card was built from,
 * so a click on a card that is no longer current is recognised (DESIGN.md, rule 11). Identity never comes from
 * here: who clicked is the signed payload's user.
 */
export interface CardValue {
  leadId: number;
  /** Undefined for a card posted by a release before versions: treated as stale by writes. */
  seen: SeenVersion | undefined;
}

const buttonValue = z.object({
  l: z.number().int().positive(),
  v: z.number().int().nonnegative(),
  t: z.number().int().nonnegative(),
});

export function encodeCardButton(lead: { id: number; version: number }, builtAt: Date): string {
  return JSON.stringify({ l: lead.id, v: lead.version, t: Math.floor(builtAt.getTime() / 1000) });
}

const seenOf = (version: number, seconds: number): SeenVersion => ({
  version,
  seenAt: new Date(seconds * 1000),
});

export function decodeCardButton(raw: string | undefined): CardValue | undefined {
  if (raw && /^\d{1,15}$/.test(raw)) return { leadId: Number(raw), seen: undefined };
  const value = decodeJson(buttonValue, raw);
  return value && { leadId: value.l, seen: seenOf(value.v, value.t) };
}

/** A stage menu option: `<lead>:<stage>:<version>:<built at, seconds>`, within Slack's 150 characters. */
export function encodeStageOption(
  lead: { id: number; version: number },
  stage: Stage,
  builtAt: Date,
): string {
  return `${lead.id}:${stage}:${lead.version}:${Math.floor(builtAt.getTime() / 1000)}`;
}

const stageOption = z.tuple([
  z.coerce.number().int().positive(),
  z.enum(STAGES),
  z.coerce.number().int().nonnegative().optional(),
  z.coerce.number().int().nonnegative().optional(),
]);

export function decodeStageOption(raw: string | undefined): (CardValue & { stage: Stage }) | undefined {
  const parsed = stageOption.safeParse((raw ?? '').split(':'));
  if (!parsed.success) return undefined;
  const [leadId, stage, version, seconds] = parsed.data;
  // A menu from before versions carries none: `{ version: 0 }` never matches, so the pick is refused as stale.
  const seen = version === undefined ? { version: 0 } : seenOf(version, seconds ?? 0);
  return { leadId, stage, seen };
}
