import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import * as approvalPolicy from './approval-policy.view.js';
import * as approvalReason from './approval-reason.view.js';
import * as approvalRequest from './approval-request.view.js';
import * as dailyPlan from './daily-plan.view.js';
import * as editLead from './edit-lead.view.js';
import * as importPreview from './import-preview.view.js';
import * as importUpload from './import-upload.view.js';
import * as logActivity from './log-activity.view.js';
import * as markLost from './mark-lost.view.js';
import * as markWon from './mark-won.view.js';
import * as needsSave from './needs-save.view.js';
import * as newLead from './new-lead.view.js';
import * as setFollowUp from './set-follow-up.view.js';
import * as teamSettings from './team-settings.view.js';

export function register(app: App, deps: AppDeps): void {
  newLead.register(app, deps);
  needsSave.register(app, deps);
  editLead.register(app, deps);
  logActivity.register(app, deps);
  setFollowUp.register(app, deps);
  markWon.register(app, deps);
  markLost.register(app, deps);
  teamSettings.register(app, deps);
  approvalRequest.register(app, deps);
  approvalReason.register(app, deps);
  approvalPolicy.register(app, deps);
  dailyPlan.register(app, deps);
  importUpload.register(app, deps);
  importPreview.register(app, deps);
}
