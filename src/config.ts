import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const configSchema = z
  .object({
    SLACK_BOT_TOKEN: z
      .string({ error: 'is required (the Bot User OAuth Token, xoxb-…)' })
      .trim()
      .startsWith('xoxb-', { error: 'must be a bot token starting with xoxb-' }),
    SLACK_SIGNING_SECRET: z
      .string({ error: 'is required (Basic Information → Signing Secret)' })
      .trim()
      .min(1, { error: 'is required (Basic Information → Signing Secret)' }),
    SLACK_APP_TOKEN: optionalText.pipe(
      z.string().startsWith('xapp-', { error: 'must be an app-level token starting with xapp-' }).optional(),
    ),
    SLACK_API_URL: optionalText.pipe(
      z.url({ error: 'must be a URL such as https://slack.com/api/' }).optional(),
    ),
    PORT: z.coerce
      .number({ error: 'must be a port number' })
      .int()
      .min(1, { error: 'must be between 1 and 65535' })
      .max(65535, { error: 'must be between 1 and 65535' })
      .default(3000),
    DATABASE_URL: optionalText.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, { error: 'must be a postgres:// connection URL' })
        .optional(),
    ),
    DATA_DIR: optionalText.transform((value) => value ?? './data'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    OPENAI_API_KEY: optionalText,
    OPENAI_BASE_URL: optionalText.pipe(
      z.url({ error: 'must be a URL such as https://api.openai.com/v1' }).optional(),
    ),
    OPENAI_MODEL: optionalText.transform((value) => value ?? 'gpt-4o-mini'),
    OPENAI_TIMEOUT_MS: z.coerce
      .number({ error: 'must be a number of milliseconds' })
      .int()
      .min(1000, { error: 'must be at least 1000' })
      .max(20000, { error: 'must be at most 20000 (Slack users will not wait longer)' })
      .default(15000),
    SCHEDULER_ENABLED: z
      .enum(['true', 'false'], { error: 'must be true or false' })
      .default('true')
      .transform((value) => value === 'true'),
  })
  .transform((env) => ({
    slack: {
      botToken: env.SLACK_BOT_TOKEN,
      signingSecret: env.SLACK_SIGNING_SECRET,
      appToken: env.SLACK_APP_TOKEN,
      apiUrl: env.SLACK_API_URL,
    },
    port: env.PORT,
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    logLevel: env.LOG_LEVEL,
    openai: {
      apiKey: env.OPENAI_API_KEY,
      baseUrl: env.OPENAI_BASE_URL,
      model: env.OPENAI_MODEL,
      timeoutMs: env.OPENAI_TIMEOUT_MS,
    },
    schedulerEnabled: env.SCHEDULER_ENABLED,
  }));

export type Config = z.output<typeof configSchema>;

export class ConfigError extends Error {
  readonly code = 'config_invalid';
  constructor(readonly problems: string[]) {
    super(
      [
        'Salesflow cannot start because its settings are incomplete:',
        ...problems.map((problem) => `  - ${problem}`),
        'See "Settings" in README.md for what each one means and where to find it in Slack.',
      ].join('\n'),
    );
    this.name = 'ConfigError';
  }
}

/** Parses the environment once, at start-up; nothing else in the app reads `process.env`. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
  throw new ConfigError(problems);
}
