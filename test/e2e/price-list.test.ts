import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/lib/clock.js';
import { ACTIONS, BLOCKS, COMMANDS, VIEWS } from '../../src/slack/ids.js';
import { type OpenedView, startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';

const NOW = new Date('2026-12-07T02:00:00Z');
type Json = Record<string, unknown>;

describe.each(DRIVERS)('the price list through Slack (%s)', (driver) => {
  let app: TestApp;

  /** What the app answered to a command or click through its response_url (the last answer). */
  const answer = async (sent: { responseId: string }) =>
    (await app.slack.waitFor(() => app.slack.responses.filter((r) => r.id === sent.responseId).at(-1)))
      .body as Json;
  const card = async (userId: string, text: string) => {
    const sent = await app.command(userId, COMMANDS.product, text);
    return { sent, body: await answer(sent) };
  };
  /** The value of a button in a message, by its action id. */
  const button = (body: Json, actionId: string) => {
    const elements = (
      (body.blocks ?? []) as { elements?: { action_id?: string; value?: string }[] }[]
    ).flatMap((block) => block.elements ?? []);
    return elements.find((element) => element.action_id === actionId)?.value;
  };
  const addProduct = async (userId: string, values: Record<string, string>) => {
    const form = await app.viewFrom(() => app.command(userId, COMMANDS.product, 'add'));
    expect(form.callback_id).toBe(VIEWS.productAdd);
    return app.submit(userId, form, values);
  };
  const PUMP = {
    [BLOCKS.productSku]: 'PUMP-01',
    [BLOCKS.productNameEn]: 'Water pump',
    [BLOCKS.productNameZh]: '水泵',
    [BLOCKS.productUnit]: '台',
    [BLOCKS.productPrice]: '1,200',
    [BLOCKS.productTaxRate]: '13%',
    [BLOCKS.productFloorPrice]: '¥900',
  };

  beforeAll(async () => {
    app = await startTestApp({ driver, clock: fixedClock(NOW) });
    app.addUser({ id: 'U_FIN', locale: 'en-US', tz: 'Asia/Shanghai' });
    app.addUser({ id: 'U_FIN_ZH', locale: 'zh-CN', tz: 'Asia/Shanghai' });
    app.addUser({ id: 'U_ADMIN', locale: 'en-US', tz: 'Asia/Shanghai', is_admin: true });
    app.addUser({ id: 'U_MGR', locale: 'en-US', tz: 'Asia/Shanghai' });
    app.addUser({ id: 'U_REP', locale: 'zh-CN', tz: 'Asia/Shanghai' });
    await app.deps.teams.ensureTeam(app.teamId);
    await app.deps.teams.updateMember(app.teamId, 'U_FIN', { role: 'finance' });
    await app.deps.teams.updateMember(app.teamId, 'U_FIN_ZH', { role: 'finance' });
    await app.deps.teams.updateMember(app.teamId, 'U_MGR', { role: 'manager' });
  });
  afterAll(() => app?.stop());

  it('finance adds a product; a rep finds it by part of its Chinese name, with its price and without its floor', async () => {
    const saved = await addProduct('U_FIN', PUMP);
    expect(saved.outcome).toEqual({ kind: 'done', text: expect.stringContaining('Added *PUMP-01*') });
    const { body } = await card('U_REP', '水');
    const json = JSON.stringify(body);
    // One match is shown as the product itself, in the rep's language, the Chinese name first; the default list
    // keeps the name it got from whoever used the price list first.
    expect(json).toContain('*PUMP-01* 水泵 · Water pump');
    expect(json).toContain('Standard (默认): ¥1,200.00');
    expect(json).not.toContain('¥900.00');
    expect(json).not.toContain(ACTIONS.productEdit);
    // A manager approves quotes: they see the floor.
    expect(JSON.stringify((await card('U_MGR', 'pump-01')).body)).toContain('¥900.00');
  });

  it('a form with a wrong amount is answered in the field, before anything is saved', async () => {
    const saved = await addProduct('U_FIN', {
      ...PUMP,
      [BLOCKS.productSku]: 'PUMP-X',
      [BLOCKS.productPrice]: '$100',
    });
    expect(saved.outcome).toEqual({
      kind: 'errors',
      errors: {
        [BLOCKS.productPrice]: 'The price list is in CNY: give the price in CNY. Prices are never converted.',
      },
    });
    expect(await app.deps.products.findBySku(app.teamId, 'PUMP-X')).toBeUndefined();
  });

  it('a rep cannot add a product: no form opens, and the answer says who can', async () => {
    const opened = app.slack.callsTo('views.open').length;
    const sent = await app.command('U_REP', COMMANDS.product, 'add');
    expect(String((await answer(sent)).text)).toContain('只有管理员和财务可以修改价目表');
    expect(app.slack.callsTo('views.open').length).toBe(opened);
  });

  it('finance edits from the card; the card it came from is refreshed with the new price', async () => {
    const { sent, body } = await card('U_FIN', 'PUMP-01');
    const edit = await app.viewFrom(() =>
      app.action(
        'U_FIN',
        { action_id: ACTIONS.productEdit, value: button(body, ACTIONS.productEdit) },
        {
          isEphemeral: true,
        },
      ),
    );
    expect(edit.callback_id).toBe(VIEWS.productEdit);
    const responses = app.slack.responses.length;
    const saved = await app.submit('U_FIN', edit, { [BLOCKS.productPrice]: '1,300' });
    expect(saved.outcome).toMatchObject({ kind: 'done' });
    const refreshed = await app.slack.waitFor(() =>
      app.slack.responses.slice(responses).find((r) => (r.body as Json).replace_original === true),
    );
    expect(JSON.stringify(refreshed.body)).toContain('¥1,300.00');
    expect(sent.responseId).toBeTruthy();
  });

  it('a stale edit form saves nothing and comes back on the product as it is, with what changed and the user’s own change on top', async () => {
    const { body } = await card('U_FIN', 'PUMP-01');
    const value = button(body, ACTIONS.productEdit);
    const mine = await app.viewFrom(() => app.action('U_FIN', { action_id: ACTIONS.productEdit, value }));
    const theirs = await app.viewFrom(() => app.action('U_ADMIN', { action_id: ACTIONS.productEdit, value }));
    expect((await app.submit('U_ADMIN', theirs, { [BLOCKS.productPrice]: '1,500' })).outcome.kind).toBe(
      'done',
    );
    const stale = await app.submit('U_FIN', mine, { [BLOCKS.productUnit]: '套' });
    expect(stale.outcome.kind).toBe('refused');
    const refused = stale.outcome as { notice: string; view: OpenedView };
    expect(refused.notice).toContain('Someone changed *PUMP-01*');
    expect(refused.notice).toContain('<@U_ADMIN>');
    expect(refused.notice).toContain('Price: 1300.00 → 1500.00');
    const json = JSON.stringify(refused.view.blocks);
    expect(json).toContain('"initial_value":"1500.00"');
    expect(json).toContain('"initial_value":"套"');
    expect(await app.deps.products.findBySku(app.teamId, 'PUMP-01')).toMatchObject({ unit: '台' });
    // Saved again from the refreshed form, it goes through.
    const again = await app.submit('U_FIN', { ...refused.view, id: stale.viewId });
    expect(again.outcome.kind).toBe('done');
    expect(await app.deps.products.findBySku(app.teamId, 'PUMP-01')).toMatchObject({ unit: '套' });
  });

  it('finance retires from the card: the card says so and offers Reactivate; a rep still finds it, marked retired', async () => {
    const { body } = await card('U_FIN', 'PUMP-01');
    const sent = await app.action(
      'U_FIN',
      { action_id: ACTIONS.productRetire, value: button(body, ACTIONS.productRetire) },
      { isEphemeral: true },
    );
    const retired = await answer(sent);
    expect(retired).toMatchObject({ replace_original: true });
    expect(String(retired.text)).toContain('Retired *PUMP-01*');
    expect(button(retired, ACTIONS.productReactivate)).toBeTruthy();
    // The old card's button is stale now: refused, with the card as it is.
    const again = await app.action('U_FIN', {
      action_id: ACTIONS.productRetire,
      value: button(body, ACTIONS.productRetire),
    });
    expect(String((await answer(again)).text)).toContain('Someone changed *PUMP-01*');
    expect(JSON.stringify((await card('U_REP', 'PUMP-01')).body)).toContain('已停售');
    const back = await app.action('U_FIN', {
      action_id: ACTIONS.productReactivate,
      value: button(retired, ACTIONS.productReactivate),
    });
    expect(String((await answer(back)).text)).toContain('*PUMP-01* is active again.');
  });

  it('lists and prices: a distributor list, a price on it, both shown on the card; a price below the floor is warned about', async () => {
    expect(
      String(
        (await answer(await app.command('U_FIN', COMMANDS.product, 'list add Distributor distributor'))).text,
      ),
    ).toContain('Price list *Distributor* created (distributor, CNY)');
    const priced = await answer(
      await app.command('U_FIN', COMMANDS.product, 'price PUMP-01 800 distributor'),
    );
    expect(String(priced.text)).toContain('*PUMP-01* is now on *Distributor* at ¥800.00.');
    expect(String(priced.text)).toContain('below its floor price (¥900.00)');
    const lists = await answer(await app.command('U_REP', COMMANDS.product, 'lists'));
    expect(JSON.stringify(lists.blocks)).toContain('"type":"data_table"');
    expect(String(lists.text)).toContain('Distributor — 经销商，CNY，1 个产品');
    expect(JSON.stringify((await card('U_REP', 'PUMP-01')).body)).toContain('Distributor: ¥800.00');
  });

  it('importing a price list: the preview, then Import in the background; the same file again has nothing to import', async () => {
    const preview = async (userId: string, name: string) => {
      const upload = await app.viewFrom(() => app.command(userId, COMMANDS.product, 'import'));
      expect(upload.callback_id).toBe(VIEWS.importUpload);
      const before = app.slack.callsTo('views.update').length;
      const file = app.slack.addFile({
        id: `F_${name}_${before}`,
        name,
        bytes: readFileSync(`test/fixtures/imports/${name}`),
      });
      await app.submit(userId, upload, { [BLOCKS.importFile]: JSON.stringify([file]) });
      const update = await app.slack.waitFor(() => app.slack.callsTo('views.update').slice(before).at(-1));
      return { ...(update.args.view as OpenedView), id: String(update.args.view_id) };
    };
    const first = await preview('U_FIN', 'products-en.csv');
    const text = JSON.stringify(first.blocks);
    expect(text).toContain('10 rows read — 6 valid, 4 invalid');
    expect(text).toContain('4 new products, 1 updated, 0 unchanged');
    // The edits above made PUMP-01 a 套 at ¥1,500: the file puts it back, and says so first.
    expect(text).toContain('Row 2 *PUMP-01* — Unit 套 → 台; Price ¥1,500.00 → ¥1,200.00');
    expect(text).toContain('Row 7 — Price: The price list is in CNY');
    expect(first.submit).toBeDefined();
    const updates = app.slack.callsTo('chat.update').length;
    await app.submit('U_FIN', first);
    await app.deps.background().importQueue.idle();
    const done = app.slack.callsTo('chat.update').slice(updates).at(-1);
    expect(String(done?.args.text)).toContain(
      '4 products created, 1 updated, 0 unchanged, 1 skipped, 4 rejected',
    );
    expect(await app.deps.products.findBySku(app.teamId, 'LIC-Y')).toMatchObject({ unit: '年' });

    const again = await preview('U_FIN', 'products-en.csv');
    expect(JSON.stringify(again.blocks)).toContain('0 new products, 0 updated, 5 unchanged');
    expect(JSON.stringify(again.blocks)).toContain('Nothing to import');
    // No Import button; Slack needs a submit beside the column selects, so it checks the columns again.
    expect(again.submit).toMatchObject({ text: 'Check again' });
  });

  it('a GBK CSV with Chinese headers is previewed in Chinese, with the reason per row', async () => {
    const upload = await app.viewFrom(() => app.command('U_FIN_ZH', COMMANDS.product, '导入 distributor'));
    expect((upload.title as Json).text).toBe('导入价目表');
    const before = app.slack.callsTo('views.update').length;
    const file = app.slack.addFile({
      id: 'F_GBK',
      name: 'products-zh-gbk.csv',
      bytes: readFileSync('test/fixtures/imports/products-zh-gbk.csv'),
    });
    await app.submit('U_FIN_ZH', upload, { [BLOCKS.importFile]: JSON.stringify([file]) });
    const update = await app.slack.waitFor(() => app.slack.callsTo('views.update').slice(before).at(-1));
    const json = JSON.stringify((update.args.view as OpenedView).blocks);
    expect(json).toContain('导入价目表 *Distributor*（CNY）：读取 4 行，其中有效 3 行、无效 1 行');
    expect(json).toContain('第 5 行 — 单价：该价目表的币种是 CNY');
    expect(json).toContain('第 2 行 *PUMP-01* — 单价 ¥800.00 → ¥1,200.00');
  });

  it('a file sent in a DM offers the price list import to finance, and only the lead import to a rep', async () => {
    const file = app.slack.addFile({
      id: 'F_DM_PRICE',
      name: 'prices.csv',
      bytes: Buffer.from('SKU,Price\nPUMP-01,1\n'),
    });
    const base = { type: 'message', subtype: 'file_share', channel_type: 'im', text: '', files: [file] };
    const posts = app.slack.callsTo('chat.postMessage').length;
    await app.event({ ...base, channel: 'D_FIN', user: 'U_FIN', ts: '1765000000.000100' });
    await app.event({ ...base, channel: 'D_REP', user: 'U_REP', ts: '1765000000.000200' });
    const posted = (channel: string) =>
      app.slack.waitFor(() =>
        app.slack
          .callsTo('chat.postMessage')
          .slice(posts)
          .find((call) => call.args.channel === channel),
      );
    expect(JSON.stringify((await posted('D_FIN')).args.blocks)).toContain(ACTIONS.importPriceListFromMessage);
    expect(JSON.stringify((await posted('D_REP')).args.blocks)).not.toContain(
      ACTIONS.importPriceListFromMessage,
    );
    const before = app.slack.callsTo('views.update').length;
    const opened = await app.viewFrom(() =>
      app.action('U_FIN', { action_id: ACTIONS.importPriceListFromMessage, value: 'F_DM_PRICE' }),
    );
    expect(opened.callback_id).toBe(VIEWS.importPreview);
    const update = await app.slack.waitFor(() => app.slack.callsTo('views.update').slice(before).at(-1));
    expect(JSON.stringify(update.args.view)).toContain('*prices.csv* for the price list *Standard*');
    // A rep who clicks it anyway (a forged click: they were not offered it) is told who may, in the modal.
    const beforeRep = app.slack.callsTo('views.update').length;
    await app.viewFrom(() =>
      app.action('U_REP', { action_id: ACTIONS.importPriceListFromMessage, value: 'F_DM_PRICE' }),
    );
    const refused = await app.slack.waitFor(() => app.slack.callsTo('views.update').slice(beforeRep).at(-1));
    expect(JSON.stringify(refused.args.view)).toContain('只有管理员和财务可以修改价目表');
    expect((refused.args.view as OpenedView).title).toMatchObject({ text: '导入价目表' });
  });
});
