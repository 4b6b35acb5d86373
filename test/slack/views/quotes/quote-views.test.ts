import { describe, expect, it } from 'vitest';
import type { ApprovalRequest, ApprovalStep } from '../../../../src/features/approvals/approvals.types.js';
import type { Lead } from '../../../../src/features/leads/leads.types.js';
import { quoteApprovalDetails } from '../../../../src/features/quotes/quote-approval.js';
import type { QuoteBuilderState } from '../../../../src/features/quotes/quote-builder.usecases.js';
import type { Quote, QuoteLine, QuoteSummary } from '../../../../src/features/quotes/quote-records.js';
import { lineNetMinor } from '../../../../src/features/quotes/quote-totals.js';
import { translator } from '../../../../src/i18n/index.js';
import { buildStepMessage } from '../../../../src/slack/views/approvals/approval-message.js';
import { buildQuoteBuilder } from '../../../../src/slack/views/quotes/quote-builder-modal.js';
import { buildQuoteList } from '../../../../src/slack/views/quotes/quote-list.js';
import { buildQuoteMessage } from '../../../../src/slack/views/quotes/quote-message.js';
import { buildDeclineModal, buildPasteModal } from '../../../../src/slack/views/quotes/quote-modals.js';
import { dataBlockProblems } from '../../../helpers/fake-slack-data-blocks.js';
import { slackLimitViolations } from '../../../helpers/view-limits.js';

const LONG_ZH = '北京华为技术有限公司<!channel>&特别长的名字'.repeat(12);
/** A notice the app wrote (its parameters escaped already), as long as a Chinese one gets. */
const NOTICE = '北京华为技术有限公司&lt;!channel&gt;特别长的名字'.repeat(12);

/** Every mrkdwn text and message fallback in a view or message: where Slack would act on `<!channel>`. */
function mrkdwnTexts(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) mrkdwnTexts(item, found);
  else if (node && typeof node === 'object') {
    const element = node as { type?: unknown; text?: unknown };
    if (element.type === 'mrkdwn' && typeof element.text === 'string') found.push(element.text);
    for (const value of Object.values(node)) mrkdwnTexts(value, found);
  }
  return found;
}
const pinged = (view: object & { text?: string }) =>
  [...mrkdwnTexts(view), view.text ?? ''].filter((text) => text.includes('<!channel>'));

function quote(overrides: Partial<Quote> = {}): Quote {
  return {
    id: 7,
    teamId: 'T1',
    number: 'BJ-2026-0042',
    year: 2026,
    seq: 42,
    leadId: 3,
    ownerUserId: 'U_REP',
    priceListId: 1,
    currency: 'CNY',
    status: 'draft',
    currentVersion: 12,
    validUntil: '2027-01-06',
    paymentTerms: LONG_ZH.slice(0, 500),
    deliveryTime: LONG_ZH.slice(0, 200),
    discountBp: 550,
    language: 'zh-CN',
    approvalRequestId: null,
    declineReason: LONG_ZH.slice(0, 500),
    sentAt: null,
    decidedAt: null,
    version: 999,
    createdByUserId: 'U_REP',
    createdAt: new Date('2026-12-07T02:00:00Z'),
    updatedAt: new Date('2026-12-07T02:00:00Z'),
    ...overrides,
  };
}

const lines: QuoteLine[] = Array.from({ length: 200 }, (_, index) => {
  const line = { quantityMilli: 1_234_567, unitPriceMinor: 99_999_999, discountBp: index % 40 };
  return {
    id: index + 1,
    teamId: 'T1',
    quoteId: 7,
    position: index + 1,
    productId: index + 1,
    sku: `SKU-${'长'.repeat(30)}-${index}`,
    description: LONG_ZH.slice(0, 300),
    unit: '台'.repeat(20),
    ...line,
    taxRateBp: 1300,
    netMinor: lineNetMinor(line),
    listPriceMinor: 120_000_000,
    floorPriceMinor: 100_000_000,
  };
});

