/** What a revisit (定期回访) found. A new need may start a deal (a repeat order). */
export const REVISIT_OUTCOMES = ['satisfied', 'issue_found', 'new_need', 'not_reached'] as const;
export type RevisitOutcome = (typeof REVISIT_OUTCOMES)[number];

export const REVISIT_NOTE_MAX = 2000;
/** A policy lists at most this many offsets, each within about ten years of the delivery. */
export const REVISIT_OFFSETS_MAX = 6;
export const REVISIT_DAY_MAX = 3650;

/** A revisit a delivered contract scheduled, with what its card and forms show. */
export interface Revisit {
  id: number;
  teamId: string;
  customerId: number;
  customerName: string;
  contractId: number;
  contractNumber: string;
  ownerUserId: string;
  daysAfterDelivery: number;
  dueOn: string;
  outcome: RevisitOutcome | null;
  note: string | null;
  loggedByUserId: string | null;
  loggedAt: Date | null;
  version: number;
}

export interface LogRevisitInput {
  outcome: RevisitOutcome;
  note: string | null;
  /** "New need" only: the rep wants to start the deal now. */
  startDeal: boolean;
}
