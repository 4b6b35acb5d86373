import type { AddressInfo } from 'node:net';
import { connect, createServer, type Server, type Socket } from 'node:net';

/** One proxied connection: bytes each way, held back while the proxy is frozen. */
interface Link {
  client: Socket;
  upstream: Socket;
  toUpstream: Buffer[];
  toClient: Buffer[];
}

/**
 * A TCP proxy in front of Postgres that a test can break in two ways:
 * - `cut()` / `restore()`: a server restart — open connections reset, new ones refused.
 * - `freeze()` / `thaw()`: a network partition or a failover in progress — connections stay open but nothing
 *   gets through either way (new connections are accepted and then hear nothing), until the network heals and
 *   what was held back is delivered in order, as TCP's retransmissions would.
 */
export class TcpProxy {
  private server: Server | undefined;
  private links = new Set<Link>();
  private frozen = false;
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async start(port = 0): Promise<this> {
    this.server = createServer((client) => this.accept(client));
    await new Promise<void>((resolve) => this.server?.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** Resets every open connection and stops accepting new ones. */
  async cut(): Promise<void> {
    for (const link of this.links) {
      link.client.destroy();
      link.upstream.destroy();
    }
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Accepts connections again on the same port. */
  async restore(): Promise<void> {
    await this.start(this.port);
  }

  /** Open but silent: every connection, open or new, stops carrying bytes; none is closed. */
  freeze(): void {
    this.frozen = true;
  }

  /** The partition heals: held-back bytes are delivered, in order, and traffic flows again. */
  thaw(): void {
    this.frozen = false;
    for (const link of this.links) {
      for (const chunk of link.toUpstream.splice(0)) link.upstream.write(chunk);
      for (const chunk of link.toClient.splice(0)) link.client.write(chunk);
    }
  }

  private accept(client: Socket): void {
    const upstream = connect(this.targetPort, this.targetHost);
    const link: Link = { client, upstream, toUpstream: [], toClient: [] };
    this.links.add(link);
    const forward = (to: Socket, held: Buffer[]) => (chunk: Buffer) => {
      if (this.frozen) held.push(chunk);
      else to.write(chunk);
    };
    client.on('data', forward(upstream, link.toUpstream));
    upstream.on('data', forward(client, link.toClient));
    for (const socket of [client, upstream]) {
      socket.on('error', () => socket.destroy());
    }
    // A side that hangs up takes the other with it (what was held back for it is lost, as on a real network).
    client.on('close', () => {
      upstream.destroy();
      this.links.delete(link);
    });
    upstream.on('close', () => {
      client.destroy();
      this.links.delete(link);
    });
  }
}
