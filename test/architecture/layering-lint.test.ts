import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIOME = path.resolve('node_modules/.bin/biome');
const folders: string[] = [];

/** Lints a tiny project made of `files` with this repository's biome.json; returns the exit code and output. */
function lint(files: Record<string, string>): { status: number; output: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'salesflow-lint-'));
  folders.push(root);
  copyFileSync('biome.json', path.join(root, 'biome.json'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  const run = spawnSync(BIOME, ['lint', '--max-diagnostics=50', '.'], { cwd: root, encoding: 'utf8' });
  return { status: run.status ?? 1, output: `${run.stdout}${run.stderr}` };
}

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('npm test refuses code that breaks the layering (biome.json)', () => {
  it('accepts the allowed directions: Slack imports a feature, a job imports Slack and a feature', () => {
    const result = lint({
      'src/features/leads/rules.ts': 'export const LIMIT = 1;\n',
      'src/slack/leads/show.ts':
        "import { LIMIT } from '../../features/leads/rules.js';\n\nexport const shown = LIMIT;\n",
      'src/jobs/tasks/post.task.ts':
        "import { LIMIT } from '../../features/leads/rules.js';\nimport { shown } from '../../slack/leads/show.js';\n\nexport const posted = LIMIT + shown;\n",
    });
    expect(result.output).not.toMatch(/noImportCycles|noRestrictedImports/);
    expect(result.status).toBe(0);
  });

  it('refuses an import cycle, even one closed only by type imports', () => {
    const result = lint({
      'src/lib/a.ts': "import type { B } from './b.js';\n\nexport interface A {\n  b?: B;\n}\n",
      'src/lib/b.ts': "import type { A } from './a.js';\n\nexport interface B {\n  a?: A;\n}\n",
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('lint/suspicious/noImportCycles');
  });

  it.each([
    ['src/features', '../../slack/ids.js'],
    ['src/features', '@slack/bolt'],
    ['src/lib', '../slack/ids.js'],
    ['src/ai', '../slack/ids.js'],
    ['src/db', '../slack/ids.js'],
    ['src/features', '../../jobs/outbox.js'],
    ['src/slack', '../../jobs/tasks/digest.tasks.js'],
    ['src/slack', '../../jobs/outbox.js'],
  ])('refuses an upward import from %s of %s', (folder, specifier) => {
    const depth = { 'src/features': 'src/features/leads', 'src/slack': 'src/slack/digest' }[folder] ?? folder;
    const result = lint({
      [`${depth}/upward.ts`]: `import { X } from '${specifier}';\n\nexport const y = X;\n`,
      'src/slack/ids.ts': 'export const X = 1;\n',
      'src/jobs/outbox.ts': 'export const X = 1;\n',
      'src/jobs/tasks/digest.tasks.ts': 'export const X = 1;\n',
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('lint/style/noRestrictedImports');
  });
});
