import { describe, expect, it } from 'vitest';
import type { MergePreview } from '../../../../src/features/customers/customer-merge.usecases.js';
import type { Customer } from '../../../../src/features/customers/customers.types.js';
import { translator } from '../../../../src/i18n/index.js';
import {
  decodeMergeButton,
  parseMergeCommand,
} from '../../../../src/slack/customers/customer-merge-values.js';
import { ACTIONS } from '../../../../src/slack/ids.js';
import { buildMergePreview } from '../../../../src/slack/views/customers/customer-merge-preview.js';
import { slackLimitViolations } from '../../../helpers/view-limits.js';

const HOSTILE = '<!channel> & Sons <https://evil.test|click>';
const customer = (id: number, version: number): Customer => ({
  id,
  teamId: 'T1',
  kind: 'company',
  name: `${HOSTILE} ${'长'.repeat(400)}`,
  ownerUserId: 'U_REP',
  industry: null,
  notes: null,
  mergedIntoId: null,
  version,
  createdAt: new Date('2026-12-01T00:00:00Z'),
});
const preview: MergePreview = {
  kept: customer(12, 3),
  merged: customer(34, 7),
  counts: { leads: 40, contracts: 9, contactsMoved: 5, contactsCollapsed: 2 },
  money: ['CNY', 'USD', 'EUR'].map((currency) => ({
    currency,
    contractedMinor: 48_000_000,
    collectedMinor: 34_000_000,
    outstandingMinor: 14_000_000,
  })),
};

describe('the merge preview', () => {
  for (const locale of ['en', 'zh-CN'] as const)
    it(`stays within Slack's limits, escapes names and lists money per currency (${locale})`, () => {
      const message = buildMergePreview(preview, translator(locale));
      expect(slackLimitViolations(message, 'message')).toEqual([]);
      expect(JSON.stringify(message)).not.toMatch(/<!channel>|<https:\/\/evil/);
      expect(JSON.stringify(message).match(/48(0,000|0000)\.00/g)).toHaveLength(3);
    });

  it('its Merge button carries back the pair and what the preview saw', () => {
    const message = buildMergePreview(preview, translator('en'));
    const button = message.blocks
      .flatMap((b) => ('elements' in b ? (b.elements as { action_id?: string; value?: string }[]) : []))
      .find((e) => e.action_id === ACTIONS.customerMergeConfirm);
    expect(decodeMergeButton(button?.value)).toEqual({
      keptId: 12,
      mergedId: 34,
      keptVersion: 3,
      mergedVersion: 7,
      leads: 40,
      contactsMoved: 5,
      contactsCollapsed: 2,
    });
    expect(decodeMergeButton('{"k":12}')).toBeUndefined();
  });

  it('reads `merge #12 #34` and 合并 12 34; anything short of two numbers is the usage', () => {
    expect(parseMergeCommand('merge #12 #34')).toEqual({ keptId: 12, mergedId: 34 });
    expect(parseMergeCommand('合并 12 34')).toEqual({ keptId: 12, mergedId: 34 });
    expect(parseMergeCommand('merge #12')).toBe('usage');
    expect(parseMergeCommand('merge acme #34')).toBe('usage');
    expect(parseMergeCommand('mergers inc')).toBeUndefined();
  });
});
