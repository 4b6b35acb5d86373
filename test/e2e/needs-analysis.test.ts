import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Lead } from '../../src/features/leads/leads.types.js';
import { fixedClock } from '../../src/lib/clock.js';
import { ACTIONS, BLOCKS, COMMANDS, VIEWS } from '../../src/slack/ids.js';
import { type OpenedView, startTestApp, type TestApp } from '../helpers/e2e.js';
import { FAKE_OPENAI_KEY, FakeOpenAI, type FakeOpenAIMode } from '../helpers/fake-openai.js';
import { DRIVERS } from '../helpers/test-db.js';

// 10:00 in Shanghai on 2026-03-10: "within two weeks" is 2026-03-24, "下个月" ends 2026-04-30.
const NOW = new Date('2026-03-10T02:00:00Z');
const EN_NOTES =
  'Spoke with Dana. 45 reps on spreadsheets. Budget is around $60k a year. The CEO decides. Want to go live within two weeks.';
const ZH_NOTES =
  '今天和王总通了电话。他们现在用Excel管理库存，痛点是经常缺货。预算30万左右，老板拍板。希望下个月上线，也在看金蝶。需要20个账号。';

type Block = NonNullable<OpenedView['blocks']>[number] & {
  text?: { text: string };
  elements?: { text?: string }[];
  hint?: { text: string };
};

const blocksOf = (view: OpenedView) => (view.blocks ?? []) as Block[];
const input = (view: OpenedView, blockId: string) => blocksOf(view).find((b) => b.block_id === blockId);
const viewText = (view: OpenedView) => JSON.stringify(view.blocks);

/** The view as Slack would send it back with `values` typed into its inputs (by block id). */
function typed(view: OpenedView, values: Record<string, string>): OpenedView {
  return {
    ...view,
    blocks: blocksOf(view).map((block) =>
      block.block_id && block.block_id in values && block.element
        ? { ...block, element: { ...block.element, initial_value: values[block.block_id] } }
        : block,
    ),
  };
}

