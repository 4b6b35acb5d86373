// Money a user types (src/lib/parse/money-argument.ts): what is wrong with an amount, and how to give it.
// `money.problem.*` answer a command or a use case ({text} is what was typed); `money.field.*` sit under a form's
// money field, which names itself.
export const moneyEn = {
  'money.problem.empty': 'Give the amount in {currency}, e.g. `300000`, `300,000.50`, `30万` or `300k`.',
  'money.problem.not_a_number':
    '“{text}” is not an amount. Write it with digits in {currency}, e.g. `300000`, `300,000.50`, `30万` or `300k`.',
  'money.problem.currency':
    '“{text}” is in {written}, but this amount is kept in {currency}: give it in {currency}. Amounts are never converted.',
  'money.problem.negative':
    '“{text}” is negative. Give the amount as a positive number in {currency}, e.g. `300000`.',
  'money.problem.too_large':
    '“{text}” is too large: at most {max}. Check the digits and give the amount again.',
  'money.problem.precision':
    '“{text}” has more decimals than {currency} has ({digits}). Round it to {digits} decimals and give it again.',
  'money.problem.zero': 'The amount is zero. Give a positive amount in {currency}, e.g. `300000`.',
  'money.field.empty': 'Required: an amount, e.g. 300000, 300,000.50 or 30万.',
  'money.field.not_a_number': 'Not an amount: write digits, e.g. 300000, 300,000.50, 30万 or 300k.',
  'money.field.currency':
    'That names another currency than this amount is kept in: give it in the form’s currency (amounts are never converted).',
  'money.field.negative': 'Give a positive amount.',
  'money.field.too_large': 'Too large: check the digits.',
  'money.field.precision': 'Too many decimals for the currency (2 for CNY or USD, none for JPY): round it.',
  'money.field.zero': 'Give an amount above zero.',
} as const;
