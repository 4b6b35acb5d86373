import { describe, expect, it } from 'vitest';
import { validateLeadInput } from '../../../src/features/leads/lead-input.js';

const today = '2026-11-27';

describe('the new-lead form', () => {
  it('a company and a contact are all a lead needs', () => {
    const result = validateLeadInput({ companyName: '  Acme  ', contactName: 'Li Lei' }, today);
    expect(result).toMatchObject({
      ok: true,
      value: { companyName: 'Acme', contactName: 'Li Lei', kind: 'company', email: null },
    });
  });

  it('a missing name, a bad email and a bad amount are each named', () => {
    const result = validateLeadInput(
      { companyName: '', contactName: ' ', email: 'li@', estimatedValue: 'lots' },
      today,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        companyName: 'leads.error.required',
        contactName: 'leads.error.required',
        email: 'leads.error.email',
        estimatedValue: 'money.field.not_a_number',
      },
    });
  });

  it('a follow-up in the past is refused, today is fine', () => {
    const base = { companyName: 'A', contactName: 'B' };
    expect(validateLeadInput({ ...base, nextFollowUpOn: '2026-11-26' }, today)).toMatchObject({
      ok: false,
      errors: { nextFollowUpOn: 'leads.error.pastDate' },
    });
    expect(validateLeadInput({ ...base, nextFollowUpOn: today }, today).ok).toBe(true);
  });

  it('3,000 characters of notes with emoji fit; one more does not', () => {
    const base = { companyName: 'A', contactName: 'B' };
    const notes = '🚗'.repeat(3000);
    expect(validateLeadInput({ ...base, notes }, today)).toMatchObject({ ok: true, value: { notes } });
    expect(validateLeadInput({ ...base, notes: `${notes}x` }, today)).toMatchObject({
      ok: false,
      errors: { notes: 'leads.error.tooLong' },
    });
  });

  it('unknown select values are dropped rather than stored', () => {
    const result = validateLeadInput(
      { companyName: 'A', contactName: 'B', intent: 'urgent', currency: 'XXX', kind: 'robot' },
      today,
    );
    expect(result).toMatchObject({ ok: true, value: { intent: null, currency: null, kind: 'company' } });
  });

  it('the deal value is read as money in the form’s currency: separators, two decimals, no sign', () => {
    const value = (estimatedValue: string) =>
      validateLeadInput({ companyName: 'A', contactName: 'B', estimatedValue, currency: 'CNY' }, today);
    expect(value('99,500.50')).toMatchObject({
      ok: true,
      value: { estimatedValue: 99500.5, currency: 'CNY' },
    });
    expect(value('')).toMatchObject({ ok: true, value: { estimatedValue: null } });
    expect(value('-5')).toMatchObject({ ok: false, errors: { estimatedValue: 'money.field.negative' } });
    expect(value('1.234')).toMatchObject({ ok: false, errors: { estimatedValue: 'money.field.precision' } });
  });
});
