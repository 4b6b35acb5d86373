import nzh from 'nzh/cn';
import { MAX_MINOR, minorToDecimal } from './minor-units.js';

/**
 * An amount in CNY fen written the way Chinese bills and contracts write it (大写金额): 1234567 →
 * 壹万贰仟叁佰肆拾伍元陆角柒分, 1000500 → 壹万零伍元整. Follows the PBOC rules for bills (《正确填写票据和结算凭证的
 * 基本规定》): 零 for inner zeros, once for a run of them, and before 分 when 角 is zero; 壹拾, never a bare 拾;
 * 整 only when there are no 角 or 分; 负 in front of a negative amount.
 *
 * Written by nzh, chosen after measuring it against those rules (BENCHMARKS.md, "Quote PDF: library choice").
 * nzh decides 整 by the form of its input ("10005" gets 整, "10005.00" does not), so it is given the exact decimal
 * without trailing zeros; the decimal comes from the fen's digits, never from a float.
 */
export function cnyUppercase(fen: number): string {
  if (!Number.isSafeInteger(fen) || Math.abs(fen) > MAX_MINOR) {
    throw new RangeError(`cnyUppercase: ${fen} is not a whole number of fen within ±${MAX_MINOR}`);
  }
  const decimal = minorToDecimal(fen, 'CNY').replace(/\.?0+$/, '');
  return nzh.toMoney(decimal, { outSymbol: false });
}
