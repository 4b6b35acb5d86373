import { describe, expect, it } from 'vitest';
import type { ApprovalRequest, ApprovalStep } from '../../../../src/features/approvals/approvals.types.js';
import { DEFAULT_POLICY } from '../../../../src/features/approvals/approvals.types.js';
import { translator } from '../../../../src/i18n/index.js';
import { ACTIONS } from '../../../../src/slack/ids.js';
import { SLACK_LIMITS } from '../../../../src/slack/limits.js';
import {
  buildCounterOfferModal,
  buildReasonModal,
} from '../../../../src/slack/views/approvals/approval-decision-modals.js';
import {
  buildStepMessage,
  parseStepButtonValue,
} from '../../../../src/slack/views/approvals/approval-message.js';
import { buildPolicyModal } from '../../../../src/slack/views/approvals/approval-policy-modal.js';
import {
  buildContractModal,
  buildDiscountModal,
} from '../../../../src/slack/views/approvals/approval-request-modal.js';

const long = 'x'.repeat(5000);
const request: ApprovalRequest = {
  id: 7,
  teamId: 'T1',
  leadId: 42,
  kind: 'discount',
  requesterUserId: 'U_REP',
  revision: 1,
  status: 'pending',
  currentStep: 1,
  stepCount: 2,
  details: {
    kind: 'discount',
    percent: 12,
    targetPrice: null,
    listPrice: null,
    justification: `<!channel> ${long}`,
    expiresOn: null,
  },
  channelId: 'C1',
  threadTs: '1.1',
  messageTs: '1.2',
  createdAt: new Date('2026-03-02T02:00:00Z'),
  updatedAt: new Date('2026-03-02T02:00:00Z'),
};
const step: ApprovalStep = {
  id: 1,
  teamId: 'T1',
  requestId: 7,
  revision: 1,
  step: 1,
  role: 'manager',
  approverUserId: 'U_MGR',
  status: 'pending',
  decidedByUserId: null,
  decidedAt: null,
  comment: null,
  via: null,
  approvedValue: null,
  activatedAt: new Date('2026-03-02T02:00:00Z'),
  messageChannelId: 'C1',
  messageTs: '1.2',
  remindedAt: null,
  escalatedAt: null,
  escalatedToUserId: null,
  createdAt: new Date('2026-03-02T02:00:00Z'),
};
const lead = { id: 42, companyName: '<@U_EVIL> Corp' };

describe.each(['en', 'zh-CN'] as const)('approval views (%s)', (locale) => {
  const t = translator(locale);

  it('a pending step message mentions the approver, escapes user text and stays within Slack limits', () => {
    const message = buildStepMessage({ request, step, lead, t, locale });
    const json = JSON.stringify(message.blocks);
    expect(json).toContain('<@U_MGR>');
    expect(json).not.toContain('<!channel>');
    expect(json).not.toContain('<@U_EVIL>');
    expect(json).toContain(ACTIONS.approvalApproveAt);
    for (const block of message.blocks)
      if (block.type === 'section' && block.text)
        expect(block.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
  });

  it('a decided step message has no buttons and shows who decided, with the comment escaped', () => {
    const decided = {
      ...step,
      status: 'rejected' as const,
      decidedByUserId: 'U_MGR',
      decidedAt: new Date('2026-03-02T03:00:00Z'),
      comment: '<!here> no',
      via: 'approver' as const,
    };
    const json = JSON.stringify(buildStepMessage({ request, step: decided, lead, t, locale }).blocks);
    expect(json).not.toContain(ACTIONS.approvalApprove);
    expect(json).toContain('&lt;!here&gt; no');
  });

  it('modals respect title, block and metadata limits', () => {
    const modals = [
      buildDiscountModal({ values: {}, leadLine: '#1', routeLine: 'r', metadata: '{}', t }),
      buildContractModal({ values: {}, leadLine: '#1', routeLine: 'r', metadata: '{}', t }),
      buildReasonModal({ decision: 'reject', metadata: '{}', t }),
      buildCounterOfferModal({ askedPercent: 12, metadata: '{}', t }),
      buildPolicyModal({ policy: DEFAULT_POLICY, currency: 'CNY', t }),
    ];
    for (const modal of modals) {
      expect(modal.title.text.length).toBeLessThanOrEqual(SLACK_LIMITS.modalTitle);
      expect(modal.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.modalBlocks);
      expect((modal.submit?.text ?? '').length).toBeLessThanOrEqual(SLACK_LIMITS.modalButton);
    }
  });
});

it('a button value names the step and nothing else; anything malformed is ignored', () => {
  expect(parseStepButtonValue('7:2:1')).toEqual({ requestId: 7, revision: 2, step: 1 });
  expect(parseStepButtonValue('7:2')).toBeUndefined();
  expect(parseStepButtonValue('U_MGR:1:1')).toBeUndefined();
});
