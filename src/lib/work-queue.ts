import { AppError } from './errors.js';

/** The queue is full: the work was refused rather than left to wait for ever. */
export class QueueFullError extends AppError {
  constructor(waiting: number) {
    super('busy', `${waiting} requests are already waiting`, { messageKey: 'common.busy' });
    this.name = 'QueueFullError';
  }
}

export interface WorkQueue {
  /**
   * Runs `work` when one of the queue's slots is free. `urgent` work (a modal to open while its trigger_id is
   * still valid) goes ahead of the rest of the line; it still waits for a free slot.
   */
  run<T>(work: () => Promise<T>, options?: { urgent?: boolean }): Promise<T>;
  /** Resolves once nothing is running or waiting (tests; a graceful stop). */
  idle(): Promise<void>;
  readonly active: number;
  readonly waiting: number;
  /** The next `run` would be refused. */
  readonly full: boolean;
}

/**
 * Bounded concurrency for the work done after Slack was acknowledged. A burst of requests queues here instead of
 * starting hundreds of database round trips at once: the pool is never exhausted, and the event loop stays free
 * to acknowledge the next requests within Slack's 3 seconds.
 */
export function createWorkQueue(options: { concurrency: number; maxWaiting: number }): WorkQueue {
  const urgentLine: (() => void)[] = [];
  const line: (() => void)[] = [];
  const waiting = () => urgentLine.length + line.length;
  const full = () => waiting() >= options.maxWaiting;
  let active = 0;
  let idleWaiters: (() => void)[] = [];

  const settleIdle = () => {
    if (active > 0 || waiting() > 0) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };

  const next = () => {
    while (active < options.concurrency && waiting() > 0) (urgentLine.shift() ?? line.shift())?.();
    settleIdle();
  };

  return {
    run<T>(work: () => Promise<T>, runOptions: { urgent?: boolean } = {}): Promise<T> {
      if (full()) return Promise.reject(new QueueFullError(waiting()));
      return new Promise<T>((resolve, reject) => {
        const start = () => {
          active++;
          work()
            .then(resolve, reject)
            .finally(() => {
              active--;
              next();
            });
        };
        (runOptions.urgent ? urgentLine : line).push(start);
        next();
      });
    },
    idle() {
      if (active === 0 && waiting() === 0) return Promise.resolve();
      return new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
    get active() {
      return active;
    },
    get waiting() {
      return waiting();
    },
    get full() {
      return full();
    },
  };
}
