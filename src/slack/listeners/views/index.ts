import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import * as needsSave from './needs-save.view.js';
import * as newLead from './new-lead.view.js';
import * as teamSettings from './team-settings.view.js';

export function register(app: App, deps: AppDeps): void {
  newLead.register(app, deps);
  needsSave.register(app, deps);
  teamSettings.register(app, deps);
}
