import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';

/** Removes NUL characters from every string in `node`, in place; returns whether anything was removed. */
export function stripNul(node: unknown): boolean {
  let changed = false;
  if (Array.isArray(node)) {
    node.forEach((value, index) => {
      if (typeof value === 'string' && value.includes('\u0000')) {
        node[index] = value.replaceAll('\u0000', '');
        changed = true;
      } else if (value && typeof value === 'object') changed = stripNul(value) || changed;
    });
  } else if (node && typeof node === 'object') {
    const object = node as Record<string, unknown>;
    for (const [key, value] of Object.entries(object)) {
      if (typeof value === 'string' && value.includes('\u0000')) {
        object[key] = value.replaceAll('\u0000', '');
        changed = true;
      } else if (value && typeof value === 'object') changed = stripNul(value) || changed;
    }
  }
  return changed;
}

/**
 * Postgres `text` (and `jsonb`) cannot hold NUL, so a NUL typed or pasted into any field or command would fail
 * the write and the user would get "try again" for ever. It carries no meaning in Slack text, so it is dropped
 * from the whole payload once, here, before any listener reads it (command, view state, action values alike:
 * Bolt's `command`, `view` and `action` are parts of this same `body`). The only change the app makes to
 * user text besides trimming.
 */
export function stripNulMiddleware(): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    stripNul(body);
    await next();
  };
}
