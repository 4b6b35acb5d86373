import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Measure, wrapText } from '../../../../src/features/quotes/pdf/wrap-text.js';

/** A stand-in font: Chinese characters and full-width punctuation 10 wide, everything else 5. */
const measure: Measure = (text) =>
  [...text].reduce((width, char) => width + (/[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 10 : 5), 0);

describe('wrapping a cell’s text', () => {
  it('breaks Chinese between characters but never puts 。，、）or ：at the start of a line', () => {
    const lines = wrapText('实施服务：需求调研、系统配置、数据迁移。上线辅导（含验收）', 60, measure);
    expect(lines.join('')).toBe('实施服务：需求调研、系统配置、数据迁移。上线辅导（含验收）');
    for (const line of lines) expect(line).not.toMatch(/^[。，、）：]/);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(60);
  });

  it('breaks English at spaces and cuts a word wider than the cell, such as a long URL', () => {
    expect(wrapText('two words', 25, measure)).toEqual(['two', 'words']);
    const lines = wrapText('see https://example.com/a/very/long/path', 50, measure);
    expect(lines[0]).toBe('see');
    expect(lines.slice(1).join('')).toBe('https://example.com/a/very/long/path');
  });

  it('keeps the writer’s line breaks and blank lines', () => {
    expect(wrapText('第一行\n\n第三行', 100, measure)).toEqual(['第一行', '', '第三行']);
  });

  it('never makes a line wider than the cell and never loses a character but spaces at line ends', () => {
    const words = fc.constantFrom(
      '服务器',
      '，',
      '。',
      'SW-CRM-ENT',
      ' ',
      'https://example.com/x?y=1',
      '1,280.00',
      '（含）',
      'a',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 40 }), fc.integer({ min: 20, max: 200 }), (parts, width) => {
        const text = parts.join('');
        const lines = wrapText(text, width, measure);
        for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(width);
        expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
    );
  });
});
