import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from './db/client.js';

/**
 * `GET /healthz`: 200 only when this instance can serve a Slack request right now — started, reachable by Slack
 * (in Socket Mode: a socket is connected) and its database answering. It answers within a second, always: the
 * database ping has its own deadline (`HEALTH_PING_MS`) and is skipped when the answer is already no.
 */
export function healthHandler(input: {
  database: Database;
  isReady: () => boolean;
  isConnected: () => boolean;
}): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const { database } = input;
  return async (_req, res) => {
    const connected = input.isReady() && input.isConnected();
    const healthy = connected && (await database.ping());
    const status = healthy ? 'ok' : !connected ? 'starting_or_disconnected' : 'database_unavailable';
    res.writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status, database: database.kind }));
  };
}
