import { describe, expect, it } from 'vitest';
import type { CustomerDeal } from '../../../../src/features/customers/customers.types.js';
import type { CustomerCard } from '../../../../src/features/customers/customers.usecases.js';
import { translator } from '../../../../src/i18n/index.js';
import { ACTIONS } from '../../../../src/slack/ids.js';
import {
  buildCustomerCard,
  buildCustomerSearchReply,
} from '../../../../src/slack/views/customers/customer-card.js';
import { slackLimitViolations } from '../../../helpers/view-limits.js';

const HOSTILE = '<!channel> & Sons <https://evil.test|click>';
const deal = (leadId: number, stage: CustomerDeal['stage']): CustomerDeal => ({
  leadId,
  companyName: `${HOSTILE} ${'长'.repeat(150)}`,
  ownerUserId: 'U_REP',
  stage,
  estimatedValue: 123456.78,
  wonAmount: stage === 'won' ? 99999.99 : null,
  currency: 'CNY',
});
/** As large as the use case lets a card be: 20 contacts, 10 open and 10 won deals, 10 contracts, 5 look-alikes. */
const fullCard: CustomerCard = {
  customer: {
    id: 7,
    teamId: 'T1',
    kind: 'company',
    name: HOSTILE,
    ownerUserId: 'U_REP',
    industry: HOSTILE,
    notes: null,
    mergedIntoId: null,
    version: 1,
    createdAt: new Date('2026-12-01T00:00:00Z'),
  },
  contacts: Array.from({ length: 20 }, (_, i) => ({
    id: i,
    name: `${HOSTILE} ${i}`,
    title: 'x'.repeat(200),
    phone: '+86 139 0000 1111',
    email: 'a@b.test',
  })),
  openDeals: Array.from({ length: 10 }, (_, i) => deal(i + 1, 'proposal')),
  wonDeals: Array.from({ length: 10 }, (_, i) => deal(i + 100, 'won')),
  contracts: Array.from({ length: 10 }, (_, i) => ({
    id: i,
    number: `HT-2026-${i}`,
    status: 'delivering',
    amountMinor: 48000000,
    collectedMinor: 34000000,
    currency: 'CNY',
  })),
  money: [
    { currency: 'CNY', contractedMinor: 48000000, collectedMinor: 34000000, outstandingMinor: 14000000 },
  ],
  lookAlikes: Array.from({ length: 5 }, (_, i) => deal(i + 200, 'new')),
};

describe('the customer card', () => {
  for (const locale of ['en', 'zh-CN'] as const)
    it(`at its largest it stays within Slack's limits and escapes user text (${locale})`, () => {
      const card = buildCustomerCard(fullCard, { t: translator(locale), locale });
      expect(slackLimitViolations(card, 'message')).toEqual([]);
      // Every mrkdwn text escapes the name (the header is plain_text, where Slack parses no mention).
      const mrkdwnTexts: string[] = [];
      JSON.stringify(card.blocks, (_key, value: { type?: string; text?: string }) => {
        if (value?.type === 'mrkdwn' && typeof value.text === 'string') mrkdwnTexts.push(value.text);
        return value;
      });
      expect(mrkdwnTexts.length).toBeGreaterThan(5);
      for (const text of mrkdwnTexts) expect(text).not.toMatch(/<!channel>|<https:\/\/evil/);
      expect(card.text).toContain('&lt;!channel&gt;');
      const confirms = card.blocks.filter(
        (b) =>
          'accessory' in b &&
          (b.accessory as { action_id?: string }).action_id === ACTIONS.customerConfirmLead,
      );
      expect(confirms).toHaveLength(5);
    });

  it('says outstanding money per currency, as the ledger has it', () => {
    const card = buildCustomerCard(fullCard, { t: translator('en'), locale: 'en' });
    expect(JSON.stringify(card)).toMatch(
      /CNY: contracted .*480,000\.00 · collected .*340,000\.00 · outstanding .*140,000\.00/,
    );
  });

  it('a list of matches escapes names and says how many more there are', () => {
    const reply = buildCustomerSearchReply(
      { customers: [{ id: 1, name: HOSTILE, ownerUserId: 'U_A' }], total: 14 },
      '<!here>',
      translator('en'),
    );
    expect(JSON.stringify(reply)).not.toMatch(/<!channel>|<!here>/);
    expect(JSON.stringify(reply)).toContain('13 more');
  });
});
