import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openPglite } from '../../src/db/client.js';
import { createPgliteFolder } from '../../src/db/pglite-initdb.js';

describe('a new embedded store', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('is created by a child process (initdb memory leaves with it), then opens in this one', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'salesflow-initdb-'));
    folders.push(dataDir);
    const folder = path.join(dataDir, 'pglite');

    await createPgliteFolder(folder);
    expect(existsSync(path.join(folder, 'PG_VERSION'))).toBe(true);
    // A folder that exists is left alone: no second initdb.
    const created = statSync(path.join(folder, 'PG_VERSION')).mtimeMs;
    await createPgliteFolder(folder);
    expect(statSync(path.join(folder, 'PG_VERSION')).mtimeMs).toBe(created);

    const database = await openPglite({ dataDir });
    try {
      const { rows } = await database.client.query<{ answer: number }>('select 41 + 1 as answer');
      expect(rows).toEqual([{ answer: 42 }]);
    } finally {
      await database.close();
    }
  }, 60_000);

  it('says what went wrong when the child cannot create the folder', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'salesflow-initdb-')), 'not-a-folder');
    folders.push(path.dirname(file));
    writeFileSync(file, 'x');
    await expect(createPgliteFolder(path.join(file, 'pglite'))).rejects.toThrow(/initdb in a child process/);
  }, 60_000);
});
