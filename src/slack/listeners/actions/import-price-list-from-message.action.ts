import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { ACTIONS } from '../../ids.js';
import { registerSharedFilePreview } from '../../imports/preview-shared-file.js';

/** "Import as price list" under a file sent to the bot in a DM: the file previewed for the default price list. */
export function register(app: App, deps: AppDeps): void {
  registerSharedFilePreview(app, deps, ACTIONS.importPriceListFromMessage, 'products');
}
