import fc from 'fast-check';

/*
 * Hostile text in every free-text field and command argument. What the app documents it does to text: trims
 * it, and drops NUL characters (Postgres text cannot hold them). Everything else is stored as typed, shown
 * escaped, never pings anyone, never crashes, never breaks a Slack size limit.
 */
export const FRAGMENTS = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<!subteam^S0FUZZ>',
  '<@U0FUZZ>',
  '<@U0FUZZ|boss>',
  '<#C0FUZZ|sales>',
  '<https://evil.example/FUZZ|click me>',
  "'); drop table leads;--",
  "1' OR '1'='1",
  '<script>alert("FUZZ")</script>',
  '<img src=x onerror=alert(1)>',
  '&amp; &lt; & < > &gt;',
  'مرحبا بالعالم',
  'שלום עולם',
  '\u202Eevil\u202C',
  '👍🏽',
  '👨‍👩‍👧‍👦',
  '🇨🇳',
  '客户很满意',
  '\u0000',
  'a\u0000b',
  '\u0001\u0007\u001b[31m',
  '\t',
  '\r\n',
  '\u007f',
  '\u200b',
  '*bold* _it_ ~s~ `code` ```block```',
  '%_\\',
  '#12',
  '@here',
  ':tada:',
];

export const short = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: 'grapheme', maxLength: 12 })), {
    minLength: 1,
    maxLength: 10,
  })
  .map((parts) => parts.join(' '));
/** 3,000 characters and more: the longest text a Slack input sends, and past it. */
export const long = fc.tuple(short, fc.integer({ min: 3000, max: 3400 })).map(([text, length]) => {
  let out = text;
  while (out.length < length) out += ` ${text}`;
  return out;
});
export const hostile = fc.oneof({ arbitrary: short, weight: 3 }, { arbitrary: long, weight: 1 });
/** Hostile text of at most `max` characters (code points) once stored. */
export const upTo = (max: number) => hostile.map((text) => Array.from(text).slice(0, max).join(''));
export const stored = (typed: string) => {
  // NUL is dropped from the payload; edges lose whitespace and invisible format characters (zero-width space…);
  // what has nothing visible left is no text at all.
  const kept = typed.replaceAll('\u0000', '').replace(/^[\s\p{Cf}]+|[\s\p{Cf}]+$/gu, '');
  return /[\p{L}\p{N}\p{P}\p{S}]/u.test(kept) ? kept : '';
};
