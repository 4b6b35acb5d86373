import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yieldBeforeEachStatement } from '../../src/db/pglite.js';

/** Ten statements in a row, as a use case runs them, each noted when it is done. */
async function tenStatements(client: PGlite, order: string[]): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await client.query('select count(*) from generate_series(1, 2000)');
    order.push(`statement ${i}`);
  }
}

/** A request that is already on its way when the chain starts, answered by a server on this event loop. */
async function requestDuring(client: PGlite): Promise<string[]> {
  const order: string[] = [];
  const server = http.createServer((_req, res) => {
    order.push('request');
    res.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const arrived = new Promise<void>((resolve) => server.once('connection', () => resolve()));
  const answered = fetch(`http://127.0.0.1:${port}/`).then((res) => res.text());
  await arrived;
  await Promise.all([tenStatements(client, order), answered]);
  server.close();
  return order;
}

describe('the embedded store lets the event loop breathe between statements (issue 24)', () => {
  let yielding: PGlite;
  let plain: PGlite;
  beforeAll(async () => {
    yielding = new PGlite();
    plain = new PGlite();
    await Promise.all([yielding.waitReady, plain.waitReady]);
    yieldBeforeEachStatement(yielding);
  });
  afterAll(async () => {
    await Promise.all([yielding.close(), plain.close()]);
  });

  it('a Slack request that arrives during a chain of statements is answered between them, not after the last', async () => {
    const order = await requestDuring(yielding);
    expect(order.indexOf('request')).toBeLessThan(10);
  });

  it('without the yield the same request waits for the whole chain (what the yield is for)', async () => {
    const order = await requestDuring(plain);
    expect(order.indexOf('request')).toBe(10);
  });
});
