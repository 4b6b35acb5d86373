import type { AppDeps } from '../deps.js';
import type { ScheduledTask } from './scheduler.types.js';

/**
 * Every feature's scheduled work, in one list the composition root hands to the scheduler. Add one line per
 * task: `createXTask(deps)`.
 */
export function createScheduledTasks(_deps: AppDeps): ScheduledTask[] {
  return [];
}
