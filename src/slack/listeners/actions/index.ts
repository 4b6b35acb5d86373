import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import * as followUpDone from './follow-up-done.action.js';
import * as followUpPick from './follow-up-pick.action.js';
import * as followUpSnooze from './follow-up-snooze.action.js';
import * as homeNewLead from './home-new-lead.action.js';
import * as leadChangeStage from './lead-change-stage.action.js';
import * as leadEdit from './lead-edit.action.js';
import * as leadLogActivity from './lead-log-activity.action.js';
import * as leadMarkLost from './lead-mark-lost.action.js';
import * as leadMarkWon from './lead-mark-won.action.js';
import * as leadOpen from './lead-open.action.js';
import * as leadSetFollowUp from './lead-set-follow-up.action.js';
import * as needsAnalyze from './needs-analyze.action.js';
import * as needsOpen from './needs-open.action.js';

export function register(app: App, deps: AppDeps): void {
  leadOpen.register(app, deps);
  leadChangeStage.register(app, deps);
  leadLogActivity.register(app, deps);
  leadSetFollowUp.register(app, deps);
  leadEdit.register(app, deps);
  leadMarkWon.register(app, deps);
  leadMarkLost.register(app, deps);
  homeNewLead.register(app, deps);
  followUpDone.register(app, deps);
  followUpSnooze.register(app, deps);
  followUpPick.register(app, deps);
  needsOpen.register(app, deps);
  needsAnalyze.register(app, deps);
}
