import { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../../src/deps.js';
import { createHomeViewRepository } from '../../../src/features/home/home-views.repository.js';
import { previewImport, startImport } from '../../../src/features/imports/imports.usecases.js';
import { translator } from '../../../src/i18n/index.js';
import { createWorkQueue } from '../../../src/lib/work-queue.js';
import { createLogger } from '../../../src/logger.js';
import { runImportInBackground } from '../../../src/slack/imports/import-runner.js';
import { slackOwnerDirectory } from '../../../src/slack/imports/owner-directory.js';
import { downloadSharedFile } from '../../../src/slack/imports/shared-file.js';
import { actor, fixture, importDeps, seedTeam } from '../../features/imports/import-setup.js';
import { FakeSlack } from '../../helpers/fake-slack.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-db.js';

describe('importing a file shared in Slack', () => {
  let slack: FakeSlack;
  let client: WebClient;
  let database: TestDatabase;
  let deps: ReturnType<typeof importDeps> & {
    importQueue: ReturnType<typeof createWorkQueue>;
    homeViews: ReturnType<typeof createHomeViewRepository>;
    logger: typeof log;
  };
  const log = createLogger('silent');

  beforeAll(async () => {
    slack = await new FakeSlack().start();
    client = new WebClient(FakeSlack.botToken, { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });
    database = await createTestDatabase('pglite');
    deps = {
      ...importDeps(database),
      importQueue: createWorkQueue({ concurrency: 1, maxWaiting: 5 }),
      // A finished lead import marks the Homes that show its leads, as the app's deps do.
      homeViews: createHomeViewRepository({ db: database.db }),
      logger: log,
    };
    await seedTeam(deps, 'T_RUN');
  });
  afterAll(async () => {
    await slack?.stop();
    await database?.destroy();
  });

  it('the file is downloaded with the bot token, never without it', async () => {
    const { bytes } = fixture('leads-zh-gbk.csv');
    const shared = slack.addFile({ id: 'F_GBK', name: 'leads-zh-gbk.csv', bytes: Buffer.from(bytes) });
    const file = await downloadSharedFile({
      client,
      botToken: FakeSlack.botToken,
      file: shared as { id: string },
    });
    expect(Buffer.from(file.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(slack.downloads.at(-1)).toEqual({ fileId: 'F_GBK', authorized: true });
    // Only the id (a DM's file): files.info first. A wrong token gets Slack's sign-in redirect: refused.
    expect(
      (await downloadSharedFile({ client, botToken: FakeSlack.botToken, file: { id: 'F_GBK' } })).name,
    ).toBe('leads-zh-gbk.csv');
    await expect(
      downloadSharedFile({ client, botToken: 'xoxb-wrong', file: { id: 'F_GBK' } }),
    ).rejects.toMatchObject({
      code: 'import_file_unreadable',
    });
    await expect(
      downloadSharedFile({
        client,
        botToken: FakeSlack.botToken,
        file: { id: 'F_BIG', size: 50 * 1024 * 1024, url_private_download: 'x' },
      }),
    ).rejects.toMatchObject({ code: 'import_file_tooLarge' });
  });

  it('owners written as emails are found through Slack', async () => {
    slack.addUser({ id: 'U_FANG', email: 'fang@example.cn' });
    const directory = slackOwnerDirectory(client, log);
    expect(await directory.userIdByEmail('fang@example.cn')).toBe('U_FANG');
    expect(await directory.userIdByEmail('nobody@example.cn')).toBeUndefined();
  });

  it('runs in the background: a progress message in the DM, updated to the outcome, then the rejected rows', async () => {
    const manager = actor('T_RUN', 'U_MGR', 'manager', 'zh-CN');
    const preview = await previewImport({
      ...deps,
      actor: manager,
      directory: slackOwnerDirectory(client, log),
      file: fixture('leads-zh-utf8-bom.csv'),
    });
    const record = await startImport({ ...deps, actor: manager, importId: preview.importId, policy: 'skip' });
    slack.reset();
    await runImportInBackground({
      deps: { ...deps, background: () => deps } as unknown as AppDeps,
      client,
      request: { actor: manager, t: translator('zh-CN'), log },
      record,
    });
    await deps.importQueue.idle();
    const posted = slack.lastCall('chat.postMessage');
    expect(posted?.args.channel).toBe('D_MGR');
    expect(String(posted?.args.text)).toContain('正在导入');
    const update = slack.lastCall('chat.update');
    expect(update?.args.ts).toBeDefined();
    expect(String(update?.args.text)).toContain('新建 3，更新 0，重复跳过 1，以前已导入 0，未导入 3');
    const upload = await slack.waitFor(() => slack.uploads[0]);
    // The web client posts the bytes as a multipart form, as Slack's upload URL takes them.
    const csv = upload.bytes.toString('utf8');
    expect(csv).toContain('\r\n\r\n\uFEFF未导入原因,客户名称,联系人');
    expect(csv).toContain('客户名称：此项必填。');
    expect(slack.lastCall('files.completeUploadExternal')?.args.channel_id).toBe('D_MGR');
  });
});
