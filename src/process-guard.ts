import type { Logger } from './logger.js';

function describe(reason: unknown): string {
  return reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
}

/**
 * The last line of defence against a promise nobody awaited (a library's background timer, a fire-and-forget
 * call): it is logged as one line and the process keeps serving. Node's default would exit; but a stray
 * rejection is one operation that failed with nobody waiting for its result, typically because Slack or the
 * network blinked, and exiting would turn it into an outage for every user. Whether this instance can still
 * serve is what /healthz reports (database, Slack connection), and that is what an orchestrator acts on.
 * Until the logger exists the line goes to stderr; the returned function switches it to the logger.
 */
export function guardUnhandledRejections(): (logger: Logger) => void {
  let report = (reason: unknown): void => {
    process.stderr.write(`unhandled promise rejection (kept running): ${describe(reason)}\n`);
  };
  process.on('unhandledRejection', (reason) => report(reason));
  return (logger) => {
    report = (reason) =>
      logger.error(
        { reason: describe(reason), code: (reason as { code?: unknown } | null)?.code },
        'unhandled promise rejection (kept running)',
      );
  };
}
