import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { type Database, openPglite, openPostgres, type QueryListener } from '../../src/db/client.js';
import { MIGRATIONS_FOLDER, runMigrations } from '../../src/db/migrate.js';

export type Driver = 'pglite' | 'postgres';

/** PGlite always; real Postgres too when TEST_DATABASE_URL is set (as in CI). */
export const DRIVERS: Driver[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDatabase extends Database {
  /** Connection URL of the throw-away Postgres database (undefined on PGlite). */
  url: string | undefined;
  destroy(): Promise<void>;
}

/**
 * A freshly migrated, empty database (with `migrated: false`, one with no schema at all, for the upgrade test).
 * On Postgres each call creates its own database, so test files and workers sharing one server never see each
 * other's rows.
 */
export async function createTestDatabase(
  driver: Driver,
  options: { migrated?: boolean; logQuery?: QueryListener } = {},
): Promise<TestDatabase> {
  const migrated = options.migrated ?? true;
  const { logQuery } = options;
  if (driver === 'pglite') {
    const database = migrated
      ? await openPglite({ loadDataDir: await migratedPgliteTemplate(), logQuery })
      : await openPglite({ logQuery });
    return { ...database, url: undefined, destroy: () => database.close() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `salesflow_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), { max: 20, logQuery });
  if (migrated) await runMigrations(database);
  return {
    ...database,
    url: url.toString(),
    async destroy() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

/**
 * Booting PGlite and migrating takes seconds; loading a migrated snapshot takes well under one. The snapshot is
 * cached on disk, keyed by the migrations' content, so every test file after the first starts fast.
 */
async function migratedPgliteTemplate(): Promise<Blob> {
  const hash = createHash('sha256');
  for (const file of readdirSync(MIGRATIONS_FOLDER, { recursive: true }).map(String).sort()) {
    if (file.endsWith('.sql') || file.endsWith('.json'))
      hash.update(file).update(readFileSync(path.join(MIGRATIONS_FOLDER, file)));
  }
  const cacheDir = path.resolve('node_modules/.cache/salesflow');
  const cacheFile = path.join(cacheDir, `pglite-${hash.digest('hex').slice(0, 16)}.tar.gz`);
  try {
    return new Blob([readFileSync(cacheFile)]);
  } catch {
    const database = await openPglite();
    await runMigrations(database);
    const dump = await database.client.dumpDataDir('gzip');
    await database.close();
    mkdirSync(cacheDir, { recursive: true });
    // Write then rename, so a parallel worker never reads half a file.
    const partial = `${cacheFile}.${process.pid}`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, cacheFile);
    return dump;
  }
}
