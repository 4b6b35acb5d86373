import { createOutboxWorker } from '../../src/jobs/outbox.js';
import { createOutboxClient } from '../../src/jobs/outbox-sender.js';
import { createScheduler } from '../../src/jobs/scheduler.js';
import { createScheduledTasks } from '../../src/jobs/tasks.js';
import type { fixedClock } from '../../src/lib/clock.js';
import type { TestApp } from './e2e.js';

/**
 * Two app instances' schedulers with every scheduled task, and the outbox worker: `at(iso)` sets the clock, ticks
 * both at the same moment (each run must happen once), then lets the outbox send what they enqueued.
 */
export function twoInstances(
  app: TestApp,
  clock: ReturnType<typeof fixedClock>,
): { at: (iso: string) => Promise<void> } {
  const instances = ['one', 'two'].map((id) =>
    createScheduler({ deps: app.deps, tasks: createScheduledTasks(app.deps), instanceId: id }),
  );
  const worker = createOutboxWorker({
    deps: app.deps,
    client: createOutboxClient(app.deps.config, app.deps.logger),
    options: { channelIntervalMs: 0, backoffBaseMs: 0 },
  });
  return {
    async at(iso) {
      const now = new Date(iso);
      clock.set(now);
      await Promise.all(instances.map((scheduler) => scheduler.tick(now)));
      for (let pass = 0; pass < 5; pass++) if ((await worker.drainUntilIdle()).claimed === 0) break;
    },
  };
}
