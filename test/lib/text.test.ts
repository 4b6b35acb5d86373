import { describe, expect, it } from 'vitest';
import { visibleText } from '../../src/lib/text.js';

describe('what counts as typed text', () => {
  it.each([
    ['\u200b\u200b', 'zero-width spaces'],
    ['\u200c\u200d\ufeff\u2060', 'joiners, BOM and word joiner'],
    [' \u00a0\u3000 \t', 'ordinary, non-breaking and ideographic spaces'],
    ['', 'nothing'],
  ])('%j (%s) is no name at all', (raw) => {
    expect(visibleText(raw)).toBeNull();
  });

  it.each([
    ['\u200bAcme\u200b', 'Acme'],
    ['  华为  ', '华为'],
    ['O’Neil & Sons', 'O’Neil & Sons'],
    ['👍', '👍'],
  ])('%j keeps its visible part %j', (raw, expected) => {
    expect(visibleText(raw)).toBe(expected);
  });

  it('keeps invisible characters inside a name (a joiner inside an emoji sequence matters)', () => {
    expect(visibleText('👩\u200d💻 Team')).toBe('👩\u200d💻 Team');
  });
});
