import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewImport, runImport, startImport } from '../../../src/features/imports/imports.usecases.js';
import { largeLeadsCsv } from '../../fixtures/imports/large-file.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../../helpers/test-db.js';
import { actor, directory, importDeps, seedTeam } from './import-setup.js';

const ROWS = 10_000;

describe.each(DRIVERS)('a 10,000-row file (%s)', (driver) => {
  let database: TestDatabase;
  let deps: ReturnType<typeof importDeps>;
  const manager = actor('T_LARGE', 'U_MGR', 'manager');
  const file = { name: 'large.csv', bytes: largeLeadsCsv(ROWS, ['', 'Wang Fang', '王芳']) };
  const importOnce = async () => {
    const preview = await previewImport({ ...deps, actor: manager, directory: directory(), file });
    await startImport({ ...deps, actor: manager, importId: preview.importId, policy: 'skip' });
    const progress: number[] = [];
    const done = await runImport({
      ...deps,
      actor: manager,
      directory: directory(),
      importId: preview.importId,
      onProgress: ({ processed }) => {
        progress.push(processed);
      },
    });
    return { preview, done, progress };
  };

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    deps = importDeps(database);
    await seedTeam(deps, 'T_LARGE');
  });
  afterAll(() => database?.destroy());

  it('imports within a minute, reporting progress batch by batch; the same file again creates nothing', async () => {
    const started = performance.now();
    const first = await importOnce();
    expect(performance.now() - started).toBeLessThan(60_000);
    // Every 100th row has a broken email; every 250th repeats the row before it (half of those are also broken).
    expect(first.preview.counts).toMatchObject({
      rows: ROWS,
      invalid: 100,
      repeatedInFile: 20,
      duplicates: 0,
    });
    expect(first.done.result).toEqual({
      created: 9_880,
      updated: 0,
      skipped: 20,
      alreadyImported: 0,
      rejected: 100,
    });
    expect(first.progress).toHaveLength(20);
    expect(first.progress.at(-1)).toBe(ROWS);

    const second = await importOnce();
    // The repeats now match the leads their first rows became.
    expect(second.preview.counts).toMatchObject({ alreadyImported: 9_880, duplicates: 20, invalid: 100 });
    expect(second.done.result).toMatchObject({ created: 0, alreadyImported: 9_880 });
  }, 180_000);
});
