/*
 * Leads from outside: a web form (or any system) posts JSON to `POST /inbound/leads` with the team's secret.
 * The limits below are what the README documents.
 */

/**
 * Requests per team per minute. A web form produces a few leads a minute at most; 60 absorbs a burst (a campaign
 * going out) while a leaked secret or a looping integration cannot flood the sales channel, whose cards Slack
 * posts at about one a second. Counted in Postgres, so it holds across instances sharing the database. It is a
 * fixed window: up to twice the limit can pass around a minute boundary.
 */
export const INBOUND_RATE_LIMIT_PER_MINUTE = 60;

/** Largest body accepted: a lead with 3,000 characters of notes (Chinese: 3 bytes each) fits with room to spare. */
export const INBOUND_MAX_BODY_BYTES = 16 * 1024;

/** How long an idempotency key is remembered; after that the same key makes a new lead. */
export const IDEMPOTENCY_RETENTION_HOURS = 24;
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

/** The token an admin gets once: `sfin_<keyId>_<secret>`. */
export const INBOUND_TOKEN_PREFIX = 'sfin_';

export interface InboundSource {
  teamId: string;
  keyId: string;
  secretHash: string;
  poolUserIds: string[];
  assignCounter: number;
  createdByUserId: string;
  createdAt: Date;
  rotatedAt: Date;
}

/** What the HTTP route answers: a status and a JSON body (and, for 429, when to retry). */
export interface InboundAnswer {
  status: number;
  body: Record<string, unknown>;
  retryAfterSeconds?: number;
  replayed?: boolean;
}

/**
 * The duplicate check another part of Salesflow provides (issue 12, "Duplicates"): given the new lead, the ids of
 * existing leads of the team it probably duplicates. Inbound leads are still created (a web form cannot ask
 * "create anyway?"); the rep is told which leads it may duplicate.
 */
export type CheckDuplicates = (candidate: {
  teamId: string;
  companyName: string;
  contactName: string;
  phone: string | null;
  email: string | null;
}) => Promise<number[]>;
