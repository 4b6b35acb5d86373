import { FakeSlack } from '../../test/helpers/fake-slack.js';

/** The fake Slack Web API in its own process, so its work does not share a CPU with the load generator. */
const slack = await new FakeSlack().start();
for (let i = 1; i <= 20; i++)
  slack.addUser({ id: `U${i}`, tz: 'Asia/Shanghai', locale: i % 2 ? 'en-US' : 'zh-CN' });
// Keep memory flat during long runs: the benchmark needs answers, not a record of calls.
setInterval(() => slack.reset(), 1000).unref();
process.stdout.write(`${JSON.stringify({ url: slack.url, apiUrl: slack.apiUrl })}\n`);
process.on('SIGTERM', () => void slack.stop().then(() => process.exit(0)));
