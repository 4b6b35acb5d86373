import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../deps.js';
import type { SlackProfile } from '../../features/team/team.types.js';
import { resolveActor } from '../../features/team/team.usecases.js';
import { translator } from '../../i18n/index.js';
import type { Logger } from '../../logger.js';
import { answerUnavailable } from './answer-unavailable.js';

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
 * The longest a request waits for users.info. The middleware runs before the listener acks, and Slack gives up
 * on an ack after 3 s; a rate-limited (Retry-After) or hanging users.info must not cost the user their request.
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
 * Identity comes only from the signed payload; role, language and time zone come from our database.
 * Requests without a user (some events) pass through without an actor.
 */
export function actorContextMiddleware(
  deps: Pick<AppDeps, 'teams' | 'clock'>,
): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const { body, context, client, next } = args;
    const { teamId, userId } = identityFromBody(body);
    if (teamId && userId) {
      const log = context.log as Logger;
      let resolved: Awaited<ReturnType<typeof resolveActor>>;
      try {
        resolved = await resolveActor({
          teams: deps.teams,
          clock: deps.clock,
          teamId,
          userId,
          // On timeout the cached profile (or the defaults) serves this request; a later one refreshes it.
          fetchProfile: (id) => withinBudget(fetchSlackProfile(client, id), PROFILE_FETCH_BUDGET_MS),
          onProfileError: (error) => log.warn({ err: error }, 'users.info failed; using the cached profile'),
        });
      } catch (error) {
        // Without the database we know neither the user's role nor their language: answer in both, at once.
        log.error({ err: error }, 'could not load the caller; answering "try again"');
        await answerUnavailable(args);
        return;
      }
      context.actor = resolved.actor;
      context.team = resolved.team;
      context.t = translator(resolved.actor.locale);
    }
    await next();
  };
}
