import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import * as appHomeOpened from './app-home-opened.event.js';
import * as importFileShared from './import-file-shared.event.js';

export function register(app: App, deps: AppDeps): void {
  appHomeOpened.register(app, deps);
  importFileShared.register(app, deps);
}
