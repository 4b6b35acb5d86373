import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import type { Revisit } from '../../../../src/features/revisits/revisits.types.js';
import { translator } from '../../../../src/i18n/index.js';
import { BLOCKS } from '../../../../src/slack/ids.js';
import { morningWithRevisits } from '../../../../src/slack/views/revisits/revisit-messages.js';
import {
  buildLogRevisitModal,
  readLogRevisitForm,
} from '../../../../src/slack/views/revisits/revisit-modal.js';
import { slackLimitViolations } from '../../../helpers/view-limits.js';

const revisit = (id: number, name = 'Harbor <!channel> Pumps'): Revisit => ({
  id,
  teamId: 'T1',
  customerId: 3,
  customerName: name,
  contractId: 4,
  contractNumber: 'HT-2026-0004',
  ownerUserId: 'U_REP',
  daysAfterDelivery: 30,
  dueOn: '2026-04-10',
  outcome: null,
  note: null,
  loggedByUserId: null,
  loggedAt: null,
  version: 3,
});
const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });

describe.each(['en', 'zh-CN'] as const)('the revisit views (%s)', (locale) => {
  const t = translator(locale);

  it('the Log revisit form fits Slack’s limits, escapes the customer and carries the revisit’s version', () => {
    const view = buildLogRevisitModal({ revisit: revisit(7, `${'长'.repeat(3000)} <!channel>`), t });
    expect(slackLimitViolations(view, 'modal')).toEqual([]);
    expect(JSON.parse(view.private_metadata ?? '{}')).toEqual({ v: 7, n: 3 });
    const short = JSON.stringify(buildLogRevisitModal({ revisit: revisit(7), t }).blocks);
    expect(short).toContain('Harbor &lt;!channel&gt; Pumps');
    expect(short).not.toContain('<!channel>');
  });

  it('reads the ticked "start a deal" box and the outcome from the submitted state', () => {
    const form = readLogRevisitForm({
      [BLOCKS.revisitOutcome]: {
        [BLOCKS.revisitOutcome]: { type: 'static_select', selected_option: { value: 'new_need' } },
      },
      [BLOCKS.revisitNote]: { [BLOCKS.revisitNote]: { type: 'plain_text_input', value: 'a second line' } },
      [BLOCKS.revisitDealWanted]: {
        [BLOCKS.revisitDealWanted]: { type: 'checkboxes', selected_options: [{ value: 'yes' }] },
      },
    });
    expect(form).toEqual({ outcome: 'new_need', note: 'a second line', dealWanted: true });
  });

  it('the revisits join the morning DM when they fit 50 blocks, else come as a message of their own', () => {
    const due = Array.from({ length: 10 }, (_, i) => revisit(i + 1));
    const short = { text: 'morning', blocks: [section('follow-ups')] };
    const [joined, ...rest] = morningWithRevisits(short, due, t);
    expect(rest).toEqual([]);
    expect(joined?.blocks).toHaveLength(1 + 1 + 11);
    expect(slackLimitViolations(joined ?? {}, 'message')).toEqual([]);
    const full = { text: 'morning', blocks: Array.from({ length: 45 }, (_, i) => section(`lead ${i}`)) };
    const split = morningWithRevisits(full, due, t);
    expect(split).toHaveLength(2);
    expect(split[0]).toBe(full);
    expect(split[1]?.blocks).toHaveLength(11);
    expect(morningWithRevisits(null, [], t)).toEqual([]);
    expect(morningWithRevisits(short, [], t)).toEqual([short]);
  });
});
