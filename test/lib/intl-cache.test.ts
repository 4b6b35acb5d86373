import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat } from '../../src/lib/intl-cache.js';

describe('the Intl formatter cache', () => {
  it('hands out one formatter per locale and options, formatting as a fresh one does', () => {
    const options = { timeZone: 'Asia/Shanghai', dateStyle: 'medium' } as const;
    expect(dateTimeFormat('zh-CN', options)).toBe(dateTimeFormat('zh-CN', { ...options }));
    expect(dateTimeFormat('en', options)).not.toBe(dateTimeFormat('zh-CN', options));
    const at = new Date('2026-11-28T20:00:00Z');
    expect(dateTimeFormat('zh-CN', options).format(at)).toBe(
      new Intl.DateTimeFormat('zh-CN', options).format(at),
    );
    expect(numberFormat('en', { maximumFractionDigits: 2 })).toBe(
      numberFormat('en', { maximumFractionDigits: 2 }),
    );
    expect(numberFormat('en', { maximumFractionDigits: 0 })).not.toBe(
      numberFormat('en', { maximumFractionDigits: 2 }),
    );
    expect(numberFormat('en').format(1234567.5)).toBe('1,234,567.5');
  });
});
