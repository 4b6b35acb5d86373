import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { ACTIONS } from '../../ids.js';
import { registerSharedFilePreview } from '../../imports/preview-shared-file.js';

/** "Preview import" under a file sent to the bot in a DM: the file previewed as leads. */
export function register(app: App, deps: AppDeps): void {
  registerSharedFilePreview(app, deps, ACTIONS.importFromMessage, 'leads');
}
