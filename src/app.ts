import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, type Receiver, SocketModeReceiver } from '@slack/bolt';
import type { CustomRoute } from '@slack/bolt/dist/receivers/custom-routes.js';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import { runMigrations } from './db/migrate.js';
import { type AppDeps, createDeps } from './deps.js';
import { createInboundLeadsRoute } from './http/inbound-leads.route.js';
import type { BackgroundJob } from './jobs/background-job.js';
import { type Clock, systemClock } from './lib/clock.js';
import { type Logger, toBoltLogger } from './logger.js';
import { registerListeners } from './slack/listeners/index.js';
import { eventDedupeMiddleware } from './slack/middleware/event-dedupe.js';
import { requestContextMiddleware } from './slack/middleware/request-context.js';
import { stripNulMiddleware } from './slack/middleware/strip-nul.js';
import { refuseFutureDatedRequests } from './slack/refuse-future-dated.js';

export interface SalesflowApp {
  app: App;
  deps: AppDeps;
  /** Listens, migrates, checks the token; resolves with the HTTP port (undefined in Socket Mode). */
  start(): Promise<{ port: number | undefined }>;
  stop(): Promise<void>;
  isReady(): boolean;
}

/** Errors from auth.test that no retry will fix. */
const FATAL_AUTH_ERRORS = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
]);

export function createSalesflowApp(input: {
  config: Config;
  database: Database;
  logger: Logger;
  clock?: Clock;
  backgroundJobs?: (deps: AppDeps) => BackgroundJob[];
}): SalesflowApp {
  const { config, database, logger } = input;
  const deps = createDeps({ config, database, logger, clock: input.clock ?? systemClock });
  let ready = false;

  const healthRoute: CustomRoute = {
    path: '/healthz',
    method: ['GET'],
    handler: async (_req, res) => {
      const healthy = ready && (await database.ping());
      res.writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ status: healthy ? 'ok' : 'starting_or_unavailable', database: database.kind }),
      );
    },
  };
  const inboundRoute = createInboundLeadsRoute({ deps, isReady: () => ready });
  const boltLogger = toBoltLogger(logger.child({ source: 'bolt' }));
  const receiver: Receiver = config.slack.appToken
    ? new SocketModeReceiver({
        appToken: config.slack.appToken,
        logger: boltLogger,
        customRoutes: [healthRoute, inboundRoute],
        installerOptions: { port: config.port },
      })
    : refuseFutureDatedRequests(
        new HTTPReceiver({
          signingSecret: config.slack.signingSecret,
          endpoints: '/slack/events',
          customRoutes: [healthRoute, inboundRoute],
          logger: boltLogger,
        }),
      );

  const app = new App({
    token: config.slack.botToken,
    receiver,
    logger: boltLogger,
    clientOptions: {
      slackApiUrl: config.slack.apiUrl,
      timeout: 10_000,
      retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2_000 },
    },
  });
  app.error(async (error) => {
    logger.error(
      { err: error, code: (error as { code?: string }).code },
      'unhandled error in a Slack listener',
    );
  });
  app.use(requestContextMiddleware(logger));
  app.use(stripNulMiddleware());
  app.use(eventDedupeMiddleware(deps));
  registerListeners(app, deps);

  const jobs = input.backgroundJobs?.(deps) ?? [];

  async function verifyToken(): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        const auth = await app.client.auth.test();
        logger.info({ team: auth.team_id, botUser: auth.user_id }, 'connected to Slack');
        return;
      } catch (error) {
        const code = (error as { data?: { error?: string } }).data?.error;
        if (code && FATAL_AUTH_ERRORS.has(code)) {
          throw new Error(
            `Slack rejected SLACK_BOT_TOKEN (${code}). Reinstall the app and copy the new token.`,
            {
              cause: error,
            },
          );
        }
        const delay = Math.min(30_000, 500 * 2 ** attempt);
        logger.warn({ attempt, delay, code }, 'auth.test failed; retrying');
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  return {
    app,
    deps,
    isReady: () => ready,
    async start() {
      const server = (await app.start(config.port)) as Server | undefined;
      const address = server?.address?.() as AddressInfo | null | undefined;
      const port = config.slack.appToken ? undefined : (address?.port ?? config.port);
      await runMigrations(database);
      await verifyToken();
      ready = true;
      for (const job of jobs) job.start();
      logger.info(
        { port, transport: config.slack.appToken ? 'socket' : 'http', store: database.kind },
        'Salesflow is ready',
      );
      return { port };
    },
    async stop() {
      ready = false;
      await Promise.all(jobs.map((job) => job.stop()));
      await app.stop();
    },
  };
}
