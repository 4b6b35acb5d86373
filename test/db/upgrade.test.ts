import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER, runMigrations } from '../../src/db/migrate.js';
import { createTestDatabase, DRIVERS, type TestDatabase } from '../helpers/test-db.js';
import { RELEASES } from './releases/releases.js';

interface Journal {
  entries: { idx: number; tag: string }[];
}

const journal = JSON.parse(
  readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'),
) as Journal;

/** The migrations folder as it was at a release: the journal cut after its last migration. */
function migrationsAt(lastTag: string): string {
  const cut = journal.entries.findIndex((entry) => entry.tag === lastTag);
  if (cut < 0) throw new Error(`no migration ${lastTag} in drizzle/meta/_journal.json`);
  const folder = mkdtempSync(path.join(tmpdir(), 'salesflow-release-'));
  mkdirSync(path.join(folder, 'meta'));
  const entries = journal.entries.slice(0, cut + 1);
  writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  for (const entry of entries)
    cpSync(path.join(MIGRATIONS_FOLDER, `${entry.tag}.sql`), path.join(folder, `${entry.tag}.sql`));
  return folder;
}

/** Runs a multi-statement script the way psql would (PGlite's drizzle driver takes one statement a call). */
async function runScript(database: TestDatabase, script: string): Promise<void> {
  const pglite = (database as { client?: { exec(query: string): Promise<unknown> } }).client;
  if (database.kind === 'pglite' && pglite) await pglite.exec(script);
  else await database.db.execute(sql.raw(script));
}

type Rows = Record<string, unknown>[];

/** Every row of every table, as the given columns read it, in a stable order. */
async function snapshot(
  database: TestDatabase,
  columns: Map<string, string[]>,
): Promise<Record<string, Rows>> {
  const result: Record<string, Rows> = {};
  for (const [table, names] of columns) {
    const list = names.map((name) => `"${name}"`).join(', ');
    const { rows } = (await database.db.execute(
      sql.raw(`select ${list} from "${table}" order by ${list}`),
    )) as unknown as { rows: Rows };
    result[table] = rows.map((row) => JSON.parse(JSON.stringify(row)) as Record<string, unknown>);
  }
  return result;
}

async function publicColumns(database: TestDatabase): Promise<Map<string, string[]>> {
  const { rows } = (await database.db.execute(sql`
    select table_name, column_name from information_schema.columns
    where table_schema = 'public' order by table_name, ordinal_position`)) as unknown as {
    rows: { table_name: string; column_name: string }[];
  };
  const columns = new Map<string, string[]>();
  for (const row of rows)
    columns.set(row.table_name, [...(columns.get(row.table_name) ?? []), row.column_name]);
  return columns;
}

describe.each(DRIVERS)('a database made by an earlier release upgrades in place (%s)', (driver) => {
  describe.each(RELEASES)('from release $name', (release) => {
    let database: TestDatabase;
    let folder: string;
    let before: Record<string, Rows>;
    let columnsBefore: Map<string, string[]>;

    beforeAll(async () => {
      database = await createTestDatabase(driver, { migrated: false });
      folder = migrationsAt(release.lastMigration);
      await runMigrations(database, folder);
      await runScript(
        database,
        readFileSync(new URL(`./releases/${release.name}.sql`, import.meta.url), 'utf8'),
      );
      columnsBefore = await publicColumns(database);
      before = await snapshot(database, columnsBefore);
      await runMigrations(database);
    });
    afterAll(async () => {
      await database?.destroy();
      if (folder) rmSync(folder, { recursive: true, force: true });
    });

    it('keeps every row and every value it had', async () => {
      expect(Object.values(before).flat().length).toBeGreaterThan(20);
      const after = await snapshot(database, columnsBefore);
      expect(after).toEqual(before);
    });

    it('applies every migration since, once', async () => {
      const { rows } = (await database.db.execute(
        sql`select count(*)::int as applied from drizzle.__drizzle_migrations`,
      )) as unknown as { rows: { applied: number }[] };
      expect(rows[0]?.applied).toBe(journal.entries.length);
      await runMigrations(database);
      const again = (await database.db.execute(
        sql`select count(*)::int as applied from drizzle.__drizzle_migrations`,
      )) as unknown as { rows: { applied: number }[] };
      expect(again.rows[0]?.applied).toBe(journal.entries.length);
    });

    it('fills what later releases added, from the data that was there', async () => {
      await release.checkUpgraded(database.db);
    });
  });
});
