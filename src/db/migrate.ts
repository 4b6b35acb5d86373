import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MigrationConfig } from 'drizzle-orm/migrator';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { Database, Schema } from './client.js';

/** `drizzle/` at the package root, found from here whether this runs from `src/` (tsx) or `dist/src/` (tsc). */
function findMigrationsFolder(): string {
  let folder = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(folder, 'drizzle', 'meta', '_journal.json'))) {
    const parent = path.dirname(folder);
    if (parent === folder)
      throw new Error('the drizzle/ migrations folder was not found next to package.json');
    folder = parent;
  }
  return path.join(folder, 'drizzle');
}

export const MIGRATIONS_FOLDER = findMigrationsFolder();
/** Arbitrary constant shared by every instance, so only one of them migrates at a time. */
const MIGRATION_LOCK_KEY = 7_240_301;

/**
 * Applies the committed `drizzle/` migrations (or those in `migrationsFolder`: the upgrade test replays an older
 * release's); safe when several instances start at once.
 */
export async function runMigrations(database: Database, migrationsFolder = MIGRATIONS_FOLDER): Promise<void> {
  const config: MigrationConfig = { migrationsFolder };
  await database.withAdvisoryLock(MIGRATION_LOCK_KEY, async (db) => {
    // Each store's migrator is imported only for that store: node-postgres' loads the `pg` driver.
    if (database.kind === 'postgres') {
      const { migrate } = await import('drizzle-orm/node-postgres/migrator');
      await migrate(db as unknown as NodePgDatabase<Schema>, config);
    } else {
      const { migrate } = await import('drizzle-orm/pglite/migrator');
      await migrate(db as unknown as PgliteDatabase<Schema>, config);
    }
  });
}
