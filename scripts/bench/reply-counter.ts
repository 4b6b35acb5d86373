import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { BUSY_TEXT, UNAVAILABLE_TEXT } from '../../src/slack/user-error.js';

export interface Reply {
  /** performance.now() when the reply arrived. */
  at: number;
  /** The bilingual "busy" or "try again" of an overloaded or failing request, not the answer asked for. */
  tryAgain: boolean;
}

/**
 * Stands in for Slack's response_url: counts what Salesflow posts to `<url>/respond/<tag>`, with the time, so a
 * benchmark can tell replies delivered from requests only acknowledged.
 */
export async function startReplyCounter(): Promise<{
  urlFor(tag: string): string;
  replies(tag: string): Reply[];
  close(): Promise<void>;
}> {
  const byTag = new Map<string, Reply[]>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const tag = (req.url ?? '').replace(/^\/respond\//, '');
      const text = String(
        (JSON.parse(Buffer.concat(chunks).toString() || '{}') as { text?: unknown }).text ?? '',
      );
      const list = byTag.get(tag) ?? [];
      list.push({ at: performance.now(), tryAgain: text === UNAVAILABLE_TEXT || text === BUSY_TEXT });
      byTag.set(tag, list);
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    urlFor: (tag) => `http://127.0.0.1:${port}/respond/${tag}`,
    replies: (tag) => byTag.get(tag) ?? [],
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Waits until no reply has arrived for `quietMs` (or `maxMs` passed): the work acknowledged has finished. */
export async function settled(count: () => number, quietMs = 2000, maxMs = 120_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  let last = -1;
  while (Date.now() < deadline) {
    const now = count();
    if (now === last) return;
    last = now;
    await new Promise((resolve) => setTimeout(resolve, quietMs));
  }
}
