import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/catalog/en/index.js';
import { zhCN } from '../../src/i18n/catalog/zh-CN/index.js';
import { AppError } from '../../src/lib/errors.js';
import { ERROR_MODULES, NO_NEXT_STEP_OF_ITS_OWN, REFUSAL_SAMPLES } from './refusal-samples.js';

type Key = keyof typeof en;
const catalogs = { en, 'zh-CN': zhCN } as const;

/** The text without its placeholders: `*{name}*` or `` `{key}` `` is the user's own word, not a next step. */
const withoutParams = (text: string) => text.replace(/\{\w+\}/g, '');
/** A command or a value in code (`/target plan`, `08:30`), or a button by its label in bold (*Mark won*). */
const NEXT_STEP = /`[^`]+`|\*[^*]+\*/;
const commandsIn = (text: string) =>
  [...withoutParams(text).matchAll(/`(\/[a-z]+)/g)].map((m) => m[1] ?? '').sort();
/** Every short text of a catalog: a button named in bold must be one the user can see. */
const labels = (locale: keyof typeof catalogs) =>
  new Set(Object.values(catalogs[locale]).filter((text) => text.length <= 40));

const keyed = REFUSAL_SAMPLES.map((error) => [error.messageKey ?? error.code, error] as const);

describe('every refusal of every feature names the next step (DESIGN.md, rule 16)', () => {
  it('samples every refusal each *.errors.ts module exports', () => {
    const sampled = new Set(REFUSAL_SAMPLES.map((error) => error.constructor));
    const classes = Object.values(ERROR_MODULES).flatMap((module) =>
      Object.values(module).filter(
        (value): value is typeof AppError =>
          typeof value === 'function' && value.prototype instanceof AppError,
      ),
    );
    // The features' base classes (QuoteError…) are never thrown themselves.
    const thrown = classes.filter((cls) => !classes.some((other) => other.prototype instanceof cls));
    expect(thrown.filter((cls) => !sampled.has(cls)).map((cls) => cls.name)).toEqual([]);
    expect(thrown.length).toBeGreaterThan(60);
  });

  it.each(keyed)('%s has a message in English and Chinese naming each of its parameters', (_key, error) => {
    const key = error.messageKey as Key;
    for (const text of [en[key], zhCN[key]]) {
      expect(typeof text).toBe('string');
      for (const param of text.match(/\{\w+\}/g) ?? [])
        expect(Object.keys(error.params ?? {})).toContain(param.slice(1, -1));
    }
  });

  it.each(keyed.filter(([key]) => !(key in NO_NEXT_STEP_OF_ITS_OWN)))(
    '%s names a command, a button or an allowed value, in both languages',
    (_key, error) => {
      const key = error.messageKey as Key;
      expect(withoutParams(en[key])).toMatch(NEXT_STEP);
      expect(withoutParams(zhCN[key])).toMatch(NEXT_STEP);
    },
  );

  it.each(keyed)('%s names the same commands in English and Chinese', (_key, error) => {
    const key = error.messageKey as Key;
    expect(commandsIn(zhCN[key])).toEqual(commandsIn(en[key]));
  });

  it.each(keyed)('%s names buttons by the labels the user sees', (_key, error) => {
    const key = error.messageKey as Key;
    for (const locale of ['en', 'zh-CN'] as const) {
      const bold = [...withoutParams(catalogs[locale][key]).matchAll(/\*([^*]+)\*/g)].map((m) => m[1] ?? '');
      const visible = labels(locale);
      expect(bold.filter((label) => !visible.has(label))).toEqual([]);
    }
  });

  it('keeps the allow-list to keys that exist, each with its reason', () => {
    for (const [key, reason] of Object.entries(NO_NEXT_STEP_OF_ITS_OWN)) {
      expect(keyed.map(([sampled]) => sampled)).toContain(key);
      expect(reason.length).toBeGreaterThan(20);
    }
  });
});