describe.each(DRIVERS)('needs analysis through Slack (%s)', (driver) => {
  let app: TestApp;
  let noKeyApp: TestApp;
  const openai = new FakeOpenAI();
  let sequence = 0;

  beforeAll(async () => {
    await openai.start();
    const users = [
      { id: 'U_REP', locale: 'en-US', tz: 'Asia/Shanghai' },
      { id: 'U_ZH', locale: 'zh-CN', tz: 'Asia/Shanghai' },
      { id: 'U_ADMIN', locale: 'en-US', tz: 'Asia/Shanghai', is_admin: true },
    ];
    app = await startTestApp({
      driver,
      clock: fixedClock(NOW),
      env: { OPENAI_API_KEY: FAKE_OPENAI_KEY, OPENAI_BASE_URL: openai.baseUrl, OPENAI_TIMEOUT_MS: '1500' },
    });
    noKeyApp = await startTestApp({ driver, clock: fixedClock(NOW) });
    for (const user of users) {
      app.addUser(user);
      noKeyApp.addUser(user);
    }
  });
  afterAll(async () => {
    await app?.stop();
    await noKeyApp?.stop();
    await openai.stop();
  });
  beforeEach(() => {
    openai.reset();
    openai.retryAfterSeconds = 1;
  });

  async function newLead(on: TestApp, owner: string, company: string, withThread = true): Promise<Lead> {
    const lead = await on.deps.leads.create(
      on.teamId,
      owner,
      {
        kind: 'company',
        companyName: company,
        contactName: 'Dana',
        contactTitle: null,
        phone: null,
        email: null,
        industry: null,
        companySize: null,
        source: null,
        estimatedValue: null,
        currency: null,
        expectedCloseDate: null,
        intent: null,
        nextFollowUpOn: null,
        notes: null,
      },
      { actorUserId: owner, kind: 'created', toStage: 'new' },
    );
    if (withThread) await on.deps.leads.setThread(on.teamId, lead.id, 'C_SALES', `1773100000.${++sequence}`);
    return (await on.deps.leads.findById(on.teamId, lead.id)) as Lead;
  }

  /** Presses Analyze with `notes` typed; returns the "Analyzing…" view and the final one. */
  async function analyze(on: TestApp, userId: string, view: OpenedView, notes: string) {
    const before = on.slack.callsTo('views.update').length;
    const sent = await on.action(
      userId,
      { action_id: ACTIONS.needsAnalyze, value: 'x' },
      { view: typed(view, { [BLOCKS.needsNotes]: notes }) },
    );
    expect(sent.status).toBe(200);
    await on.slack.waitFor(() => on.slack.callsTo('views.update').length >= before + 2);
    const [first, second] = on.slack.callsTo('views.update').slice(before);
    const asView = (call: typeof first) => ({
      ...(call?.args.view as OpenedView),
      id: call?.args.view_id as string,
      hash: call?.args.hash as string,
    });
    return { analyzing: asView(first), result: asView(second) };
  }

  async function activities(on: TestApp, leadId: number, kind: string) {
    return (await on.deps.leads.recentActivities(on.teamId, leadId, 50)).filter((a) => a.kind === kind);
  }

  it('a rep opens the needs modal from the lead card, the AI proposes answers, and saving qualifies the lead', async () => {
    const lead = await newLead(app, 'U_REP', 'Brightline Logistics');
    openai.answer = () => ({
      answers: [
        { questionKey: 'budget', answer: '$60k a year', quote: 'Budget is around $60k a year' },
        { questionKey: 'decision_maker', answer: 'The CEO', quote: 'The CEO decides' },
        { questionKey: 'timeline', answer: 'Go live by 2026-03-24', quote: 'within two weeks' },
        { questionKey: 'invented_key', answer: 'ignored', quote: '' },
      ],
      nextQuestions: ['Who else uses the CRM?', 'What do they use today?', 'Which vendors?', 'A fourth one'],
      summary: 'Brightline wants a CRM for 45 reps. The CEO decides within two weeks.',
    });
    const opened = await app.viewFrom(() =>
      app.action(
        'U_REP',
        { action_id: ACTIONS.leadNeedsAnalysis, value: String(lead.id) },
        { channelId: 'C_SALES', messageTs: lead.threadTs as string },
      ),
    );
    expect(opened.callback_id).toBe(VIEWS.needsAnalysis);
    expect(input(opened, 'needs_q_budget')).toBeDefined();
    expect(viewText(opened)).toContain('13 questions open');

    // Slack sends the open view's hash with the click; the "Analyzing…" update must carry it back (a view edited
    // meanwhile is then not overwritten). `opened` holds the hash the fake Slack gave the view when it opened.
    expect(opened.hash).toMatch(/\S/);
    const { analyzing, result } = await analyze(app, 'U_REP', opened, EN_NOTES);
    expect(analyzing.hash).toBe(opened.hash);
    expect(viewText(analyzing)).toContain('Analyzing the notes');
    expect(result.hash).toMatch(/^h\d+$/);
    expect(result.hash).not.toBe(analyzing.hash);
    expect(viewText(result)).toContain('Proposed by AI');
    expect(viewText(result)).toContain('The CEO decides within two weeks.');
    expect(viewText(result)).not.toContain('A fourth one');
    expect(input(result, 'needs_q_budget')?.element?.initial_value).toBe('$60k a year');
    expect((input(result, 'needs_q_budget') as Block).hint?.text).toContain('Budget is around $60k a year');

    const [request] = openai.requests;
    expect(openai.requests).toHaveLength(1);
    expect(request?.body.model).toBe('gpt-4o-mini');
    expect(request?.body.response_format).toMatchObject({
      type: 'json_schema',
      json_schema: { name: 'needs_analysis', strict: true },
    });
    expect(request?.body.messages.at(-1)).toEqual({ role: 'user', content: EN_NOTES });
    expect(request?.body.messages[0]?.content).toContain('budget: What is the budget');
    // Proposals are not saved: only the notes are, as soon as Analyze is pressed.
    expect(await app.deps.needs.currentAnswers(app.teamId, lead.id)).toEqual([]);
    expect((await activities(app, lead.id, 'call_notes')).map((a) => a.note)).toEqual([EN_NOTES]);

    const saved = await app.submit('U_REP', result, { needs_q_problem: 'Reps lose track of follow-ups' });
    expect(saved.outcome.kind).toBe('done');
    const answers = await app.deps.needs.currentAnswers(app.teamId, lead.id);
    expect(
      Object.fromEntries(answers.map((a) => [a.questionKey, [a.answer, a.source, a.answeredBy]])),
    ).toEqual({
      budget: ['$60k a year', 'ai', 'U_REP'],
      decision_maker: ['The CEO', 'ai', 'U_REP'],
      timeline: ['Go live by 2026-03-24', 'ai', 'U_REP'],
      problem: ['Reps lose track of follow-ups', 'rep', 'U_REP'],
    });
    const after = (await app.deps.leads.findById(app.teamId, lead.id)) as Lead;
    expect(after.stage).toBe('needs_analysis');
    expect(after.completeness).toBe(52); // 12 of 23 weight points: budget, decision maker, timeline, problem
    expect(after.intent).toBeNull(); // suggested "high", but the rep did not confirm it
    expect(await activities(app, lead.id, 'stage_changed')).toHaveLength(1);
    expect(await activities(app, lead.id, 'needs_updated')).toHaveLength(1);
    expect(await activities(app, lead.id, 'call_notes')).toHaveLength(1); // not repeated on save

    const card = await app.slack.waitFor(() =>
      app.slack.callsTo('chat.update').find((c) => c.args.ts === lead.threadTs),
    );
    const cardText = JSON.stringify(card.args.blocks);
    expect(cardText).toContain('52%');
    expect(cardText).toContain('Suggested intent:* High');
    expect(cardText).toContain('What do they use today');
    const thread = await app.slack.waitFor(() =>
      app.slack.callsTo('chat.postMessage').find((c) => c.args.thread_ts === lead.threadTs),
    );
    expect(String(thread.args.text)).toContain('52% complete');
  });

  it('a field the AI leaves empty is offered from the built-in extractor, marked in the modal and saved as the extractor’s', async () => {
    const lead = await newLead(app, 'U_REP', 'Halfway Freight');
    openai.answer = () => ({
      answers: [{ questionKey: 'budget', answer: '$60k a year', quote: 'Budget is around $60k a year' }],
      nextQuestions: [],
      summary: '',
    });
    const opened = await app.viewFrom(() =>
      app.action(
        'U_REP',
        { action_id: ACTIONS.leadNeedsAnalysis, value: String(lead.id) },
        { channelId: 'C_SALES', messageTs: lead.threadTs as string },
      ),
    );
    const { result } = await analyze(app, 'U_REP', opened, EN_NOTES);
    expect(viewText(result)).toContain('come from the built-in extractor');
    expect(input(result, 'needs_q_decision_maker')?.element?.initial_value).toBe('CEO');
    expect((input(result, 'needs_q_decision_maker') as Block).hint?.text).toContain('not the AI');
    expect((input(result, 'needs_q_budget') as Block).hint?.text).not.toContain('not the AI');

    await app.submit('U_REP', result);
    const answers = await app.deps.needs.currentAnswers(app.teamId, lead.id);
    expect(Object.fromEntries(answers.map((a) => [a.questionKey, a.source]))).toMatchObject({
      budget: 'ai',
      decision_maker: 'fallback',
      timeline: 'fallback',
    });
  });

  it('a revised answer keeps the old one in the history, and the intent changes only when the rep picks it', async () => {
    const lead = await newLead(app, 'U_REP', 'Revision Co');
    const first = await app.viewFrom(() => app.command('U_REP', COMMANDS.needs, `#${lead.id}`));
    await app.submit('U_REP', first, { needs_q_budget: '$50k' }, {});
    const second = await app.viewFrom(() => app.command('U_REP', COMMANDS.needs, `#${lead.id}`));
    expect(input(second, 'needs_q_budget')?.element?.initial_value).toBe('$50k');
    expect(input(second, BLOCKS.needsKeepStage)).toBeUndefined(); // already in needs analysis
    await app.submit('U_REP', second, { needs_q_budget: '$80k', [BLOCKS.needsIntent]: 'medium' });

    const history = await app.deps.needs.answerHistory(app.teamId, lead.id);
    expect(history.map((a) => [a.answer, a.supersededAt === null])).toEqual([
      ['$80k', true],
      ['$50k', false],
    ]);
    const after = (await app.deps.leads.findById(app.teamId, lead.id)) as Lead;
    expect(after.intent).toBe('medium');
  });

  it('a rep can keep the stage when saving answers', async () => {
    const lead = await newLead(app, 'U_REP', 'Stay New Ltd', false);
    const view = await app.viewFrom(() => app.command('U_REP', COMMANDS.needs, `#${lead.id}`));
    await app.submit('U_REP', view, { needs_q_budget: '$10k', [BLOCKS.needsKeepStage]: 'keep' });
    const after = (await app.deps.leads.findById(app.teamId, lead.id)) as Lead;
    expect(after.stage).toBe('new');
    expect(after.completeness).toBe(13); // budget: 3 of 23 weight points
    expect(await activities(app, lead.id, 'stage_changed')).toHaveLength(0);
  });

  const failures: [string, FakeOpenAIMode, string, number][] = [
    ['the AI is too slow', 'slow', 'AI 未能及时响应', 1],
    ['the AI is rate limited (429)', '429', 'AI 服务返回错误', 2],
    ['the AI fails (500)', '500', 'AI 服务返回错误', 2],
    ['the AI answers malformed JSON', 'malformed', '无法解析 AI 的回答', 1],
    ['the AI declines (a refusal)', 'refusal', 'AI 拒绝回答', 1],
    ['the AI answer is cut at the token limit (length)', 'length', 'AI 的回答被截断', 1],
    ['the content filter withholds the answer', 'content_filter', 'AI 服务的内容过滤拦截了回答', 1],
  ];
  it.each(failures)(
    'when %s, the fallback proposes answers from Chinese notes and the modal says so',
    async (_case, mode, reason, attempts) => {
      openai.mode = mode;
      openai.retryAfterSeconds = 0;
      const lead = await newLead(app, 'U_ZH', `失败测试 ${mode}`);
      const opened = await app.viewFrom(() => app.command('U_ZH', COMMANDS.needs, `#${lead.id}`));
      const started = Date.now();
      const { result } = await analyze(app, 'U_ZH', opened, ZH_NOTES);
      expect(Date.now() - started).toBeLessThan(4000);
      expect(openai.requests).toHaveLength(attempts);
      expect(viewText(result)).toContain(`以下答案由内置规则提取（原因：${reason}）`);
      expect(input(result, 'needs_q_budget')?.element?.initial_value).toBe('¥300,000');
      expect(input(result, 'needs_q_decision_maker')?.element?.initial_value).toBe('老板');
      expect((await activities(app, lead.id, 'call_notes')).map((a) => a.note)).toEqual([ZH_NOTES]);

      await app.submit('U_ZH', result);
      const answers = await app.deps.needs.currentAnswers(app.teamId, lead.id);
      expect(answers.find((a) => a.questionKey === 'budget')).toMatchObject({
        answer: '¥300,000',
        source: 'fallback',
      });
      expect(((await app.deps.leads.findById(app.teamId, lead.id)) as Lead).stage).toBe('needs_analysis');
    },
  );

  it('without an OpenAI key, Analyze uses the built-in extractor on English notes and says why', async () => {
    const lead = await newLead(noKeyApp, 'U_REP', 'No Key Inc');
    const opened = await noKeyApp.viewFrom(() => noKeyApp.command('U_REP', COMMANDS.needs, 'no key'));
    expect(opened.callback_id).toBe(VIEWS.needsAnalysis);
    const { result } = await analyze(noKeyApp, 'U_REP', opened, EN_NOTES);
    expect(viewText(result)).toContain('Proposed by the built-in extractor because no OpenAI key is set');
    expect(input(result, 'needs_q_timeline')?.element?.initial_value).toBe(
      'by 2026-03-24 (within two weeks)',
    );
    expect(openai.requests).toHaveLength(0);
    await noKeyApp.submit('U_REP', result, { [BLOCKS.needsIntent]: 'high' });
    const after = (await noKeyApp.deps.leads.findById(noKeyApp.teamId, lead.id)) as Lead;
    expect(after).toMatchObject({ stage: 'needs_analysis', intent: 'high', completeness: 43 });
  });

  it('notes typed without pressing Analyze are saved as call notes with the answers', async () => {
    const lead = await newLead(noKeyApp, 'U_REP', 'Typed Notes Co', false);
    const view = await noKeyApp.viewFrom(() => noKeyApp.command('U_REP', COMMANDS.needs, `#${lead.id}`));
    await noKeyApp.submit('U_REP', view, { [BLOCKS.needsNotes]: 'Met at the expo.' });
    expect((await activities(noKeyApp, lead.id, 'call_notes')).map((a) => a.note)).toEqual([
      'Met at the expo.',
    ]);
  });

  it('/needs with text finds the lead, offers a choice when several match, and says so when none does', async () => {
    await newLead(app, 'U_REP', 'Pickme Alpha', false);
    await newLead(app, 'U_REP', 'Pickme Beta', false);
    const several = await app.command('U_REP', COMMANDS.needs, 'pickme');
    const pick = await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === several.responseId));
    expect(JSON.stringify(pick.body.blocks)).toContain(ACTIONS.leadNeedsAnalysis);
    expect(String(pick.body.text)).toContain('Several leads match');
    const none = await app.command('U_REP', COMMANDS.needs, 'nobody-like-this');
    const reply = await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === none.responseId));
    expect(String(reply.body.text)).toContain('No lead matches');
    const other = await app.command('U_ZH', COMMANDS.needs, 'pickme');
    const hidden = await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === other.responseId));
    expect(String(hidden.body.text)).toContain('没有匹配'); // another rep's leads stay invisible
  });

  it('an admin adds a team question and a competitor; the modal asks it and the extractor knows the name', async () => {
    const refused = await app.command('U_REP', COMMANDS.needs, 'competitors add Zoho');
    const refusal = await app.slack.waitFor(() =>
      app.slack.responses.find((r) => r.id === refused.responseId),
    );
    expect(String(refusal.body.text)).toContain('Only Salesflow admins');

    await app.command('U_ADMIN', COMMANDS.needs, 'competitors add 鼎捷');
    const added = await app.command(
      'U_ADMIN',
      COMMANDS.needs,
      'question add How many stores? | 有几家门店？',
    );
    const confirmation = await app.slack.waitFor(() =>
      app.slack.responses.find((r) => r.id === added.responseId),
    );
    const key = /`(custom_\d+)`/.exec(String(confirmation.body.text))?.[1] as string;
    expect(key).toMatch(/^custom_\d+$/);

    openai.mode = '500';
    openai.retryAfterSeconds = 0;
    const lead = await newLead(app, 'U_ZH', '门店连锁');
    const opened = await app.viewFrom(() => app.command('U_ZH', COMMANDS.needs, `#${lead.id}`));
    expect(JSON.stringify(input(opened, `needs_q_${key}`))).toContain('有几家门店？');
    const { result } = await analyze(app, 'U_ZH', opened, '客户说鼎捷的报价更便宜。');
    expect(input(result, 'needs_q_competitors')?.element?.initial_value).toBe('鼎捷');
  });
});
