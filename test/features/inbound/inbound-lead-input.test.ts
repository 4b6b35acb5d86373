import { describe, expect, it } from 'vitest';
import { readInboundLead } from '../../../src/features/inbound/inbound-lead-input.js';
import {
  newInboundToken,
  parseInboundToken,
  requestHash,
  secretMatches,
} from '../../../src/features/inbound/inbound-secret.js';

const TODAY = '2026-12-01';

describe('an inbound lead’s body', () => {
  it('becomes a lead with the form’s rules: source inbound, due today, exact amounts from strings or numbers', () => {
    const read = readInboundLead(
      { company: ' 上海某某科技 ', contact_name: '王芳', estimated_value: 1250.5 },
      TODAY,
    );
    expect(read).toMatchObject({
      ok: true,
      value: {
        companyName: '上海某某科技',
        contactName: '王芳',
        source: 'inbound',
        nextFollowUpOn: TODAY,
        estimatedValue: 1250.5,
      },
    });
    expect(
      readInboundLead({ company: 'A', contact_name: 'B', estimated_value: '99.999' }, TODAY),
    ).toMatchObject({
      ok: false,
      issues: [{ path: 'estimated_value' }],
    });
  });

  it('names unknown fields, wrong types and past follow-ups', () => {
    const read = readInboundLead(
      { company: 'A', contact_name: 7, intent: 'urgent', utm_source: 'x', next_follow_up_on: '2026-11-30' },
      TODAY,
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.issues.map((issue) => issue.path).sort()).toEqual(['contact_name', 'intent', 'utm_source']);
    const past = readInboundLead({ company: 'A', contact_name: 'B', next_follow_up_on: '2026-11-30' }, TODAY);
    expect(past).toMatchObject({ ok: false, issues: [{ path: 'next_follow_up_on' }] });
    expect(readInboundLead(['not', 'an', 'object'], TODAY).ok).toBe(false);
  });
});

describe('the inbound secret', () => {
  it('is shown as a token whose secret half only matches its own hash', () => {
    const { token, keyId, secretHash } = newInboundToken();
    const parts = parseInboundToken(token);
    expect(parts?.keyId).toBe(keyId);
    expect(secretMatches(parts?.secret ?? '', secretHash)).toBe(true);
    const secret = parts?.secret ?? '';
    const wrong = `${secret.startsWith('A') ? 'B' : 'A'}${secret.slice(1)}`;
    expect(secretMatches(wrong, secretHash)).toBe(false);
    expect(token).not.toContain(secretHash);
    expect(parseInboundToken('sfin_short_x')).toBeNull();
  });

  it('binds an idempotency key to the body’s content, not its key order or spacing', () => {
    expect(requestHash({ a: 1, b: { c: [1, 2], d: null } })).toBe(
      requestHash({ b: { d: null, c: [1, 2] }, a: 1 }),
    );
    expect(requestHash({ a: 1 })).not.toBe(requestHash({ a: '1' }));
  });
});
