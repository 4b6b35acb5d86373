import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { processedEvents } from '../../db/schema/index.js';

export type ProcessedEventRepository = ReturnType<typeof createProcessedEventRepository>;

export function createProcessedEventRepository({ db }: { db: Db }) {
  return {
    /** True for the first caller with this event id, false for every later one. */
    async claim(eventId: string, teamId: string): Promise<boolean> {
      const rows = await db
        .insert(processedEvents)
        .values({ eventId, teamId })
        .onConflictDoNothing()
        .returning({ eventId: processedEvents.eventId });
      return rows.length === 1;
    },

    async release(eventId: string): Promise<void> {
      await db.delete(processedEvents).where(eq(processedEvents.eventId, eventId));
    },
  };
}
