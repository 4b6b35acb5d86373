import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { teamLogos } from '../../db/schema/index.js';
import type { ImageHeader } from './quote-logo.js';

export type QuoteLogoRepository = ReturnType<typeof createQuoteLogoRepository>;

export interface StoredLogo extends ImageHeader {
  bytes: Uint8Array;
  updatedByUserId: string;
  updatedAt: Date;
}

/** The team's logo for its quote PDFs: one row per team, replaced whole, removed whole. */
export function createQuoteLogoRepository({ db }: { db: Db }) {
  return {
    async find(teamId: string): Promise<StoredLogo | undefined> {
      const [row] = await db.select().from(teamLogos).where(eq(teamLogos.teamId, teamId));
      return row ? { ...row, mimeType: row.mimeType as ImageHeader['mimeType'] } : undefined;
    },

    /** The header only (no bytes): what the settings show. */
    async describe(teamId: string): Promise<(ImageHeader & { byteSize: number }) | undefined> {
      const [row] = await db
        .select({
          mimeType: teamLogos.mimeType,
          width: teamLogos.width,
          height: teamLogos.height,
          byteSize: sql<number>`octet_length(${teamLogos.bytes})::int`,
        })
        .from(teamLogos)
        .where(eq(teamLogos.teamId, teamId));
      return row
        ? { ...row, mimeType: row.mimeType as ImageHeader['mimeType'], byteSize: Number(row.byteSize) }
        : undefined;
    },

    /** One upsert: the last upload wins, whoever races. */
    async save(input: {
      teamId: string;
      header: ImageHeader;
      bytes: Uint8Array;
      actorUserId: string;
      now: Date;
    }): Promise<void> {
      const values = {
        mimeType: input.header.mimeType,
        width: input.header.width,
        height: input.header.height,
        bytes: input.bytes,
        updatedByUserId: input.actorUserId,
        updatedAt: input.now,
      };
      await db
        .insert(teamLogos)
        .values({ teamId: input.teamId, ...values })
        .onConflictDoUpdate({ target: teamLogos.teamId, set: values });
    },

    /** Whether there was a logo to remove. */
    async remove(teamId: string): Promise<boolean> {
      const removed = await db
        .delete(teamLogos)
        .where(eq(teamLogos.teamId, teamId))
        .returning({ teamId: teamLogos.teamId });
      return removed.length > 0;
    },
  };
}
