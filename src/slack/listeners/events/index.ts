import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import * as appHomeOpened from './app-home-opened.event.js';
import * as importFileDm from './import-file-dm.event.js';

export function register(app: App, deps: AppDeps): void {
  appHomeOpened.register(app, deps);
  importFileDm.register(app, deps);
}
