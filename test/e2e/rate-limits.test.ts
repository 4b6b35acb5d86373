import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { FakeSlack } from '../helpers/fake-slack.js';

/*
 * Slack rate-limits every method (DESIGN.md, rule 17). The app's own Web API client meets a 429 on
 * views.publish, waits the Retry-After Slack gave, and publishes each Home tab once: nothing lost, nothing twice.
 */
describe('the app under Slack’s per-method rate limits', () => {
  let app: TestApp;
  let slack: FakeSlack;
  beforeAll(async () => {
    // views.publish once a second with no burst: two Home tabs opened together cannot both go at once.
    slack = await new FakeSlack({ methodRates: { 'views.publish': { perMinute: 60, burst: 1 } } }).start();
    app = await startTestApp({ slack });
    app.addUser({ id: 'U_ONE', locale: 'en-US' });
    app.addUser({ id: 'U_TWO', locale: 'en-US' });
  });
  afterAll(async () => {
    await app?.stop();
    await slack?.stop();
  });

  it('waits out a 429 on views.publish and publishes every Home tab exactly once', async () => {
    await Promise.all([
      app.event({ type: 'app_home_opened', user: 'U_ONE', channel: 'D_ONE', tab: 'home' }),
      app.event({ type: 'app_home_opened', user: 'U_TWO', channel: 'D_TWO', tab: 'home' }),
    ]);
    const published = () =>
      slack
        .callsTo('views.publish')
        .filter((call) => call.answer?.ok === true)
        .map((call) => String(call.args.user_id))
        .sort();
    await slack.waitFor(() => published().length === 2, 15_000);
    expect(slack.methodLimits?.refused.get('views.publish')).toBeGreaterThan(0);
    expect(published()).toEqual(['U_ONE', 'U_TWO']);
  });
});
