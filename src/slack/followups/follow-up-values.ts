import { z } from 'zod';
import type { SnoozeChoice } from '../../features/followups/followups.usecases.js';
import type { Lead } from '../../features/leads/leads.types.js';
import { decodeJson } from '../json-codec.js';

/** Snooze options carry the lead id, the choice and the lead's version in the reminder: `42:3d:7`. */
export const snoozeValue = (lead: Pick<Lead, 'id' | 'version'>, choice: SnoozeChoice) =>
  `${lead.id}:${choice}:${lead.version}`;

/** `version` is undefined for a reminder sent by a release before versions (`42:3d`). */
export function parseSnoozeValue(
  value: string | undefined,
): { leadId: number; choice: SnoozeChoice; version: number | undefined } | null {
  const match = /^(\d{1,15}):(1d|3d|next_week)(?::(\d{1,9}))?$/.exec(value ?? '');
  if (!match?.[1] || !match[2]) return null;
  const version = match[3] === undefined ? undefined : Number(match[3]);
  return { leadId: Number(match[1]), choice: match[2] as SnoozeChoice, version };
}

/** A `/followup <text> <when>` pick button: the lead, its version in the list, and the date, time and note typed. */
const pickValue = z.object({
  l: z.number().int().positive(),
  v: z.number().int().nonnegative().optional(),
  d: z.string().max(10),
  h: z.string().max(5).nullable().optional(),
  n: z.string().max(1000).nullable().optional(),
});

export interface FollowUpPick {
  leadId: number;
  version: number | undefined;
  date: string;
  time: string | null;
  note: string | null;
}

export function encodeFollowUpPick(
  lead: Pick<Lead, 'id' | 'version'>,
  choice: { date: string; time: string | null; note: string | null },
): string {
  return JSON.stringify({
    l: lead.id,
    v: lead.version,
    d: choice.date,
    h: choice.time,
    n: choice.note?.slice(0, 1000) ?? null,
  });
}

export function decodeFollowUpPick(raw: string | undefined): FollowUpPick | undefined {
  const value = decodeJson(pickValue, raw);
  return (
    value && {
      leadId: value.l,
      version: value.v,
      date: value.d,
      time: value.h ?? null,
      note: value.n ?? null,
    }
  );
}
