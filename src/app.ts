import { App } from '@slack/bolt';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import { runMigrations } from './db/migrate.js';
import { type AppDeps, createDeps } from './deps.js';
import { healthHandler } from './health.js';
import { createInboundLeadsRoute } from './http/inbound-leads.route.js';
import type { BackgroundJob } from './jobs/background-job.js';
import { type Clock, systemClock } from './lib/clock.js';
import { type Logger, toBoltLogger } from './logger.js';
import { registerListeners } from './slack/listeners/index.js';
import { envelopeDedupeMiddleware } from './slack/middleware/envelope-dedupe.js';
import { eventDedupeMiddleware } from './slack/middleware/event-dedupe.js';
import { requestContextMiddleware } from './slack/middleware/request-context.js';
import { stripNulMiddleware } from './slack/middleware/strip-nul.js';
import { createHttpTransport } from './slack/transport/http-transport.js';
import { type SlackTransport, slackClientOptions } from './slack/transport/slack-transport.js';
import { createSocketModeTransport } from './slack/transport/socket-mode-transport.js';
import { initializeWithRetry } from './slack/transport/verify-token.js';

export interface SalesflowApp {
  app: App;
  deps: AppDeps;
  /**
   * Listens, migrates, checks the token and (Socket Mode) connects, retrying Slack until it answers; resolves
   * with the HTTP port (`/healthz`, and `/slack/events` over HTTP).
   */
  start(): Promise<{ port: number }>;
  stop(): Promise<void>;
  isReady(): boolean;
}

export function createSalesflowApp(input: {
  config: Config;
  database: Database;
  logger: Logger;
  clock?: Clock;
  backgroundJobs?: (deps: AppDeps) => BackgroundJob[];
}): SalesflowApp {
  const { config, database, logger } = input;
  const depsInput = { config, database, logger, clock: input.clock ?? systemClock };
  const deps = createDeps(depsInput);
  let ready = false;
  const stopping = new AbortController();

  const boltLogger = toBoltLogger(logger.child({ source: 'bolt' }));
  const health = healthHandler({
    database,
    isReady: () => ready,
    isConnected: () => transport.isConnected(),
  });
  // Leads from web forms (POST /inbound/leads) are served beside /healthz in either mode.
  const routes = [createInboundLeadsRoute({ deps, isReady: () => ready })];
  const transport: SlackTransport = config.slack.appToken
    ? createSocketModeTransport({ config, boltLogger, logger, health, routes })
    : createHttpTransport({ config, logger: boltLogger, health, routes, isReady: () => ready });

  const app = new App({
    token: config.slack.botToken,
    receiver: transport.receiver,
    logger: boltLogger,
    clientOptions: slackClientOptions(config),
    // auth.test runs in start(), retried; see initializeWithRetry for why not in this constructor.
    deferInitialization: true,
  });
  app.error(async (error) => {
    logger.error(
      { err: error, code: (error as { code?: string }).code },
      'unhandled error in a Slack listener',
    );
  });
  app.use(requestContextMiddleware(logger));
  app.use(envelopeDedupeMiddleware());
  app.use(stripNulMiddleware());
  app.use(eventDedupeMiddleware(deps));
  registerListeners(app, deps);

  // Scheduled tasks, the digest and the outbox worker get the background budget, not the request path's.
  const jobs = input.backgroundJobs?.(deps.background()) ?? [];

  return {
    app,
    deps,
    isReady: () => ready,
    async start() {
      const port = await transport.listen();
      await runMigrations(database);
      await initializeWithRetry(app, logger, stopping.signal);
      if (!stopping.signal.aborted) await transport.connect();
      // Stopped while still waiting for Slack: not ready, and nothing more to start.
      if (stopping.signal.aborted) return { port };
      ready = true;
      for (const job of jobs) job.start();
      logger.info({ port, transport: transport.kind, store: database.kind }, 'Salesflow is ready');
      return { port };
    },
    async stop() {
      ready = false;
      stopping.abort();
      await Promise.all(jobs.map((job) => job.stop()));
      await transport.stop();
    },
  };
}
