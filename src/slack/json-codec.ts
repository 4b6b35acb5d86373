import type { z } from 'zod';

/**
 * Reads a button value or private_metadata we wrote: JSON checked against `schema`. A value that is neither (a
 * forged click, a message from an older release) gives undefined, never an exception or an unchecked cast.
 */
export function decodeJson<S extends z.ZodType>(schema: S, raw: string | undefined): z.output<S> | undefined {
  try {
    const result = schema.safeParse(JSON.parse(raw ?? ''));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}
