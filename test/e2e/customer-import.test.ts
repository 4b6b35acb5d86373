import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/lib/clock.js';
import { BLOCKS, COMMANDS, VIEWS } from '../../src/slack/ids.js';
import { type OpenedView, startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';

const NOW = new Date('2026-12-08T02:00:00Z');
type Json = Record<string, unknown>;

const csvFile = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');

describe.each(DRIVERS)('importing customers through Slack (%s)', (driver) => {
  let app: TestApp;
  let files = 0;
  let existingId = 0;

  const rows = async <T>(query: ReturnType<typeof sql>) =>
    ((await app.deps.db.execute(query)) as unknown as { rows: T[] }).rows;
  /** Every customer of the team with its contacts and version: what "nothing changed" compares. */
  const snapshot = () =>
    rows<Json>(sql`
      select c.id, c.name, c.kind, c.owner_user_id, c.industry, c.notes, c.credit_limit_minor, c.version,
        (select count(*) from customer_contacts k where k.customer_id = c.id)::int as contacts
      from customers c where c.team_id = ${app.teamId} order by c.id`);

  const share = (name: string, bytes: Buffer) =>
    JSON.stringify([app.slack.addFile({ id: `F_CUST${++files}`, name, bytes, user: 'U_REP' })]);

  /** `/customer import`, the file chosen, and the preview the modal turns into. */
  const previewOf = async (userId: string, name: string, bytes: Buffer) => {
    const upload = await app.viewFrom(() => app.command(userId, COMMANDS.customer, 'import'));
    expect(upload.callback_id).toBe(VIEWS.importUpload);
    const before = app.slack.callsTo('views.update').length;
    const sent = await app.submit(userId, upload, { [BLOCKS.importFile]: share(name, bytes) });
    expect(sent.json).toMatchObject({ response_action: 'update' });
    const update = await app.slack.waitFor(() => app.slack.callsTo('views.update').slice(before).at(-1));
    return { ...(update.args.view as OpenedView), id: String(update.args.view_id) } as OpenedView & {
      blocks: Json[];
      submit?: { text: string };
    };
  };

  /** Preview, Import pressed, the background run finished: the preview and the outcome message. */
  const importFile = async (userId: string, name: string, bytes: Buffer) => {
    const preview = await previewOf(userId, name, bytes);
    const updates = app.slack.callsTo('chat.update').length;
    await app.submit(userId, preview, {});
    await app.deps.background().importQueue.idle();
    return { preview, outcome: app.slack.callsTo('chat.update').slice(updates).at(-1) };
  };

  /** `/customer export` as `userId`: the CSV uploaded into her DM, as its bytes. */
  const exportAs = async (userId: string) => {
    const uploads = app.slack.uploads.length;
    const sent = await app.command(userId, COMMANDS.customer, 'export');
    await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === sent.responseId));
    expect(app.slack.uploads.length).toBeGreaterThan(uploads);
    const bytes = app.slack.uploads.at(-1)?.bytes.toString('utf8') ?? '';
    return bytes.slice(bytes.indexOf('\uFEFF'), bytes.lastIndexOf('\r\n------'));
  };

  beforeAll(async () => {
    app = await startTestApp({ driver, clock: fixedClock(NOW) });
    for (const [id, locale] of [
      ['U_MGR', 'zh-CN'],
      ['U_REP', 'en-US'],
      ['U_FIN', 'en-US'],
      ['U_OTHER', 'en-US'],
    ] as const)
      app.addUser({ id, locale, tz: 'Asia/Shanghai' });
    await app.deps.teams.ensureTeam(app.teamId);
    await app.deps.teams.updateMember(app.teamId, 'U_MGR', { role: 'manager' });
    await app.deps.teams.updateMember(app.teamId, 'U_REP', { managerUserId: 'U_MGR' });
    await app.deps.teams.updateMember(app.teamId, 'U_FIN', { role: 'finance' });
    await app.deps.teams.updateMember(app.teamId, 'U_OTHER', { role: 'rep' });
    const [row] = await rows<{ id: string }>(sql`
      insert into customers (team_id, name, owner_user_id, industry)
      values (${app.teamId}, '杭州远航科技有限公司', 'U_REP', 'manufacturing') returning id`);
    existingId = Number(row?.id);
    await app.deps.db.execute(sql`
      insert into customer_contacts (team_id, customer_id, name, phone)
      values (${app.teamId}, ${existingId}, '周经理', '+86 139 0000 1111')`);
    await app.deps.db.execute(sql`
      insert into customers (team_id, name, owner_user_id) values (${app.teamId}, 'Someone Else Ltd', 'U_OTHER')`);
  });
  afterAll(() => app?.stop());

  const repFile = csvFile([
    'Customer name,Type,Industry,Owner,Contact,Phone,Email,Notes',
    'Blue Harbor Trading,Company,Logistics,,Ms Lin,+86 21 5555 0101,lin@blueharbor.example,Prefers email',
    'Chen Wei,Individual,,,,+86 138 0000 7777,,',
    '"<!here> Yuanhang","Company",,,"Mr Wu","+86 139 0000 1111",,"<!channel> call back in March"',
    ',Company,,,,+86 21 5555 0199,,',
    'Bad Mail Co,Company,,,,,not-an-email,',
    'Ghost Owner Co,Company,,nobody@nowhere.example,,,,',
    'SOMEONE ELSE LTD,Company,,,,,,',
    'Blue Harbor Trading Co.,Company,,,,+86 21 5555 0101,,',
  ]);

  it('/customer import opens the same upload modal as /lead import, for customers', async () => {
    const upload = await app.viewFrom(() => app.command('U_REP', COMMANDS.customer, 'import'));
    expect(upload.callback_id).toBe(VIEWS.importUpload);
    expect(upload.title).toMatchObject({ text: 'Import customers' });
    expect(JSON.stringify(upload.blocks)).toContain('Credit limits in CNY');
  });

  it('the preview says what each row would do, names each bad row’s problem in the user’s language and escapes what it echoes', async () => {
    const preview = await previewOf('U_REP', 'customers.csv', repFile);
    expect(preview.callback_id).toBe(VIEWS.importPreview);
    const json = JSON.stringify(preview.blocks);
    expect(json).toContain('8 rows read — 5 valid, 3 invalid');
    expect(json).toContain('2 new customers, 1 updated, 0 unchanged, 1 left alone');
    expect(json).toContain('Row 5 — Customer name: This field is required.');
    expect(json).toContain('Row 6 — Email: Enter an email address');
    expect(json).toContain('Row 7 — Owner: No member found');
    expect(json).toContain('1 rows are the same customer as an earlier row');
    // The matched customer's row, as the file wrote it: no ping reaches the channel.
    expect(json).toContain(`customer #${existingId} *&lt;!here&gt; Yuanhang*`);
    expect(json).toContain('&lt;!channel&gt; call back in March');
    expect(json).not.toContain('<!here>');
    expect(json).not.toContain('<!channel>');
    expect(await snapshot()).toHaveLength(2);
  });

  it('Import creates the new customers with their contacts, adds to the one it matched, and the same file again writes nothing', async () => {
    const before = await snapshot();
    const { outcome } = await importFile('U_REP', 'customers.csv', repFile);
    expect(String(outcome?.args.text)).toContain(
      '2 customers created, 1 updated, 0 unchanged, 2 skipped, 3 rejected',
    );
    const rejected = app.slack.lastCall('files.completeUploadExternal');
    expect(String(rejected?.args.initial_comment)).toContain('rejected rows');
    const after = await snapshot();
    expect(after).toHaveLength(4);
    const blue = after.find((c) => c.name === 'Blue Harbor Trading') as Json;
    expect(blue).toMatchObject({
      kind: 'company',
      owner_user_id: 'U_REP',
      industry: 'logistics',
      contacts: 1,
    });
    expect(after.find((c) => c.name === 'Chen Wei')).toMatchObject({ kind: 'individual', contacts: 1 });
    const existing = after.find((c) => Number(c.id) === existingId) as Json;
    // Name and owner stay; the notes are filled in; its contact with that phone was not added twice.
    expect(existing).toMatchObject({ name: '杭州远航科技有限公司', owner_user_id: 'U_REP', contacts: 1 });
    expect(existing.notes).toBe('<!channel> call back in March');
    expect(Number(existing.version)).toBe(
      Number(before.find((c) => Number(c.id) === existingId)?.version) + 1,
    );

    const again = await importFile('U_REP', 'customers.csv', repFile);
    expect(JSON.stringify(again.preview.blocks)).toContain('0 new customers, 0 updated, 3 unchanged');
    expect(again.preview.submit).toMatchObject({ text: 'Check again' });
    expect(again.outcome).toBeUndefined();
    expect(await snapshot()).toEqual(after);
  });

  it('a credit limit is finance’s to set, in the team’s currency only; the rep’s row with one is refused and says what to do', async () => {
    const file = csvFile([
      'Customer name,Phone,Credit limit,Currency',
      'Limit Co,+86 21 6666 0001,"¥300,000",',
      'Dollar Co,+86 21 6666 0002,"300,000",USD',
    ]);
    const rep = JSON.stringify((await previewOf('U_REP', 'limits.csv', file)).blocks);
    expect(rep).toContain(
      'Row 2 — Credit limit: Only finance or an admin sets credit limits: clear this cell',
    );
    const { preview, outcome } = await importFile('U_FIN', 'limits.csv', file);
    expect(JSON.stringify(preview.blocks)).toContain(
      'Row 3 — Currency: Credit limits are in the team’s currency, CNY',
    );
    expect(String(outcome?.args.text)).toContain('1 customers created');
    const [limited] = await rows<{
      credit_limit_minor: string;
      credit_limit_currency: string;
      owner: string;
    }>(sql`
      select credit_limit_minor, credit_limit_currency, owner_user_id as owner from customers
      where team_id = ${app.teamId} and name = 'Limit Co'`);
    expect(limited).toMatchObject({ credit_limit_currency: 'CNY', owner: 'U_FIN' });
    expect(Number(limited?.credit_limit_minor)).toBe(30_000_000);
    const [audit] = await rows<{ n: number }>(sql`
      select count(*)::int as n from ledger_events where team_id = ${app.teamId} and kind = 'credit_limit_set'`);
    expect(audit?.n).toBe(1);
  });

  it('an exported file imported again changes nothing (Chinese headers, the owner as the export writes it)', async () => {
    const before = await snapshot();
    const exported = await exportAs('U_MGR');
    expect((parse(exported.replace(/^\uFEFF/, '')) as string[][])[0]?.slice(0, 2)).toEqual([
      '客户编号',
      '客户名称',
    ]);
    const { preview, outcome } = await importFile(
      'U_MGR',
      'customers-export.csv',
      Buffer.from(exported, 'utf8'),
    );
    const json = JSON.stringify(preview.blocks);
    expect(json).toContain('新建 0 个客户，更新 0 个，3 个无变化');
    expect(json).toContain('有效 3 行、无效 0 行');
    expect(outcome).toBeUndefined();
    expect(await snapshot()).toEqual(before);

    const everything = await exportAs('U_FIN');
    const all = await importFile('U_FIN', 'all.csv', Buffer.from(everything, 'utf8'));
    expect(JSON.stringify(all.preview.blocks)).toContain('0 new customers, 0 updated, 5 unchanged');
    expect(await snapshot()).toEqual(before);
  });
});
