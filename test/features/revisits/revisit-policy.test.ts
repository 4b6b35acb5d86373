import { describe, expect, it } from 'vitest';
import { parseRevisitDays } from '../../../src/features/revisits/revisit-policy.js';

describe('the revisit policy an admin types', () => {
  it('reads days after delivery in any order, separated by commas or spaces, each once and sorted', () => {
    expect(parseRevisitDays('7,30,90')).toEqual([7, 30, 90]);
    expect(parseRevisitDays(' 90 7， 30, 7 ')).toEqual([7, 30, 90]);
  });

  it('reads `off` (or 关闭) as no revisits at all', () => {
    expect(parseRevisitDays('off')).toEqual([]);
    expect(parseRevisitDays('关闭')).toEqual([]);
  });

  it('refuses nothing, zero, negative, fractional, too many or too distant offsets', () => {
    for (const text of ['', 'soon', '0', '-7', '7.5', '1,2,3,4,5,6,7', '3651', '7,30,abc'])
      expect(parseRevisitDays(text), text).toBeUndefined();
  });
});
