import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontIndex, sliceTrueType } from '../../../../src/features/quotes/pdf/font-slices.js';

/** Every package the module at `entry` loads when it is imported: static imports only, followed through our files. */
function staticPackages(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, specifier = ''] of source.matchAll(
      /^(?:import|export)\s+(?!type\b)(?:[^;]*?\sfrom\s+)?'([^']+)'/gms,
    )) {
      if (specifier.startsWith('.'))
        visit(path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts')));
      else packages.add(specifier);
    }
  };
  visit(path.resolve(entry));
  return packages;
}

describe('loading the quote PDF renderer', () => {
  it('imports neither pdfkit, the font decoder nor the image decoder until the first quote is rendered', () => {
    const loaded = [...staticPackages('src/features/quotes/pdf/index.ts')];
    expect(loaded.filter((name) => /pdfkit|wawoff2|fontkit|@napi-rs\/canvas/.test(name))).toEqual([]);
    // What it does import at once is small: the line breaker, nzh and Node's own modules.
    expect(loaded.filter((name) => !name.startsWith('node:')).sort()).toEqual(['linebreak', 'nzh/cn']);
  });

  it('decompresses a font slice once per process: later quotes reuse its bytes', async () => {
    const slice = (await fontIndex()).sliceOf('报'.codePointAt(0) ?? 0, 'regular');
    if (!slice) throw new Error('no slice holds 报');
    const first = await sliceTrueType(slice);
    expect(await sliceTrueType(slice)).toBe(first);
  });
});
