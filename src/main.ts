import { existsSync } from 'node:fs';
import { ConfigError, loadConfig } from './config.js';
import type { Database } from './db/client.js';

/** Start-up failures a person can fix get one clear line on stderr and exit code 1, never a stack trace. */
function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/**
 * The last line of defence against a promise nobody awaited (a library's background timer, a fire-and-forget
 * call): log it as one line and keep serving. Node's default would exit; but a stray rejection is one operation
 * that failed with nobody waiting for its result, typically because Slack or the network blinked, and exiting
 * would turn it into an outage for every user. Whether this instance can still serve is what /healthz reports
 * (database, Slack connection), and that is what an orchestrator should act on.
 */
let reportUnhandled = (reason: unknown): void => {
  process.stderr.write(`unhandled promise rejection (kept running): ${describe(reason)}\n`);
};
process.on('unhandledRejection', (reason) => reportUnhandled(reason));

function describe(reason: unknown): string {
  return reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
}

async function main(): Promise<void> {
  // `npm start` picks up a local .env (see .env.example); variables already set in the environment win.
  if (existsSync('.env')) process.loadEnvFile('.env');
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  // The rest (Bolt, PGlite, every listener) is loaded only once the settings are known to be good, so a bad
  // setting is reported in about a second rather than after the whole app has been loaded.
  const [
    { createSalesflowApp },
    { openDatabase },
    { createBackgroundJobs },
    { isAppError },
    { createLogger },
  ] = await Promise.all([
    import('./app.js'),
    import('./db/client.js'),
    import('./jobs/background.js'),
    import('./lib/errors.js'),
    import('./logger.js'),
  ]);
  const logger = createLogger(config.logLevel);
  reportUnhandled = (reason) =>
    logger.error(
      { reason: describe(reason), code: (reason as { code?: unknown } | null)?.code },
      'unhandled promise rejection (kept running)',
    );
  let database: Database;
  try {
    database = await openDatabase(config);
  } catch (error) {
    fail(isAppError(error) ? error.message : `Could not open the database: ${(error as Error).message}`);
  }
  const salesflow = createSalesflowApp({ config, database, logger, backgroundJobs: createBackgroundJobs });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    try {
      await salesflow.stop();
      await database.close();
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'error while shutting down');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  try {
    await salesflow.start();
  } catch (error) {
    logger.error({ err: error }, 'start-up failed');
    await database.close().catch(() => {});
    fail(`Salesflow could not start: ${(error as Error).message}`);
  }
}

void main();
