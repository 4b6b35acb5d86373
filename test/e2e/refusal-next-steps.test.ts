import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/lib/clock.js';
import { ACTIONS, BLOCKS, COMMANDS, VIEWS } from '../../src/slack/ids.js';
import { type OpenedView, startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';
import {
  approve,
  click,
  createLead,
  privateReply,
  requestDiscount,
  setUpOrg,
  waitingStep,
} from './approvals-helpers.js';

/*
 * The most-hit refusals, through the real app: what the user reads names the next step (DESIGN.md, rule 16), in
 * English and in Chinese. U_REP and U_PEER are reps of U_MGR (a manager); U_ZH is a rep who reads Chinese.
 */
describe.each(DRIVERS)('a refusal tells the user what to do next (%s)', (driver) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ driver, clock: fixedClock(new Date('2026-11-27T02:00:00Z')) });
    await setUpOrg(app);
  });
  afterAll(() => app?.stop());

  async function reply(userId: string, command: string, text: string): Promise<string> {
    const sent = await app.command(userId, command, text);
    return String((await privateReply(app, sent.responseId)).body.text);
  }

  async function lostLead(owner: string) {
    const lead = await createLead(app, owner);
    await app.deps.leads.update(app.teamId, lead.id, { stage: 'lost' }, null);
    return lead;
  }

  it('/quote on a lost lead says how to reopen it: the lead’s card, Change stage', async () => {
    const lead = await lostLead('U_REP');
    expect(await reply('U_REP', COMMANDS.quote, `#${lead.id}`)).toBe(
      `${lead.companyName} is marked lost: reopen the lead before quoting it — \`/lead #${lead.id}\` → *Change stage*, to an open stage.`,
    );
    const zh = await lostLead('U_ZH');
    expect(await reply('U_ZH', COMMANDS.quote, `#${zh.id}`)).toBe(
      `${zh.companyName} 已标记为战败：请先重新打开线索再报价——\`/lead #${zh.id}\` → *更改阶段*，选择一个进行中的阶段。`,
    );
  });

  it('a second Approve on a decided step says who decided and how to ask for something else', async () => {
    const lead = await createLead(app, 'U_REP');
    await requestDiscount(app, 'U_REP', lead.id, '12');
    const step = await waitingStep(app, lead.id, 1);
    await approve(app, 'U_MGR', step);
    const late = await click(app, 'U_MGR', ACTIONS.approvalApprove, step);
    const text = String((await privateReply(app, late.responseId)).body.text);
    expect(text).toMatch(/^This step was already decided by <@U_MGR> <!date\^\d+\^/);
    expect(text).toContain(
      'your click changed nothing. The outcome is in the lead’s thread; to ask for something else, make a new request (`/discount`, `/contract` or `/invoice`).',
    );
  });

  it('deciding one’s own request says how to withdraw it, by the button’s label in the user’s language', async () => {
    const lead = await createLead(app, 'U_ZH');
    await requestDiscount(app, 'U_ZH', lead.id, '12');
    const step = await waitingStep(app, lead.id, 1);
    const own = await click(app, 'U_ZH', ACTIONS.approvalApprove, step);
    expect(String((await privateReply(app, own.responseId)).body.text)).toBe(
      '你不能审批自己的申请，未做任何更改。申请正在等待审批人处理；如要撤回，请在线索讨论串中点 *撤销申请*。',
    );
  });

  it('a rep handing over another rep’s lead is told how to find their own leads', async () => {
    const lead = await createLead(app, 'U_REP');
    expect(await reply('U_PEER', COMMANDS.lead, `#${lead.id} owner <@U_PEER|peer>`)).toBe(
      `No lead #${lead.id} that you can see. Find yours with \`/lead list\`, or search with \`/lead\` and part of its name; a colleague’s lead is changed by its owner, their manager or an admin.`,
    );
    expect(await reply('U_ZH', COMMANDS.lead, `#${lead.id} owner <@U_ZH|zh>`)).toBe(
      `没有找到你可查看的线索 #${lead.id}。请用 \`/lead list\` 查看你的线索，或用 \`/lead\` 加名称的一部分搜索；同事的线索由其负责人、其经理或管理员修改。`,
    );
  });

  it('/target by a rep names the command a manager uses and who sets reporting lines', async () => {
    expect(await reply('U_REP', COMMANDS.target, '<@U_PEER|peer> 1000')).toBe(
      'You can set targets only for the people who report to you (directors and admins: for anyone and for the team). Set theirs with `/target @rep 300000`; for anyone else, ask their manager or a director (an admin sets who reports to whom with `/salesflow reports-to @rep @manager`).',
    );
    expect(await reply('U_ZH', COMMANDS.target, 'team 100万')).toBe(
      '你只能为下属设定目标（总监和管理员可为任何人及团队设定）。为下属设定：`/target @下属 300000`；其他人请联系其经理或总监（管理员可用 `/salesflow reports-to @销售 @经理` 设置汇报关系）。',
    );
  });

  it('pressing Import twice: the second is told the import runs already, where its progress is and how to start another', async () => {
    const file = app.slack.addFile({
      id: 'F_TWICE',
      name: 'leads-zh.xlsx',
      bytes: readFileSync('test/fixtures/imports/leads-zh.xlsx'),
      user: 'U_ZH',
    });
    const upload = await app.viewFrom(() => app.command('U_ZH', COMMANDS.lead, 'import'));
    expect(upload.callback_id).toBe(VIEWS.importUpload);
    const before = app.slack.callsTo('views.update').length;
    await app.submit('U_ZH', upload, { [BLOCKS.importFile]: JSON.stringify([file]) });
    const update = await app.slack.waitFor(() => app.slack.callsTo('views.update').slice(before).at(-1));
    const preview = { ...(update.args.view as OpenedView), id: String(update.args.view_id) } as OpenedView;
    expect(preview.callback_id).toBe(VIEWS.importPreview);
    expect((await app.submit('U_ZH', preview, {})).outcome).toMatchObject({ kind: 'done' });
    const again = await app.submit('U_ZH', preview, {});
    expect(again.outcome).toMatchObject({
      kind: 'refused',
      notice:
        ':warning: 这个导入已经开始了（只需一次）：进度见你与 Salesflow 的私信。如要导入其他文件，请重新用 `/lead import`（价目表用 `/product import`，客户档案用 `/customer import`）。',
    });
    await app.deps.background().importQueue.idle();
  });
});
