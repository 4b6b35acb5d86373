import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../deps.js';
import {
  claimDueHomes,
  DEFAULT_REFRESH_POLICY,
  homeViewer,
  type PublishOutcome,
  type RefreshPolicy,
  settleHomePublish,
} from '../features/home/home-refresh.usecases.js';
import type { ClaimedHome } from '../features/home/home-views.repository.js';
import { publishHome } from '../slack/home/publish-home.js';
import type { BackgroundJob } from './background-job.js';
import { classifyFailure } from './outbox-sender.js';

/** Slack's answers meaning the user will never see a Home again: their row is dropped. */
const GONE_ERRORS = new Set(['user_not_found', 'account_inactive', 'user_disabled']);

export interface RefreshReport {
  claimed: number;
  published: number;
  rateLimited: number;
  gone: number;
  failed: number;
}

export interface HomeRefresher extends BackgroundJob {
  /** One pass at `now` (the clock's by default): claims the due Homes and publishes each. Passes never overlap. */
  refreshOnce(now?: Date): Promise<RefreshReport>;
}

/**
 * Re-publishes stale Home tabs, debounced: a Home marked stale (src/features/home/home-refresh.usecases.ts) is
 * published once its first change is `debounceMs` old and its last publish too, so a burst of changes costs one
 * views.publish per person. Claims are one statement in Postgres (any number of instances), bounded per pass and
 * per minute below views.publish's Tier 4; a 429 pauses this refresher until Retry-After and makes the Home due
 * again then. Runs beside the request path: no ack ever waits for it.
 */
export function createHomeRefresher(input: {
  deps: AppDeps;
  client: WebClient;
  policy?: Partial<RefreshPolicy>;
  pollIntervalMs?: number;
}): HomeRefresher {
  const { deps, client } = input;
  const policy = { ...DEFAULT_REFRESH_POLICY, ...input.policy };
  const pollIntervalMs = input.pollIntervalMs ?? 5000;
  const log = deps.logger.child({ source: 'home-refresher' });
  let pausedUntil = 0;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<RefreshReport> = Promise.resolve(emptyReport());
  let stopping = false;

  async function publishOne(home: ClaimedHome): Promise<PublishOutcome> {
    try {
      const viewer = await homeViewer({ ...deps, teamId: home.teamId, userId: home.userId });
      if (!viewer) return { kind: 'gone' };
      await publishHome({ deps, client, ...viewer });
      return { kind: 'published' };
    } catch (error) {
      const failure = classifyFailure(error);
      if (failure.kind === 'rate_limited') {
        const retryAt = new Date(deps.clock.now().getTime() + failure.retryAfterSeconds * 1000);
        pausedUntil = Math.max(pausedUntil, retryAt.getTime());
        log.warn({ retryAfter: failure.retryAfterSeconds }, 'views.publish rate limited; waiting');
        return { kind: 'rateLimited', retryAt };
      }
      if (failure.kind === 'permanent' && GONE_ERRORS.has(failure.error)) return { kind: 'gone' };
      log.warn({ err: error, teamId: home.teamId, userId: home.userId }, 'could not re-publish a Home');
      return { kind: 'failed' };
    }
  }

  async function pass(now: Date): Promise<RefreshReport> {
    const report = emptyReport();
    if (stopping || now.getTime() < pausedUntil) return report;
    const homes = await claimDueHomes({ ...deps, now, policy });
    report.claimed = homes.length;
    for (const home of homes) {
      // Paused by a 429 (or stopping): the rest go back, due again at once, uncounted.
      const outcome: PublishOutcome =
        stopping || deps.clock.now().getTime() < pausedUntil
          ? { kind: 'rateLimited', retryAt: new Date(Math.max(pausedUntil, now.getTime())) }
          : await publishOne(home);
      report[outcome.kind] += 1;
      await settleHomePublish({ ...deps, home, outcome, policy }).catch((error: unknown) =>
        log.error({ err: error }, 'could not record a Home refresh'),
      );
    }
    return report;
  }

  return {
    refreshOnce(now) {
      const at = now ?? deps.clock.now();
      current = current.then(() =>
        pass(at).catch((error: unknown) => {
          log.error({ err: error }, 'Home refresh pass failed');
          return emptyReport();
        }),
      );
      return current;
    },
    start() {
      stopping = false;
      if (timer) return;
      timer = setInterval(() => void this.refreshOnce(), pollIntervalMs);
      timer.unref();
    },
    async stop() {
      stopping = true;
      if (timer) clearInterval(timer);
      timer = undefined;
      await current;
    },
  };
}

function emptyReport(): RefreshReport {
  return { claimed: 0, published: 0, rateLimited: 0, gone: 0, failed: 0 };
}
