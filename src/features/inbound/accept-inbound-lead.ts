import type { Clock } from '../../lib/clock.js';
import { localDate } from '../../lib/time-zone.js';
import type { LeadRepository } from '../leads/leads.repository.js';
import type { Lead } from '../leads/leads.types.js';
import type { TeamRepository } from '../team/team.repository.js';
import type { Team } from '../team/team.types.js';
import type { InboundRepository } from './inbound.repository.js';
import {
  type CheckDuplicates,
  INBOUND_RATE_LIMIT_PER_MINUTE,
  type InboundAnswer,
  MAX_IDEMPOTENCY_KEY_LENGTH,
} from './inbound.types.js';
import { type BodyIssue, readInboundLead } from './inbound-lead-input.js';
import { parseInboundToken, requestHash, secretMatches } from './inbound-secret.js';

export interface InboundLeadDeps {
  inbound: InboundRepository;
  teams: TeamRepository;
  leads: Pick<LeadRepository, 'findById'>;
  clock: Clock;
  /** The duplicate check of the Duplicates feature, plugged in where it exists; none → no check. */
  checkDuplicates?: CheckDuplicates;
  /**
   * Posts the card to the sales channel and tells the rep, through the outbox. Must be idempotent (outbox keys
   * derived from the lead): it runs after the lead is stored, and again when the same request is replayed, so a
   * crash between the two is repaired by the sender's retry.
   */
  announce?: (input: { team: Team; lead: Lead; possibleDuplicates: number[] }) => Promise<void>;
  onAnnounceError?: (error: unknown, lead: Lead) => void;
}

export interface InboundRequest {
  /** The `Authorization` header: `Bearer sfin_…`. */
  authorization: string | undefined;
  idempotencyKey: string | undefined;
  /** The parsed JSON body (the route refuses bodies that are too large, not JSON, or of another type). */
  body: unknown;
}

const error = (status: number, code: string, message: string, extra: Record<string, unknown> = {}) => ({
  status,
  body: { error: { code, message, ...extra } },
});

const UNAUTHORIZED = error(
  401,
  'unauthorized',
  'Send the team’s inbound secret as "Authorization: Bearer sfin_…" (an admin creates it with /salesflow inbound new).',
);

/** The team whose secret `authorization` carries, checked in constant time; undefined when it is wrong. */
async function authenticate(deps: InboundLeadDeps, authorization: string | undefined) {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1];
  const parts = token ? parseInboundToken(token) : null;
  if (!parts) return undefined;
  const source = await deps.inbound.findSourceByKeyId(parts.keyId);
  return source && secretMatches(parts.secret, source.secretHash) ? source : undefined;
}

function validKey(key: string): boolean {
  return key.length >= 1 && key.length <= MAX_IDEMPOTENCY_KEY_LENGTH && /^[\x21-\x7e]+$/.test(key);
}

/**
 * `POST /inbound/leads`, after the route read the body: authenticate, count against the team's rate limit, check
 * the body, honour the idempotency key, create the lead for the next rep of the pool, announce it.
 */
export async function acceptInboundLead(
  deps: InboundLeadDeps,
  request: InboundRequest,
): Promise<InboundAnswer> {
  const source = await authenticate(deps, request.authorization);
  if (!source) return UNAUTHORIZED;
  const now = deps.clock.now();
  const windowStart = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const count = await deps.inbound.countRequest(source.teamId, windowStart);
  if (count > INBOUND_RATE_LIMIT_PER_MINUTE) {
    const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + 60_000 - now.getTime()) / 1000));
    return {
      ...error(429, 'rate_limited', `At most ${INBOUND_RATE_LIMIT_PER_MINUTE} requests a minute per team.`),
      retryAfterSeconds,
    };
  }
  const key = request.idempotencyKey;
  if (key !== undefined && !validKey(key))
    return error(
      400,
      'invalid_idempotency_key',
      `Idempotency-Key must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} visible ASCII characters.`,
    );
  const team = await deps.teams.ensureTeam(source.teamId);
  const lead = readInboundLead(request.body, localDate(now, team.timezone), team.currency);
  if (!lead.ok) return invalidLead(lead.issues);

  const hash = requestHash(request.body);
  if (key !== undefined) {
    const earlier = await replay(deps, team, key, hash);
    if (earlier) return earlier;
  }
  const possibleDuplicates =
    (await deps.checkDuplicates?.({
      teamId: team.teamId,
      companyName: lead.value.companyName,
      contactName: lead.value.contactName,
      phone: lead.value.phone,
      email: lead.value.email,
    })) ?? [];
  const created = await deps.inbound.createLead({
    teamId: team.teamId,
    idempotency: key === undefined ? null : { key, requestHash: hash },
    lead: lead.value,
    fallbackOwner: source.createdByUserId,
    now,
    answer: (saved) => ({ status: 201, body: { status: 'created', lead_id: saved.id } }),
  });
  if (!created.claimed) {
    // Another request with the same key won the race and committed: answer as it did.
    return (
      (await replay(deps, team, key ?? '', hash)) ??
      error(409, 'idempotency_key_in_use', 'Another request with this Idempotency-Key is being processed.')
    );
  }
  await announce(deps, team, created.lead, possibleDuplicates);
  return created.answer;
}

function invalidLead(issues: BodyIssue[]): InboundAnswer {
  return error(422, 'invalid_lead', 'The lead is not valid; see issues.', { issues });
}

/** The stored answer for `key` (announcing its lead again, idempotently), a refusal if the body differs, or undefined. */
async function replay(
  deps: InboundLeadDeps,
  team: Team,
  key: string,
  hash: string,
): Promise<InboundAnswer | undefined> {
  const earlier = await deps.inbound.findRequest(team.teamId, key);
  if (!earlier) return undefined;
  if (earlier.requestHash !== hash)
    return error(
      422,
      'idempotency_key_reused',
      'This Idempotency-Key was already used with a different body. Use a new key for a new lead.',
    );
  if (earlier.leadId !== null) {
    const lead = await deps.leads.findById(team.teamId, earlier.leadId);
    if (lead) await announce(deps, team, lead, []);
  }
  return { ...earlier.answer, replayed: true };
}

async function announce(deps: InboundLeadDeps, team: Team, lead: Lead, possibleDuplicates: number[]) {
  try {
    await deps.announce?.({ team, lead, possibleDuplicates });
  } catch (failure) {
    // The lead is stored and the answer stands; a retry of the same request announces it again.
    deps.onAnnounceError?.(failure, lead);
  }
}
