import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every feature file of a language's catalog, with the message keys it defines. */
function keysByFile(locale: string): Map<string, string[]> {
  const folder = path.resolve('src/i18n/catalog', locale);
  const files = readdirSync(folder).filter((file) => file.endsWith('.ts') && file !== 'index.ts');
  return new Map(
    files.map((file) => [
      file,
      [...readFileSync(path.join(folder, file), 'utf8').matchAll(/^ {2}'([\w.]+)':/gm)].map(
        (m) => m[1] ?? '',
      ),
    ]),
  );
}

describe.each(['en', 'zh-CN'])('the %s catalog', (locale) => {
  it('defines each message in one feature file only (a second definition would silently win or lose)', () => {
    const owners = new Map<string, string[]>();
    for (const [file, keys] of keysByFile(locale))
      for (const key of keys) owners.set(key, [...(owners.get(key) ?? []), file]);
    const twice = [...owners].filter(([, files]) => files.length > 1);
    expect(twice).toEqual([]);
    expect(owners.size).toBeGreaterThan(100);
  });
});
