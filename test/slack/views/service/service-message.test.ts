import { describe, expect, it } from 'vitest';
import type { ServiceRequest } from '../../../../src/features/service/service.types.js';
import { translator } from '../../../../src/i18n/index.js';
import { ACTIONS } from '../../../../src/slack/ids.js';
import {
  buildServiceRequestMessage,
  serviceDueLine,
} from '../../../../src/slack/views/service/service-message.js';

const OPENED = new Date('2026-12-07T02:00:00Z');
const request = (over: Partial<ServiceRequest> = {}): ServiceRequest => ({
  id: 7,
  teamId: 'T1',
  customerId: 3,
  customerName: 'Acme <!here>',
  leadId: null,
  contractId: null,
  kind: 'fault',
  priority: 'urgent',
  status: 'open',
  description: 'jams',
  ownerUserId: 'U_REP',
  openedByUserId: 'U_REP',
  resolution: null,
  satisfaction: null,
  channelId: null,
  threadTs: null,
  openedAt: OPENED,
  startedAt: null,
  resolvedAt: null,
  closedAt: null,
  closedByUserId: null,
  resolvedByUserId: null,
  responseDueAt: new Date('2026-12-07T04:00:00Z'),
  resolutionDueAt: new Date('2026-12-08T02:00:00Z'),
  version: 1,
  ...over,
});
const en = translator('en');

describe('a service request’s due times on its message', () => {
  it('an open request shows when to start and to resolve, in each reader’s own zone, nothing overdue yet', () => {
    const line = serviceDueLine(request(), en, OPENED);
    expect(line).toBe(
      'Start by <!date^1796616000^{date_short_pretty} {time}|2026-12-07 04:00 UTC> · Resolve by <!date^1796695200^{date_short_pretty} {time}|2026-12-08 02:00 UTC>',
    );
  });

  it('past the response target it is flagged overdue; once started only the resolution target is left', () => {
    const late = new Date('2026-12-07T04:00:00Z');
    expect(serviceDueLine(request(), en, late)).toMatch(
      /^Start by <[^>]+> · \*overdue\* · Resolve by <[^>]+>$/,
    );
    expect(serviceDueLine(request({ status: 'in_progress' }), en, late)).toMatch(/^Resolve by <[^>]+>$/);
    const zh = serviceDueLine(
      request({ status: 'in_progress' }),
      translator('zh-CN'),
      new Date('2026-12-09T00:00:00Z'),
    );
    expect(zh).toContain('解决期限');
    expect(zh).toContain('*已超时*');
  });

  it('a resolved request, or one opened before targets existed, shows no due line', () => {
    expect(serviceDueLine(request({ status: 'resolved' }), en, OPENED)).toBeUndefined();
    expect(
      serviceDueLine(request({ responseDueAt: null, resolutionDueAt: null }), en, OPENED),
    ).toBeUndefined();
    const message = buildServiceRequestMessage(request({ status: 'in_progress' }), en, OPENED);
    expect(JSON.stringify(message.blocks)).toContain('Resolve by');
    expect(JSON.stringify(message.blocks)).not.toContain(ACTIONS.serviceStart);
  });
});
