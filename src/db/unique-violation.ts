/** Postgres refused a write for a unique index (SQLSTATE 23505); drizzle may wrap the driver's error as `cause`. */
export function isUniqueViolation(error: unknown): boolean {
  for (let link = error, depth = 0; link && depth < 5; link = (link as Error).cause, depth++)
    if ((link as { code?: unknown }).code === '23505') return true;
  return false;
}