const lead = { id: 3, companyName: LONG_ZH } as Lead;
const state: QuoteBuilderState = {
  quote: quote(),
  lines,
  lead,
  priceLists: Array.from({ length: 100 }, (_, i) => ({
    id: i + 1,
    name: `${LONG_ZH}${i}`,
    kind: 'standard' as const,
    currency: 'CNY',
    isDefault: i === 0,
  })),
};

describe.each(['en', 'zh-CN'] as const)('quote views in %s with the largest data', (locale) => {
  const t = translator(locale);

  it('the builder of a 200-line quote stays within a modal’s limits on every page, and escapes the company', () => {
    for (const page of [0, 3, 7]) {
      const view = buildQuoteBuilder({ state, page, t, notice: NOTICE });
      expect(slackLimitViolations(view, 'modal')).toEqual([]);
      expect(pinged(view)).toEqual([]);
    }
    const last = JSON.stringify(buildQuoteBuilder({ state, page: 7, t }));
    expect(last).toContain('SKU-');
    expect(last).toContain(t('quotes.builder.full', { max: 200 }));
  });

  it('a read-only builder (waiting for approval) offers no inputs and no save', () => {
    const view = buildQuoteBuilder({
      state: { ...state, quote: quote({ status: 'pending_approval' }) },
      page: 0,
      t,
    });
    expect(view.submit).toBeUndefined();
    expect(JSON.stringify(view.blocks)).not.toContain('"type":"input"');
  });

  it('the approver’s message for a 200-line quote below its floor fits one message and escapes names', () => {
    const details = quoteApprovalDetails({ ...quote(), id: 7 }, lines);
    const message = buildStepMessage({
      request: {
        id: 9,
        kind: 'quote',
        requesterUserId: 'U_REP',
        details,
        stepCount: 2,
        revision: 1,
      } as ApprovalRequest,
      step: {
        requestId: 9,
        revision: 1,
        step: 1,
        status: 'pending',
        role: 'manager',
        approverUserId: 'U_MGR',
      } as ApprovalStep,
      lead,
      t,
      locale,
    });
    expect(slackLimitViolations(message, 'message')).toEqual([]);
    expect(pinged(message)).toEqual([]);
    const [before = ''] = t('quotes.approval.moreLines').split('{count}');
    expect(JSON.stringify(message.blocks)).toContain(before);
    expect(JSON.stringify(message.blocks)).toContain(t('quotes.approval.belowFloor'));
  });

  it('the quote message, the list of 60 of 61 (one data table) and the paste and decline forms stay within their limits', () => {
    for (const status of ['draft', 'approved', 'sent', 'accepted', 'declined', 'expired'] as const) {
      const message = buildQuoteMessage({
        summary: { quote: quote({ status }), companyName: LONG_ZH, totalMinor: 1e15 },
        t,
        note: NOTICE,
      });
      expect(slackLimitViolations(message, 'message')).toEqual([]);
      expect(pinged(message)).toEqual([]);
    }
    const summaries: QuoteSummary[] = Array.from({ length: 60 }, () => ({
      quote: quote(),
      companyName: LONG_ZH,
      totalMinor: 1e15,
      lineCount: 200,
    }));
    const list = buildQuoteList({ summaries, total: 61, t });
    expect(slackLimitViolations(list, 'message')).toEqual([]);
    expect(dataBlockProblems(list.blocks, '/blocks', 'message')).toEqual([]);
    expect(JSON.stringify(list.blocks)).toContain(
      JSON.stringify(t('lists.quotes.shown', { shown: 60, total: 61 })).slice(1, -1),
    );
    expect(list.text.length).toBeLessThanOrEqual(3000);
    expect(pinged(list)).toEqual([]);
    const metadata = { quoteId: 7, version: 999, builderViewId: 'V123456789' };
    expect(slackLimitViolations(buildPasteModal({ metadata, t }), 'modal')).toEqual([]);
    expect(slackLimitViolations(buildDeclineModal({ metadata, number: 'BJ-2026-0042', t }), 'modal')).toEqual(
      [],
    );
  });
});
