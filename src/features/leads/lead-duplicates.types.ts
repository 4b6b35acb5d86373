import type { Stage } from './leads.types.js';

/** What a new lead is compared on. */
export interface DuplicateCandidate {
  companyName: string;
  phone: string | null;
  email: string | null;
}

export type DuplicateReason = 'phone' | 'email' | 'company';

export interface DuplicateMatch {
  leadId: number;
  ownerUserId: string;
  companyName: string;
  contactName: string;
  stage: Stage;
  version: number;
  reasons: DuplicateReason[];
  /** Trigram similarity of the company keys, 0–1. */
  similarity: number;
}

/** A candidate's keys as the database computes them (the same functions as the leads' generated columns). */
export interface CandidateKeys {
  phoneKey: string | null;
  emailKey: string | null;
  companyKey: string | null;
}
