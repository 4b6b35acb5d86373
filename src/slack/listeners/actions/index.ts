import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import * as leadOpen from './lead-open.action.js';

export function register(app: App, deps: AppDeps): void {
  leadOpen.register(app, deps);
}
