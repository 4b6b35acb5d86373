import type { Db } from '../../../src/db/client.js';

/**
 * Every published release whose databases must upgrade in place: its last migration, a file of data as it
 * stored it (`<name>.sql`, written against that release's schema and never changed after), and what the
 * migrations since must have made of that data (new columns filled, backfills right).
 */
export interface Release {
  name: string;
  lastMigration: string;
  checkUpgraded(db: Db): Promise<void>;
}

export const RELEASES: Release[] = [
  {
    name: '0.1.0',
    lastMigration: '0000_init',
    async checkUpgraded() {
      // Nothing was added since 0.1.0 yet; later migrations add their checks here.
    },
  },
];
