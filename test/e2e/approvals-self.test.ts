import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS } from '../../src/slack/ids.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';
import {
  click,
  createLead,
  privateReply,
  requestDiscount,
  setUpOrg,
  waitingStep,
} from './approvals-helpers.js';

// An admin may decide anyone's step as an override, which is exactly why the requester rule must come first:
// without it an admin could approve their own discount.
describe.each(DRIVERS)('an admin may not decide their own request (%s)', (driver) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ driver });
    await setUpOrg(app);
    await app.deps.teams.updateMember(app.teamId, 'U_ADMIN', { role: 'admin', managerUserId: 'U_MGR' });
  });
  afterAll(() => app?.stop());

  it.each([
    ['Approve', ACTIONS.approvalApprove],
    ['Reject', ACTIONS.approvalReject],
  ])(
    'the admin requests a discount and clicks %s: refused, told why, nothing changes',
    async (_label, actionId) => {
      const lead = await createLead(app, 'U_ADMIN');
      await requestDiscount(app, 'U_ADMIN', lead.id, '12');
      const step = await waitingStep(app, lead.id, 1);
      expect(step.approverUserId).toBe('U_MGR');
      const updates = app.slack.callsTo('chat.update').length;
      const opened = app.slack.callsTo('views.open').length;

      const sent = await click(app, 'U_ADMIN', actionId, step);
      const reply = await privateReply(app, sent.responseId);

      expect(reply.body.response_type).toBe('ephemeral');
      expect(String(reply.body.text)).toBe(
        'You cannot decide your own request. Nothing was changed. It waits for its approver; to withdraw it, press *Cancel request* in the lead’s thread.',
      );
      const request = await app.deps.approvals.findRequest(app.teamId, step.requestId);
      expect(request?.status).toBe('pending');
      const steps = await app.deps.approvals.listSteps(app.teamId, step.requestId, step.revision);
      expect(steps.map((s) => [s.step, s.status, s.decidedByUserId])).toEqual([[1, 'pending', null]]);
      expect(app.slack.callsTo('chat.update').length).toBe(updates);
      expect(app.slack.callsTo('views.open').length).toBe(opened);
    },
  );
});
