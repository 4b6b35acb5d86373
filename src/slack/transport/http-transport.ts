import type { AddressInfo } from 'node:net';
import { type Logger as BoltLogger, HTTPReceiver } from '@slack/bolt';
import type { CustomRoute } from '@slack/bolt/dist/receivers/custom-routes.js';
import type { Config } from '../../config.js';
import { refuseFutureDatedRequests } from '../refuse-future-dated.js';
import type { HealthHandler, SlackTransport } from './slack-transport.js';

const SLACK_ENDPOINT = '/slack/events';

/**
 * Slack posts to `/slack/events`; `/healthz` shares the port. Until the app is ready (migrated, token verified)
 * Slack's requests get 503, which Slack shows the user as an error and retries for events, rather than a 200
 * that silently drops them.
 */
export function createHttpTransport(input: {
  config: Config;
  logger: BoltLogger;
  health: HealthHandler;
  /** More HTTP routes served on the same port (leads from web forms). */
  routes?: CustomRoute[];
  isReady: () => boolean;
}): SlackTransport {
  const { config } = input;
  const receiver = refuseFutureDatedRequests(
    new HTTPReceiver({
      signingSecret: config.slack.signingSecret,
      endpoints: SLACK_ENDPOINT,
      customRoutes: [
        { path: '/healthz', method: ['GET'], handler: (req, res) => void input.health(req, res) },
        ...(input.routes ?? []),
      ],
      logger: input.logger,
    }),
  );
  const handle = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    if (!input.isReady() && req.url?.startsWith(SLACK_ENDPOINT)) {
      res.writeHead(503, { 'retry-after': '5' }).end();
      return;
    }
    handle(req, res);
  };
  let listening = false;

  return {
    kind: 'http',
    receiver,
    async listen() {
      const server = await receiver.start(config.port);
      listening = true;
      return (server.address() as AddressInfo | null)?.port ?? config.port;
    },
    async connect() {},
    isConnected: () => listening,
    async stop() {
      listening = false;
      await receiver.stop();
    },
  };
}
