import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/lib/clock.js';
import { ACTIONS, BLOCKS, COMMANDS, VIEWS } from '../../src/slack/ids.js';
import { type OpenedView, startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';

const NOW = new Date('2026-11-27T02:00:00Z');
const fixture = (name: string) => readFileSync(`test/fixtures/imports/${name}`);
type Json = Record<string, unknown>;

describe.each(DRIVERS)('importing and exporting leads through Slack (%s)', (driver) => {
  let app: TestApp;
  let files = 0;

  /** A file as the modal's file input hands it over: Slack's file object, downloadable with the bot token. */
  const share = (name: string, bytes: Buffer = fixture(name)) =>
    JSON.stringify([app.slack.addFile({ id: `F${++files}`, name, bytes, user: 'U_MGR' })]);

  const previewOf = async (userId: string, name: string, bytes?: Buffer) => {
    const upload = await app.viewFrom(() => app.command(userId, COMMANDS.lead, 'import'));
    expect(upload.callback_id).toBe(VIEWS.importUpload);
    const before = app.slack.callsTo('views.update').length;
    const sent = await app.submit(userId, upload, { [BLOCKS.importFile]: share(name, bytes) });
    expect(sent.json).toMatchObject({ response_action: 'update' });
    const update = await app.slack.waitFor(() => app.slack.callsTo('views.update').slice(before).at(-1));
    return { ...(update.args.view as OpenedView), id: String(update.args.view_id) } as OpenedView & {
      blocks: Json[];
    };
  };

  const importFile = async (
    userId: string,
    name: string,
    values: Record<string, string> = {},
    bytes?: Buffer,
  ) => {
    const preview = await previewOf(userId, name, bytes);
    const updates = app.slack.callsTo('chat.update').length;
    await app.submit(userId, preview, values);
    await app.deps.background().importQueue.idle();
    return { preview, outcome: app.slack.callsTo('chat.update').slice(updates).at(-1) };
  };

  beforeAll(async () => {
    app = await startTestApp({ driver, clock: fixedClock(NOW) });
    app.addUser({ id: 'U_MGR', locale: 'zh-CN', tz: 'Asia/Shanghai' });
    app.addUser({
      id: 'U_FANG',
      name: '王芳',
      locale: 'zh-CN',
      tz: 'Asia/Shanghai',
      email: 'fang@example.cn',
    });
    app.addUser({ id: 'U_REP', locale: 'en-US', tz: 'Asia/Shanghai' });
    await app.deps.teams.updateMember(app.teamId, 'U_MGR', { role: 'manager' });
    await app.deps.teams.saveProfile(
      app.teamId,
      'U_FANG',
      { displayName: '王芳', locale: 'zh-CN', timezone: 'Asia/Shanghai', isWorkspaceAdmin: false },
      NOW,
    );
    await app.deps.teams.updateMember(app.teamId, 'U_FANG', { managerUserId: 'U_MGR' });
  });
  afterAll(() => app?.stop());

  it('/lead import: the file is previewed in the modal, in the user’s language, before anything is written', async () => {
    const preview = await previewOf('U_MGR', 'leads-zh-gbk.csv');
    expect(preview.callback_id).toBe(VIEWS.importPreview);
    const json = JSON.stringify(preview.blocks);
    expect(json).toContain('读取 7 行，其中有效 4 行、无效 3 行');
    expect(json).toContain('第 5 行 — 客户名称：此项必填。');
    expect(app.slack.downloads.at(-1)).toMatchObject({ authorized: true });
    expect((await app.deps.leads.query(app.teamId, { owners: 'all', limit: 50 })).total).toBe(0);
  });

  it('Import runs in the background: a progress message updated in place, the rejected rows as a CSV; the same file again creates nothing', async () => {
    await app.deps.homeViews.recordOpened(app.teamId, 'U_FANG', app.deps.clock.now());
    const { outcome } = await importFile('U_MGR', 'leads-zh.xlsx');
    // The leads it created show on Homes: every opened Home is marked for a refresh.
    const marked = (await app.deps.db.execute(
      sql`select dirty_since from home_views where team_id = ${app.teamId} and user_id = 'U_FANG'`,
    )) as unknown as { rows: { dirty_since: unknown }[] };
    expect(marked.rows[0]?.dirty_since).not.toBeNull();
    expect(String(outcome?.args.text)).toContain('新建 4');
    const upload = app.slack.lastCall('files.completeUploadExternal');
    expect(String(upload?.args.initial_comment)).toContain('未导入的行');
    const leads = (await app.deps.leads.query(app.teamId, { owners: 'all', limit: 50 })).leads;
    expect(leads.map((lead) => lead.companyName).sort()).toEqual(
      [
        '上海宏达制造股份有限公司',
        '北京星辰科技有限公司',
        '广州蓝海贸易有限公司',
        '杭州云端网络有限公司',
      ].sort(),
    );
    expect(leads.find((lead) => lead.companyName.startsWith('上海'))?.ownerUserId).toBe('U_FANG');

    const again = await importFile('U_MGR', 'leads-zh.xlsx');
    // Nothing left to import: the modal's only button checks the columns again (Slack needs a submit beside
    // the column selects), so submitting starts no import and creates nothing.
    expect(again.preview.submit).toMatchObject({ text: '重新检查' });
    expect(again.outcome).toBeUndefined();
    expect((await app.deps.leads.query(app.teamId, { owners: 'all', limit: 50 })).total).toBe(4);
  });

  it('a file sent to the bot in a DM gets a button that opens the same preview', async () => {
    const file = app.slack.addFile({
      id: 'F_DM',
      name: 'leads-en-utf8.csv',
      bytes: fixture('leads-en-utf8.csv'),
    });
    await app.event({
      type: 'message',
      subtype: 'file_share',
      channel: 'D_REP',
      channel_type: 'im',
      user: 'U_REP',
      text: '',
      files: [file],
      ts: '1764200000.000100',
    });
    // Events are acknowledged before they are deduplicated and queued: wait for the answer itself.
    const answer = await app.slack.waitFor(() =>
      app.slack.callsTo('chat.postMessage').find((call) => call.args.channel === 'D_REP'),
    );
    const button = JSON.stringify(answer?.args.blocks);
    expect(button).toContain(ACTIONS.importFromMessage);
    const before = app.slack.callsTo('views.update').length;
    const opened = await app.viewFrom(() =>
      app.action('U_REP', { action_id: ACTIONS.importFromMessage, value: 'F_DM' }),
    );
    expect(opened.callback_id).toBe(VIEWS.importPreview);
    const update = await app.slack.waitFor(() => app.slack.callsTo('views.update').slice(before).at(-1));
    expect(JSON.stringify(update.args.view)).toContain('7 rows read');
  });

  it('files in channels, the bot’s own files and files that are no spreadsheet get no answer', async () => {
    const file = app.slack.addFile({ id: 'F_PIC', name: 'leads.csv', bytes: fixture('leads-en-utf8.csv') });
    const photo = app.slack.addFile({ id: 'F_JPG', name: 'photo.jpg', bytes: Buffer.from('jpg') });
    const posts = app.slack.callsTo('chat.postMessage').length;
    const base = { type: 'message', subtype: 'file_share', text: '', ts: '1764200000.000200' };
    await app.event({ ...base, channel: 'C_SALES', channel_type: 'channel', user: 'U_REP', files: [file] });
    await app.event({
      ...base,
      channel: 'D_REP',
      channel_type: 'im',
      bot_id: 'BBOT',
      user: 'UBOT',
      files: [file],
    });
    await app.event({ ...base, channel: 'D_REP', channel_type: 'im', user: 'U_REP', files: [photo] });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await app.deps.afterAck.idle();
    expect(app.slack.callsTo('chat.postMessage').length).toBe(posts);
  });

  it('/lead export uploads exactly what the caller may see, UTF-8 with BOM and Chinese headers for a Chinese user', async () => {
    const reply = await app.command('U_MGR', COMMANDS.lead, 'export team');
    const response = await app.slack.waitFor(() =>
      app.slack.responses.find((r) => r.id === reply.responseId),
    );
    expect(String(response.body.text)).toContain('已导出 4 个客户');
    const bytes = app.slack.uploads.at(-1)?.bytes.toString('utf8') ?? '';
    const csv = bytes.slice(bytes.indexOf('\uFEFF'), bytes.lastIndexOf('\r\n------'));
    const rows = parse(csv.replace(/^\uFEFF/, '')) as string[][];
    expect(rows[0]?.slice(0, 3)).toEqual(['编号', '客户名称', '联系人']);
    expect(rows).toHaveLength(5);
    const rep = await app.command('U_REP', COMMANDS.lead, 'export');
    const none = await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === rep.responseId));
    expect(String(none.body.text)).toBe('No leads to export with this filter.');
  });

  it('the new-lead form warns of a duplicate, and creates it only once the rep confirms', async () => {
    const view = await app.viewFrom(() => app.command('U_REP', COMMANDS.lead));
    const values = {
      [BLOCKS.company]: '北京星辰科技',
      [BLOCKS.contactName]: 'Zhang',
      [BLOCKS.phone]: '13800138000',
    };
    const before = app.slack.callsTo('views.update').length;
    await app.submit('U_REP', view, values);
    const warned = await app.slack.waitFor(() => app.slack.callsTo('views.update').slice(before).at(-1));
    const warning = warned.args.view as OpenedView;
    const json = JSON.stringify(warning.blocks);
    // The lead is the manager's: a rep sees whose it is, not the lead.
    expect(json).toContain('A lead of <@U_MGR> — same phone, similar company name');
    expect(json).not.toContain(ACTIONS.duplicateOpenLead);
    expect((await app.deps.leads.query(app.teamId, { owners: ['U_REP'], limit: 5 })).total).toBe(0);
    await app.submit(
      'U_REP',
      { ...warning, id: String(warned.args.view_id) },
      { [BLOCKS.createAnyway]: 'yes' },
    );
    expect((await app.deps.leads.query(app.teamId, { owners: ['U_REP'], limit: 5 })).total).toBe(1);
  });

  it('the manager is shown the lead itself, with a button that sends its card', async () => {
    const view = await app.viewFrom(() => app.command('U_MGR', COMMANDS.lead));
    const before = app.slack.callsTo('views.update').length;
    await app.submit('U_MGR', view, {
      [BLOCKS.company]: 'Guangzhou Lanhai',
      [BLOCKS.contactName]: 'Chen',
      [BLOCKS.phone]: '020 8888 6666',
    });
    const warned = await app.slack.waitFor(() => app.slack.callsTo('views.update').slice(before).at(-1));
    const json = JSON.stringify((warned.args.view as OpenedView).blocks);
    expect(json).toContain('广州蓝海贸易有限公司');
    const id = /lead_duplicate_open_(\d+)/.exec(json)?.[1];
    const card = await app.callFrom(
      () =>
        app.action(
          'U_MGR',
          { action_id: `${ACTIONS.duplicateOpenLead}_${id}`, value: id },
          { view: { ...(warned.args.view as OpenedView), id: String(warned.args.view_id) } },
        ),
      'chat.postMessage',
    );
    expect(card.args.channel).toBe('U_MGR');
    expect(JSON.stringify(card.args.blocks)).toContain('广州蓝海贸易有限公司');
  });

  it('an import the database stops half-way is marked failed, says how to finish it, and the same file then does', async () => {
    const csv = Buffer.from('公司,联系人\nHalfway Co 1,Li\nHalfway Co 2,Wang\nHalfway Co 3,Zhao\n', 'utf8');
    const imports = app.deps.background().imports;
    const writeBatch = imports.writeBatch;
    imports.writeBatch = async () => {
      throw new Error('the database stopped answering');
    };
    try {
      const { outcome } = await importFile('U_MGR', 'halfway.csv', {}, csv);
      expect(String(outcome?.args.text)).toContain('导入中断了');
    } finally {
      imports.writeBatch = writeBatch;
    }
    const stopped = await app.deps.db.execute(
      sql`select status, "table" from lead_imports where file_name = 'halfway.csv' order by id limit 1`,
    );
    expect((stopped as unknown as { rows: unknown[] }).rows).toEqual([{ status: 'failed', table: null }]);
    const { outcome } = await importFile('U_MGR', 'halfway.csv', {}, csv);
    expect(String(outcome?.args.text)).toContain('新建 3');
  });
});
