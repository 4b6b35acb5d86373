import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { INBOUND_TOKEN_PREFIX } from './inbound.types.js';

/*
 * The team's inbound secret. The token has a public key id (to find the team) and 32 random bytes (the secret).
 * Only the SHA-256 of the secret is stored: it has 256 bits of entropy, so a slow password hash would add nothing,
 * and a stolen database row does not let anyone post leads.
 */

export function newInboundToken(): { token: string; keyId: string; secretHash: string } {
  const keyId = randomBytes(9).toString('base64url');
  const secret = randomBytes(32).toString('base64url');
  return { token: `${INBOUND_TOKEN_PREFIX}${keyId}_${secret}`, keyId, secretHash: hashSecret(secret) };
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** `sfin_<keyId>_<secret>` → its parts; null when it does not have that shape. */
export function parseInboundToken(token: string): { keyId: string; secret: string } | null {
  const match = /^sfin_([A-Za-z0-9_-]{12})_([A-Za-z0-9_-]{43})$/.exec(token);
  return match?.[1] && match[2] ? { keyId: match[1], secret: match[2] } : null;
}

/** Constant-time comparison of the presented secret with the stored hash (both hashes are 32 bytes). */
export function secretMatches(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}

/** The hash an idempotency key is bound to: the body's JSON with keys sorted, so key order and spacing do not matter. */
export function requestHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body), 'utf8').digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
