import { existsSync } from 'node:fs';
import { ConfigError, loadConfig } from './config.js';
import type { Database } from './db/client.js';
import { guardUnhandledRejections } from './process-guard.js';

/** Start-up failures a person can fix get one clear line on stderr and exit code 1, never a stack trace. */
function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const reportUnhandledTo = guardUnhandledRejections();

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
  reportUnhandledTo(logger);
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
    let code = 0;
    try {
      // The outbox starts no new Slack call and records the answers of those under way (within its bound)...
      await salesflow.stop();
    } catch (error) {
      code = 1;
      logger.error({ err: error }, 'error while shutting down');
    }
    try {
      // ...so only now may the database go: a restart finds every message Slack accepted marked sent.
      await database.close();
    } catch (error) {
      code = 1;
      logger.error({ err: error }, 'error while closing the database');
    }
    process.exit(code);
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
