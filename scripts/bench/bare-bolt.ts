import { App, HTTPReceiver, LogLevel } from '@slack/bolt';

/**
 * The floor: a Bolt app on the same receiver that only acknowledges. Whatever Salesflow adds on top of this
 * (database, middleware, rendering) is Salesflow's cost.
 */
const receiver = new HTTPReceiver({
  signingSecret: process.env.SLACK_SIGNING_SECRET ?? '',
  endpoints: '/slack/events',
});
const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  receiver,
  logLevel: LogLevel.ERROR,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
});
app.command(/.*/, async ({ ack }) => ack());
app.action(/.*/, async ({ ack }) => ack());
app.view(/.*/, async ({ ack }) => ack());
await app.start(Number(process.env.PORT));
process.stdout.write('ready\n');
process.on('SIGTERM', () => process.exit(0));
