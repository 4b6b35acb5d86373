import type { moneyEn } from '../en/money.js';

export const moneyZh: Record<keyof typeof moneyEn, string> = {
  'money.problem.empty': '请用 {currency} 填写金额，例如 `300000`、`300,000.50`、`30万` 或 `300k`。',
  'money.problem.not_a_number':
    '“{text}”不是金额。请用数字填写 {currency} 金额，例如 `300000`、`300,000.50`、`30万` 或 `300k`。',
  'money.problem.currency':
    '“{text}”是 {written}，而这里以 {currency} 计：请用 {currency} 填写。金额不会自动换算。',
  'money.problem.negative': '“{text}”是负数。请填写正数的 {currency} 金额，例如 `300000`。',
  'money.problem.too_large': '“{text}”太大了：最多 {max}。请核对位数后重新填写。',
  'money.problem.precision':
    '“{text}”的小数位数超过了 {currency} 的 {digits} 位。请保留 {digits} 位小数后重新填写。',
  'money.problem.zero': '金额为零。请填写大于零的 {currency} 金额，例如 `300000`。',
  'money.field.empty': '必填：金额，例如 300000、300,000.50 或 30万。',
  'money.field.not_a_number': '不是金额：请填写数字，例如 300000、300,000.50、30万 或 300k。',
  'money.field.currency': '写的是另一种币种：请按本表单的币种填写（金额不会自动换算）。',
  'money.field.negative': '请填写正数金额。',
  'money.field.too_large': '金额太大：请核对位数。',
  'money.field.precision': '小数位数超过了该币种的精度（人民币、美元 2 位，日元没有小数）：请取整。',
  'money.field.zero': '请填写大于零的金额。',
};
