import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cnyUppercase } from '../../../src/lib/money/chinese-uppercase.js';
import { MAX_MINOR } from '../../../src/lib/money/minor-units.js';

const DIGITS = '零壹贰叁肆伍陆柒捌玖';

/**
 * Reads an uppercase amount back to fen, independently of the code that wrote it. Strict: anything that is not
 * [负] integer-part 元 [n角] [零][n分] [整] throws, so a malformed amount cannot read back by luck.
 */
function readUppercase(text: string): number {
  const match = /^(负)?(?:(.+)元)?(?:([壹贰叁肆伍陆柒捌玖])角)?(?:零?([壹贰叁肆伍陆柒捌玖])分)?(整)?$/.exec(
    text,
  );
  if (!match) throw new Error(`not an uppercase amount: ${text}`);
  const [, negative, yuanText = '', jiao, fen] = match;
  let yi = 0n;
  let wan = 0n;
  let section = 0n;
  let digit = 0n;
  const units: Record<string, bigint> = { 拾: 10n, 佰: 100n, 仟: 1000n };
  for (const char of yuanText.replaceAll('零', '')) {
    const value = DIGITS.indexOf(char);
    const unit = units[char];
    if (value > 0) digit = BigInt(value);
    else if (unit !== undefined) {
      if (digit === 0n) throw new Error(`${char} without its digit in ${text}`);
      section += digit * unit;
      digit = 0n;
    } else if (char === '万') {
      wan = (section + digit) * 10_000n;
      section = 0n;
      digit = 0n;
    } else if (char === '亿') {
      yi = (yi + wan + section + digit) * 100_000_000n;
      wan = 0n;
      section = 0n;
      digit = 0n;
    } else throw new Error(`unexpected ${char} in ${text}`);
  }
  const yuan = yi + wan + section + digit;
  const minor =
    yuan * 100n + BigInt(DIGITS.indexOf(jiao ?? '零')) * 10n + BigInt(DIGITS.indexOf(fen ?? '零'));
  return Number(negative ? -minor : minor);
}

describe('the amount in Chinese uppercase (大写金额)', () => {
  it('writes the PBOC examples for bills the way the rules write them', () => {
    expect(cnyUppercase(12_345_678)).toBe('壹拾贰万叁仟肆佰伍拾陆元柒角捌分');
    expect(cnyUppercase(1_000_500)).toBe('壹万零伍元整');
    expect(cnyUppercase(105_000)).toBe('壹仟零伍拾元整');
    expect(cnyUppercase(140_950)).toBe('壹仟肆佰零玖元伍角');
    expect(cnyUppercase(600_714)).toBe('陆仟零柒元壹角肆分');
    expect(cnyUppercase(1_640_902)).toBe('壹万陆仟肆佰零玖元零贰分');
    expect(cnyUppercase(32_504)).toBe('叁佰贰拾伍元零肆分');
  });

  it('where the rules allow one 零 or none, it writes one of the spellings they allow', () => {
    expect(['壹仟陆佰捌拾元零叁角贰分', '壹仟陆佰捌拾元叁角贰分']).toContain(cnyUppercase(168_032));
    expect(['壹拾万柒仟元零伍角叁分', '壹拾万零柒仟元伍角叁分', '壹拾万柒仟元伍角叁分']).toContain(
      cnyUppercase(10_700_053),
    );
  });

  it('writes 壹拾, never a bare 拾, at the head of the amount and after a 零', () => {
    expect(cnyUppercase(1000)).toBe('壹拾元整');
    expect(cnyUppercase(1500)).toBe('壹拾伍元整');
    expect(cnyUppercase(101_000)).toBe('壹仟零壹拾元整');
    expect(cnyUppercase(11_000_000)).toBe('壹拾壹万元整');
  });

  it('reaches 亿 and 万亿, with one 零 across the empty sections', () => {
    expect(cnyUppercase(10_000_000_000)).toBe('壹亿元整');
    expect(cnyUppercase(10_001_000_000)).toBe('壹亿零壹万元整');
    expect(cnyUppercase(20_000_010_000)).toBe('贰亿零壹佰元整');
    expect(cnyUppercase(100_000_000_000_000)).toBe('壹万亿元整');
  });

  it('writes nothing but 角 and 分 below one yuan, 零元整 for nothing, and 负 before a negative amount', () => {
    expect(cnyUppercase(5)).toBe('伍分');
    expect(cnyUppercase(50)).toBe('伍角');
    expect(cnyUppercase(0)).toBe('零元整');
    expect(cnyUppercase(-10_000)).toBe('负壹佰元整');
  });

  it('refuses what is not a whole number of fen instead of guessing', () => {
    expect(() => cnyUppercase(1.5)).toThrow(RangeError);
    expect(() => cnyUppercase(Number.NaN)).toThrow(RangeError);
    expect(() => cnyUppercase(MAX_MINOR * 10)).toThrow(RangeError);
  });

  it('any amount up to the largest kept reads back to the same fen, with no doubled 零, no 零 before a unit and 整 only without 角分', () => {
    // Amounts made of many zeros are where the 零 rules bite: draw digits with zeros half the time.
    const zeroHeavy = fc
      .array(fc.constantFrom(0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9), { minLength: 1, maxLength: 15 })
      .map((digits) => Number(digits.join('')));
    fc.assert(
      fc.property(fc.oneof(zeroHeavy, fc.integer({ min: -MAX_MINOR, max: MAX_MINOR })), (fen) => {
        const text = cnyUppercase(fen);
        expect(readUppercase(text)).toBe(fen);
        if (fen !== 0) expect(text).not.toMatch(/零零|零[元万亿角]|零$|^负?零/);
        expect(text.endsWith('整')).toBe(fen % 100 === 0);
      }),
      { numRuns: 2000 },
    );
  });
});
