import type { App } from '@slack/bolt';
import type { AppDeps } from '../../deps.js';
import * as actions from './actions/index.js';
import * as commands from './commands/index.js';
import * as events from './events/index.js';
import * as shortcuts from './shortcuts/index.js';
import * as views from './views/index.js';

/** Each folder registers its own listeners; one listener per file. */
export function registerListeners(app: App, deps: AppDeps): void {
  commands.register(app, deps);
  actions.register(app, deps);
  views.register(app, deps);
  shortcuts.register(app, deps);
  events.register(app, deps);
}
