import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import * as approvalPolicy from './approval-policy.view.js';
import * as approvalReason from './approval-reason.view.js';
import * as approvalRequest from './approval-request.view.js';
import * as contractForms from './contract-forms.view.js';
import * as editLead from './edit-lead.view.js';
import * as financeSettings from './finance-settings.view.js';
import * as invoiceIssue from './invoice-issue.view.js';
import * as logActivity from './log-activity.view.js';
import * as markLost from './mark-lost.view.js';
import * as markWon from './mark-won.view.js';
import * as needsSave from './needs-save.view.js';
import * as newLead from './new-lead.view.js';
import * as paymentReason from './payment-reason.view.js';
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
  contractForms.register(app, deps);
  paymentReason.register(app, deps);
  invoiceIssue.register(app, deps);
  financeSettings.register(app, deps);
}
