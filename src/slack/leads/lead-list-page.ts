import { z } from 'zod';
import { decodeJson } from '../json-codec.js';
import { SLACK_LIMITS } from '../limits.js';

/** A lead list's page button: the `/lead` text that made the list, and the page to show. */
const pageValue = z.object({ q: z.string(), p: z.number().int().nonnegative() });

export function encodeListPage(query: string, page: number): string {
  // Cut the query, not the JSON, so a very long search still gives a value that reads back.
  let q = query;
  while (JSON.stringify({ q, p: page }).length > SLACK_LIMITS.buttonValue) q = q.slice(0, -50);
  return JSON.stringify({ q, p: page });
}

export function decodeListPage(raw: string | undefined): { query: string; page: number } | undefined {
  const value = decodeJson(pageValue, raw);
  return value && { query: value.q, page: value.p };
}
