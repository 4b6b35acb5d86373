import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import * as lead from './lead.command.js';

export function register(app: App, deps: AppDeps): void {
  lead.register(app, deps);
}
