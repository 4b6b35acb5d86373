import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const sourceFiles = (folder: string): string[] =>
  readdirSync(folder, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(folder, file));

describe('the layout AGENTS.md describes', () => {
  it('src/slack/listeners holds listeners and the index.ts that registers them, nothing else', () => {
    const strays = sourceFiles('src/slack/listeners').filter(
      (file) => !/(\.(command|action|view|shortcut|event)\.ts|\/index\.ts)$/.test(file),
    );
    expect(strays).toEqual([]);
  });

  it('no listener acknowledges by hand: the wrappers in src/slack/requests ack first, before any other work', () => {
    const byHand = sourceFiles('src/slack/listeners').filter((file) =>
      /\back\(/.test(readFileSync(file, 'utf8')),
    );
    expect(byHand).toEqual([]);
  });

  // Imports only; a repository handed over inside `deps` is caught by repository-reach.test.ts.
  it('the Slack side imports no repository: it reaches the database through use cases', () => {
    const offenders = sourceFiles('src/slack').filter((file) =>
      /from '[^']*\.repository\.js'/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('no source file is over 300 lines', () => {
    const long = sourceFiles('src')
      .map((file) => ({ file, lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > 301);
    expect(long).toEqual([]);
  });
});
