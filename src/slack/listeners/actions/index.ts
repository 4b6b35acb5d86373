import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import * as leadOpen from './lead-open.action.js';
import * as needsAnalyze from './needs-analyze.action.js';
import * as needsOpen from './needs-open.action.js';

export function register(app: App, deps: AppDeps): void {
  leadOpen.register(app, deps);
  needsOpen.register(app, deps);
  needsAnalyze.register(app, deps);
}
