import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRODUCT_SEARCH_LIMIT } from '../../src/features/quotes/quote-products.usecases.js';
import { fixedClock } from '../../src/lib/clock.js';
import { ACTIONS, BLOCKS, COMMANDS } from '../../src/slack/ids.js';
import { SLACK_LIMITS } from '../../src/slack/limits.js';
import { seedPriceList } from '../features/quotes/quote-fixtures.js';
import { type OpenedView, startTestApp, type TestApp } from '../helpers/e2e.js';
import { interactionBody, sendSigned } from '../helpers/slack-request.js';
import { DRIVERS } from '../helpers/test-db.js';
import { createLead, setUpOrg } from './approvals-helpers.js';

type Option = { text: { type: string; text: string }; value: string };

/** 120 pumps whose Chinese names are longer than an option may show, one retired, and the company's valve. */
const PUMPS = Array.from({ length: 120 }, (_, i) => ({
  sku: `PUMP-${String(i).padStart(3, '0')}`,
  nameEn: `Stainless steel multistage centrifugal water pump, model ${i}, for high-rise buildings`,
  nameZh: `不锈钢多级离心水泵${i}型，适用于高层建筑二次供水、工业循环水、锅炉给水及消防系统，含电机与控制柜`,
  unit: '台',
  priceMinor: 300_000 + i,
}));

/**
 * The builder's product picker is an `external_select`: Slack asks the app's options load URL (over HTTP, the same
 * signed endpoint) with a `block_suggestion` payload as the rep types, and shows whatever options come back.
 */
describe.each(DRIVERS)('the quote builder’s product picker over the wire (%s)', (driver) => {
  let app: TestApp;
  const clock = fixedClock(new Date('2026-12-07T02:00:00Z'));
  const builders = new Map<string, OpenedView>();

  beforeAll(async () => {
    app = await startTestApp({ driver, clock });
    await setUpOrg(app);
    await app.deps.teams.updateMember(app.teamId, 'U_ZH', { language: 'zh-CN' });
    await seedPriceList(app.database, app.teamId, [
      ...PUMPS,
      { sku: 'VALVE-20', nameEn: 'Valve 20 mm', nameZh: '阀门20毫米', unit: '个', priceMinor: 12_050 },
      { sku: 'PUMP-OLD', nameEn: 'Old water pump', nameZh: '旧款水泵', unit: '台', priceMinor: 100_000 },
    ]);
    await app.database.db.execute(
      sql`update products set status = 'retired' where team_id = ${app.teamId} and sku = 'PUMP-OLD'`,
    );
    await seedPriceList(app.database, 'T_OTHER', [
      { sku: 'PUMP-RIVAL', nameEn: 'Rival water pump', nameZh: '对手水泵', unit: '台', priceMinor: 1 },
    ]);
    for (const user of ['U_REP', 'U_ZH']) {
      const lead = await createLead(app, user);
      builders.set(user, await app.viewFrom(() => app.command(user, COMMANDS.quote, `#${lead.id}`)));
    }
  }, 60_000);
  afterAll(() => app?.stop());

  /** What Slack sends as the rep types `value` into the picker of `view`, and the options it gets back. */
  async function typeIntoPicker(userId: string, value: string, view: OpenedView, teamId = app.teamId) {
    const picker = view.blocks?.find((block) => block.block_id === BLOCKS.quoteProduct);
    const response = await sendSigned(
      app.url,
      interactionBody({
        type: 'block_suggestion',
        user: { id: userId, username: userId.toLowerCase(), name: userId.toLowerCase(), team_id: teamId },
        container: { type: 'view', view_id: view.id },
        api_app_id: 'A_SALESFLOW',
        token: 'deprecated',
        action_id: picker?.element?.action_id,
        block_id: BLOCKS.quoteProduct,
        value,
        team: { id: teamId, domain: 'salesflow-test' },
        enterprise: null,
        is_enterprise_install: false,
        view: {
          id: view.id,
          team_id: teamId,
          type: 'modal',
          callback_id: view.callback_id,
          private_metadata: view.private_metadata,
          blocks: view.blocks,
          state: { values: {} },
          hash: view.hash ?? 'h',
          title: view.title,
        },
      }),
      'application/x-www-form-urlencoded',
    );
    expect(response.status).toBe(200);
    return (response.json() as { options: Option[] }).options;
  }

  const viewOf = (user: string) => builders.get(user) as OpenedView;

  it('a rep typing part of a Chinese name gets at most 100 options, each within 75 characters, in Chinese', async () => {
    const options = await typeIntoPicker('U_ZH', '离心水泵', viewOf('U_ZH'));
    expect(options).toHaveLength(PRODUCT_SEARCH_LIMIT);
    expect(options.length).toBeLessThanOrEqual(SLACK_LIMITS.staticSelectOptions);
    for (const option of options) {
      expect(option.text.type).toBe('plain_text');
      expect(Array.from(option.text.text).length).toBeLessThanOrEqual(SLACK_LIMITS.optionText);
      expect(option.text.text).toMatch(/^PUMP-\d{3} 不锈钢多级离心水泵/);
    }
    expect(options[0]?.text.text.startsWith('PUMP-000 不锈钢多级离心水泵0型')).toBe(true);
  });

  it('an English-speaking rep sees the English names; the code finds the product too', async () => {
    const [valve, ...rest] = await typeIntoPicker('U_REP', 'valve-2', viewOf('U_REP'));
    expect(rest).toEqual([]);
    expect(valve?.text.text).toContain('VALVE-20 Valve 20 mm');
    expect(valve?.text.text).toContain('120.50');
  });

  it('a retired product and another team’s product are never offered, even by their exact names', async () => {
    for (const typed of ['旧款水泵', 'PUMP-OLD', '对手水泵', 'PUMP-RIVAL']) {
      expect(await typeIntoPicker('U_ZH', typed, viewOf('U_ZH'))).toEqual([]);
    }
    const all = await typeIntoPicker('U_ZH', '水泵', viewOf('U_ZH'));
    expect(all.map((option) => option.text.text).join('\n')).not.toMatch(/PUMP-OLD|PUMP-RIVAL/);
  });

  it('someone in another workspace sending this builder’s quote gets no options', async () => {
    expect(await typeIntoPicker('U_ZH', '水泵', viewOf('U_ZH'), 'T_OTHER')).toEqual([]);
  });

  it('another rep of the team, sending this builder’s quote, gets no options', async () => {
    expect(await typeIntoPicker('U_PEER', '水泵', viewOf('U_ZH'))).toEqual([]);
  });

  it('the action id Slack sends is the builder’s own picker', () => {
    const picker = viewOf('U_REP').blocks?.find((block) => block.block_id === BLOCKS.quoteProduct);
    expect(picker?.element?.type).toBe('external_select');
    expect(picker?.element?.action_id).toMatch(new RegExp(`^${ACTIONS.quoteProduct}_\\d+$`));
  });
});
