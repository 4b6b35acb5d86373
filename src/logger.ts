import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import pino, { type Logger } from 'pino';

export type { Logger };

/** Anything that looks like a Slack token or secret is replaced before a line is written. */
const SECRET_PATTERN = /\b(xox[abposr]-[A-Za-z0-9-]+|xapp-[A-Za-z0-9-]+|sk-[A-Za-z0-9_-]{8,})/g;

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'salesflow' },
      redact: {
        paths: [
          'token',
          '*.token',
          'botToken',
          '*.botToken',
          'signingSecret',
          '*.signingSecret',
          'headers.authorization',
        ],
        censor: '[redacted]',
      },
      hooks: {
        logMethod(args, method) {
          const scrubbed = args.map((arg) =>
            typeof arg === 'string' ? arg.replace(SECRET_PATTERN, '[redacted]') : arg,
          );
          method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}

const boltToPino: Record<LogLevel, string> = {
  [LogLevel.DEBUG]: 'debug',
  [LogLevel.INFO]: 'info',
  [LogLevel.WARN]: 'warn',
  [LogLevel.ERROR]: 'error',
};

/** Bolt and its Web API client log through our pino logger, so every line is JSON and scrubbed. */
export function toBoltLogger(logger: Logger): BoltLogger {
  const text = (parts: unknown[]) =>
    parts
      .map((part) =>
        typeof part === 'string' ? part : part instanceof Error ? part.message : JSON.stringify(part),
      )
      .join(' ');
  return {
    debug: (...msg) => logger.debug({ source: 'bolt' }, text(msg)),
    info: (...msg) => logger.info({ source: 'bolt' }, text(msg)),
    warn: (...msg) => logger.warn({ source: 'bolt' }, text(msg)),
    error: (...msg) => logger.error({ source: 'bolt' }, text(msg)),
    setLevel: (level) => {
      logger.level = boltToPino[level] ?? 'info';
    },
    getLevel: () =>
      (Object.entries(boltToPino).find(([, value]) => value === logger.level)?.[0] as LogLevel) ??
      LogLevel.INFO,
    setName: () => {},
  };
}
