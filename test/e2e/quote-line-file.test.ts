import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/lib/clock.js';
import { ACTIONS, BLOCKS, COMMANDS, VIEWS } from '../../src/slack/ids.js';
import { CATALOG, seedPriceList } from '../features/quotes/quote-fixtures.js';
import type { OpenedView } from '../helpers/e2e.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';
import { createLead, setUpOrg } from './approvals-helpers.js';

/** The builder's "Paste lines" form takes a CSV or .xlsx file of lines (Slack's file_input), through the wire. */
describe.each(DRIVERS)('a file of quote lines in the builder (%s)', (driver) => {
  let app: TestApp;
  const clock = fixedClock(new Date('2026-12-07T02:00:00Z'));
  let files = 0;

  beforeAll(async () => {
    app = await startTestApp({ driver, clock });
    await setUpOrg(app);
    await seedPriceList(app.database, app.teamId, CATALOG);
  }, 60_000);
  afterAll(() => app?.stop());

  /** `/quote #lead` as `locale`, then Paste lines: the pushed form. */
  async function pasteForm(locale: string) {
    app.addUser({ id: 'U_REP', locale, tz: 'Asia/Shanghai' });
    await app.deps.teams.updateMember(app.teamId, 'U_REP', { language: locale });
    const lead = await createLead(app, 'U_REP');
    const builder = await app.viewFrom(() => app.command('U_REP', COMMANDS.quote, `#${lead.id}`));
    const form = await app.viewFrom(
      () => app.action('U_REP', { action_id: ACTIONS.quoteOpenPaste, value: '1' }, { view: builder }),
      'views.push',
    );
    return { ...form, id: 'V_PASTE' } as OpenedView;
  }

  const slackFile = (name: string, bytes: Buffer) => {
    files += 1;
    return JSON.stringify([app.slack.addFile({ id: `F_LINES_${files}`, name, bytes })]);
  };

  it('an .xlsx of lines with Chinese headers fills the builder, downloaded with the bot token', async () => {
    const form = await pasteForm('zh-CN');
    const file = slackFile('明细.xlsx', readFileSync('test/fixtures/quotes/quote-lines-zh.xlsx'));
    const before = app.slack.callsTo('views.update').length;
    const sent = await app.submit('U_REP', form, { [BLOCKS.quotePasteFile]: file });
    expect(sent.outcome).toMatchObject({ kind: 'done' });
    expect(JSON.stringify(sent.outcome)).toContain('添加 3 行');
    expect(app.slack.downloads.at(-1)).toEqual({ fileId: `F_LINES_${files}`, authorized: true });
    const builder = app.slack.callsTo('views.update').slice(before).at(-1)?.args.view as OpenedView;
    const text = JSON.stringify(builder.blocks);
    for (const sku of ['PUMP-100', 'VALVE-20', 'SVC-INST']) expect(text).toContain(sku);
  }, 60_000);

  it.each([
    { locale: 'en-US', rows: '2 row(s) of the file could not be added', row: 'row 3', unknown: 'NOPE-1' },
    { locale: 'zh-CN', rows: '文件中有 2 行无法添加', row: '第 3 行', unknown: 'NOPE-1' },
  ])(
    'in $locale: a CSV with bad rows is refused whole, each row named, the form kept',
    async (c) => {
      const form = await pasteForm(c.locale);
      const file = slackFile('lines.csv', Buffer.from('SKU,Qty\nPUMP-100,1\nNOPE-1,2\n<!here>,0\n'));
      const sent = await app.submit('U_REP', form, { [BLOCKS.quotePasteFile]: file });
      expect(sent.outcome.kind).toBe('refused');
      const notice = sent.outcome.kind === 'refused' ? sent.outcome.notice : '';
      expect(notice).toContain(c.rows);
      expect(notice).toContain(c.row);
      expect(notice).toContain(c.unknown);
      expect(notice).toContain('&lt;!here&gt;');
      expect(notice).not.toContain('<!here>');
      expect(sent.outcome.kind === 'refused' ? sent.outcome.view.callback_id : '').toBe(VIEWS.quotePaste);
    },
    60_000,
  );

  it.each([
    { locale: 'en-US', says: 'needs a column of product codes' },
    { locale: 'zh-CN', says: '文件需要一列产品编码' },
  ])(
    'in $locale: a file without a code or quantity column says which columns it needs',
    async (c) => {
      const form = await pasteForm(c.locale);
      const file = slackFile('other.csv', Buffer.from('Product,Count\nPump,2\n'));
      const sent = await app.submit('U_REP', form, { [BLOCKS.quotePasteFile]: file });
      expect(sent.outcome.kind === 'refused' ? sent.outcome.notice : '').toContain(c.says);
    },
    60_000,
  );

  it('pasted text and a file together are refused inline, before anything is read', async () => {
    const form = await pasteForm('en-US');
    const file = slackFile('lines.csv', Buffer.from('SKU,Qty\nPUMP-100,1\n'));
    const downloads = app.slack.downloads.length;
    const sent = await app.submit('U_REP', form, {
      [BLOCKS.quotePasteFile]: file,
      [BLOCKS.quotePasteText]: 'VALVE-20 1',
    });
    expect(sent.outcome).toEqual({
      kind: 'errors',
      errors: { [BLOCKS.quotePasteFile]: 'Paste lines or choose a file, not both: clear one of them.' },
    });
    expect(app.slack.downloads.length).toBe(downloads);
    const empty = await app.submit('U_REP', form, {});
    expect(empty.outcome).toEqual({
      kind: 'errors',
      errors: { [BLOCKS.quotePasteText]: 'Paste lines here, or choose a file below.' },
    });
  }, 60_000);
});
