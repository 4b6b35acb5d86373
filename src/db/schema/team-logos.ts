import { sql } from 'drizzle-orm';
import { check, customType, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Raw bytes: node-postgres reads `bytea` as a Buffer, PGlite as a Uint8Array; both are Uint8Arrays. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
  fromDriver: (value) => new Uint8Array(value),
});

/**
 * The team's logo for its quote PDFs (报价单), at most one per team: the image an admin uploaded, as uploaded (PNG
 * or JPEG, checked by its signature and header, not its name), with the size read from its header.
 */
export const teamLogos = pgTable(
  'team_logos',
  {
    teamId: text('team_id').primaryKey(),
    mimeType: text('mime_type').notNull(),
    bytes: bytea('bytes').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    updatedByUserId: text('updated_by_user_id').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    check('team_logos_mime_type', sql`${table.mimeType} in ('image/png', 'image/jpeg')`),
    check('team_logos_size', sql`octet_length(${table.bytes}) <= 262144`),
  ],
);
