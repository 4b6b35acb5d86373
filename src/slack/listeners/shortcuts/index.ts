import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import * as createLeadFromMessage from './create-lead-from-message.shortcut.js';

export function register(app: App, deps: AppDeps): void {
  createLeadFromMessage.register(app, deps);
}
