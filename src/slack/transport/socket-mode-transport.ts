import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Logger as BoltLogger, SocketModeReceiver } from '@slack/bolt';
import type { CustomRoute } from '@slack/bolt/dist/receivers/custom-routes.js';
import type { ParamsIncomingMessage } from '@slack/bolt/dist/receivers/ParamsIncomingMessage.js';
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import {
  type HealthHandler,
  pause,
  retryDelayMs,
  type SlackTransport,
  slackClientOptions,
  slackErrorCode,
} from './slack-transport.js';

/** apps.connections.open errors no retry will fix (the same list @slack/socket-mode treats as unrecoverable). */
const FATAL_APP_TOKEN_ERRORS = new Set([
  'not_authed',
  'invalid_auth',
  'account_inactive',
  'user_removed_from_team',
  'team_disabled',
]);

/**
 * Socket Mode: Slack delivers over a WebSocket whose URL `apps.connections.open` hands out, and rotates it
 * routinely. The socket client gets the same Web API settings as the bot's client (SLACK_API_URL, retries,
 * timeout). Reconnection is ours, not the client's: its built-in one gives up for good — with a promise that
 * rejects unhandled — when `apps.connections.open` fails on the network, which is exactly when Slack blinked.
 * Here every lost socket is reopened with backoff until it works or Slack refuses the app token.
 * `/healthz` is served on its own small HTTP server, up from the first second of start-up.
 */
export function createSocketModeTransport(input: {
  config: Config;
  boltLogger: BoltLogger;
  logger: Logger;
  health: HealthHandler;
  /** More HTTP routes served beside /healthz (leads from web forms). */
  routes?: CustomRoute[];
}): SlackTransport {
  const { config, logger } = input;
  const appToken = config.slack.appToken as string;
  const receiver = new SocketModeReceiver({
    appToken,
    logger: input.boltLogger,
    autoReconnectEnabled: false,
    installerOptions: { clientOptions: slackClientOptions(config) },
    // Lets the middleware see a redelivered envelope (same envelope_id) for what it is.
    customPropertiesExtractor: (args: { envelope_id?: string }) => ({ envelopeId: args.envelope_id }),
  });
  const client = receiver.client;
  const stopping = new AbortController();
  const healthServer = createServer((req, res) => {
    const path = req.url?.split('?')[0];
    if (req.method === 'GET' && path === '/healthz') return void input.health(req, res);
    const route = input.routes?.find(
      (candidate) => candidate.path === path && [candidate.method].flat().includes(req.method ?? ''),
    );
    if (route) return void route.handler(req as ParamsIncomingMessage, res);
    res.writeHead(404).end();
  });
  let connected = false;
  let connecting = false;

  /** Opens a socket, retrying with backoff; resolves once Slack said hello. Throws only on a refused token. */
  async function openSocket(): Promise<void> {
    connecting = true;
    try {
      for (let attempt = 1; !stopping.signal.aborted; attempt++) {
        try {
          await client.start();
          return;
        } catch (error) {
          const code = slackErrorCode(error);
          if (code && FATAL_APP_TOKEN_ERRORS.has(code)) {
            throw new Error(
              `Slack rejected SLACK_APP_TOKEN (${code}). Create a new app-level token with connections:write.`,
              { cause: error },
            );
          }
          const delayMs = retryDelayMs(attempt);
          logger.warn(
            { attempt, delayMs, reason: code ?? (error as Error).message },
            'Socket Mode connection failed; retrying',
          );
          await pause(delayMs, stopping.signal);
        }
      }
    } finally {
      connecting = false;
    }
  }

  client.on('connected', () => {
    connected = true;
    logger.info('Socket Mode connected');
  });
  client.on('disconnected', () => {
    connected = false;
    if (stopping.signal.aborted || connecting) return;
    logger.warn('Socket Mode connection lost; reconnecting');
    openSocket().catch((error: Error) => logger.error({ reason: error.message }, 'Socket Mode stopped'));
  });

  return {
    kind: 'socket',
    receiver,
    async listen() {
      await new Promise<void>((resolve, reject) => {
        healthServer.once('error', reject);
        healthServer.listen(config.port, () => {
          healthServer.off('error', reject);
          resolve();
        });
      });
      return (healthServer.address() as AddressInfo).port;
    },
    connect: openSocket,
    isConnected: () => connected,
    async stop() {
      stopping.abort();
      connected = false;
      await receiver.stop();
      healthServer.closeAllConnections();
      await new Promise<void>((resolve) => healthServer.close(() => resolve()));
    },
  };
}
