import { createDeps } from '../../src/deps.js';
import { previewImport, runImport, startImport } from '../../src/features/imports/imports.usecases.js';
import type { Actor } from '../../src/features/team/team.types.js';
import { createLogger } from '../../src/logger.js';
import { largeLeadsCsv } from '../../test/fixtures/imports/large-file.js';
import { BENCH_OWNERS, BENCH_TEAM, createBenchStore, type StoreKind } from './stores.js';

export interface ImportBenchResult {
  store: StoreKind;
  rows: number;
  /** Reading the file, classifying every row (validation, owners, duplicates) and storing the preview. */
  previewSeconds: number;
  /** Import pressed → last row written. */
  importSeconds: number;
  created: number;
  /** The same file again, preview and import: nothing is created. */
  reimportSeconds: number;
  recreated: number;
  peakRssMb: number;
}

/**
 * `/lead import` of a 10,000-row CSV (BENCH_IMPORT_ROWS) into a team that already has 10,000 leads, as its
 * manager: the duplicate check compares every row with them. The issue asks for under a minute.
 */
export async function measureImport(kind: StoreKind, rows: number): Promise<ImportBenchResult> {
  const store = await createBenchStore(kind, { leads: 10_000, activities: 10_000 });
  const database = await store.open();
  try {
    const deps = createDeps({
      config: { openai: {}, slack: {} } as Parameters<typeof createDeps>[0]['config'],
      database,
      logger: createLogger('silent'),
      clock: { now: () => new Date() },
    });
    const manager: Actor = {
      teamId: BENCH_TEAM,
      userId: BENCH_OWNERS[0] ?? 'U1',
      role: 'manager',
      isAdmin: false,
      locale: 'zh-CN',
      timezone: 'Asia/Shanghai',
    };
    const directory = { userIdByEmail: async () => undefined };
    const file = { name: 'bench.csv', bytes: largeLeadsCsv(rows, ['', ...BENCH_OWNERS.slice(1)]) };
    const once = async () => {
      let started = performance.now();
      const preview = await previewImport({ ...deps, actor: manager, directory, file });
      const previewSeconds = (performance.now() - started) / 1000;
      started = performance.now();
      await startImport({ ...deps, actor: manager, importId: preview.importId, policy: 'skip' });
      const done = await runImport({ ...deps, actor: manager, directory, importId: preview.importId });
      return {
        previewSeconds,
        importSeconds: (performance.now() - started) / 1000,
        created: done.result?.created ?? 0,
      };
    };
    const first = await once();
    const again = await once();
    const round = (n: number) => Math.round(n * 10) / 10;
    return {
      store: kind,
      rows,
      previewSeconds: round(first.previewSeconds),
      importSeconds: round(first.importSeconds),
      created: first.created,
      reimportSeconds: round(again.previewSeconds + again.importSeconds),
      recreated: again.created,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    await database.close();
    await store.cleanup();
  }
}
