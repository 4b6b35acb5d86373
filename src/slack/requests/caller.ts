import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../deps.js';
import type { SlackProfile } from '../../features/team/team.types.js';
import { resolveActor } from '../../features/team/team.usecases.js';
import { translator } from '../../i18n/index.js';
import type { Logger } from '../../logger.js';
import type { RequestContext } from '../context.js';

export async function fetchSlackProfile(client: WebClient, userId: string): Promise<SlackProfile> {
  const { user } = await client.users.info({ user: userId, include_locale: true });
  return {
    displayName: user?.profile?.display_name || user?.real_name || user?.name || null,
    locale: user?.locale ?? null,
    timezone: user?.tz ?? null,
    isWorkspaceAdmin: Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner),
  };
}

/**
 * The longest a request waits for users.info (a profile is refreshed at most once a day). The request is already
 * acknowledged, but the user is waiting for the answer: a rate-limited or hanging users.info must not hold it.
 */
export const PROFILE_FETCH_BUDGET_MS = 1500;

function withinBudget<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`users.info took longer than ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

interface IdentityFields {
  team_id?: string;
  user_id?: string;
  team?: { id?: string } | null;
  user?: { id?: string; team_id?: string };
  event?: { user?: unknown };
}

/**
 * The caller's team and user, read from the signed body itself. Bolt's `context.teamId` comes from the
 * installation's auth.test; the user's own `team_id` is what keeps a guest from a shared channel out of our data.
 */
export function identityFromBody(body: unknown): { teamId?: string; userId?: string } {
  const fields = body as IdentityFields;
  const eventUser = typeof fields.event?.user === 'string' ? fields.event.user : undefined;
  return {
    teamId: fields.user?.team_id ?? fields.team?.id ?? fields.team_id,
    userId: fields.user?.id ?? fields.user_id ?? eventUser,
  };
}

/**
 * Who is calling and how to talk to them: identity from the signed payload, role, language and zone from our
 * database (through the team cache, so usually without a query). Runs after the ack.
 */
export async function resolveCaller(input: {
  deps: Pick<AppDeps, 'teams' | 'clock'>;
  body: unknown;
  client: WebClient;
  log: Logger;
  requestId: string;
}): Promise<RequestContext> {
  const { deps, client, log } = input;
  const { teamId, userId } = identityFromBody(input.body);
  if (!teamId || !userId) throw new Error('the payload names no team or user');
  const { actor, team } = await resolveActor({
    ...deps,
    teamId,
    userId,
    // On timeout the cached profile (or the defaults) serves this request; a later one refreshes it.
    fetchProfile: (id) => withinBudget(fetchSlackProfile(client, id), PROFILE_FETCH_BUDGET_MS),
    onProfileError: (error) => log.warn({ err: error }, 'users.info failed; using the cached profile'),
  });
  rememberLocale(teamId, userId, actor.locale);
  return { requestId: input.requestId, log, actor, team, t: translator(actor.locale) };
}

const MAX_REMEMBERED = 10_000;
const rememberedLocales = new Map<string, RequestContext['actor']['locale']>();

function rememberLocale(teamId: string, userId: string, locale: RequestContext['actor']['locale']): void {
  const key = `${teamId}:${userId}`;
  rememberedLocales.delete(key);
  if (rememberedLocales.size >= MAX_REMEMBERED)
    rememberedLocales.delete(rememberedLocales.keys().next().value as string);
  rememberedLocales.set(key, locale);
}

/** The caller's language as last seen on this instance, without any I/O (for answers given before the ack). */
export function rememberedLocale(body: unknown): RequestContext['actor']['locale'] | undefined {
  const { teamId, userId } = identityFromBody(body);
  return teamId && userId ? rememberedLocales.get(`${teamId}:${userId}`) : undefined;
}
