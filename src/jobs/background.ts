import type { AppDeps } from '../deps.js';
import type { BackgroundJob } from './background-job.js';
import { createOutboxWorker } from './outbox.js';
import { createOutboxClient } from './outbox-sender.js';
import { createScheduler } from './scheduler.js';
import { createScheduledTasks } from './tasks.js';

/**
 * The production background work. The outbox worker always runs, because request handlers enqueue messages
 * too; the scheduler runs where SCHEDULER_ENABLED is true (every instance may run it: claims are exclusive).
 */
export function createBackgroundJobs(deps: AppDeps): BackgroundJob[] {
  const worker = createOutboxWorker({ deps, client: createOutboxClient(deps.config, deps.logger) });
  if (!deps.config.schedulerEnabled) return [worker];
  const scheduler = createScheduler({
    deps,
    tasks: createScheduledTasks(deps),
    onRunsPerformed: () => worker.wake(),
  });
  return [scheduler, worker];
}
