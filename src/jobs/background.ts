import type { AppDeps } from '../deps.js';
import { reportChannelUnreachable } from '../slack/team/channel-reach.js';
import type { BackgroundJob } from './background-job.js';
import { createHomeRefresher } from './home-refresher.js';
import { createOutboxWorker, type OutboxWorker } from './outbox.js';
import { createOutboxClient, unreachableChannelOf } from './outbox-sender.js';
import { createScheduler } from './scheduler.js';
import { createScheduledTasks } from './tasks.js';

/**
 * The production background work. The outbox worker and the Home refresher always run, because request handlers
 * enqueue messages and mark Homes stale too; the scheduler runs where SCHEDULER_ENABLED is true (every instance
 * may run it: claims are exclusive).
 */
export function createBackgroundJobs(deps: AppDeps): BackgroundJob[] {
  const worker = createAppOutboxWorker(deps);
  // Home tabs are marked stale by request handlers too: the refresher runs wherever the outbox worker does.
  const homes = createHomeRefresher({ deps, client: createOutboxClient(deps.config, deps.logger) });
  if (!deps.config.schedulerEnabled) return [worker, homes];
  const scheduler = createScheduler({
    deps,
    tasks: createScheduledTasks(deps),
    onRunsPerformed: () => worker.wake(),
  });
  return [scheduler, worker, homes];
}

/**
 * The outbox worker as the app runs it. A post its channel refuses for good (a private channel the bot was not
 * invited to, an archived one) is reported to the team's admins; the notices go through the outbox too, keyed
 * per admin, channel and day, so each admin hears of a channel once a day however many posts bounce.
 */
export function createAppOutboxWorker(deps: AppDeps): OutboxWorker {
  const log = deps.logger.child({ source: 'outbox' });
  return createOutboxWorker({
    deps,
    client: createOutboxClient(deps.config, deps.logger),
    onPermanentFailure: async (row, error) => {
      const channelId = unreachableChannelOf(row, error);
      if (channelId)
        await reportChannelUnreachable(deps, { teamId: row.teamId, channelId, reason: error, log });
    },
  });
}
