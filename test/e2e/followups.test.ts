import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../src/deps.js';
import { fixedClock } from '../../src/lib/clock.js';
import { ACTIONS, BLOCKS, COMMANDS, VIEWS } from '../../src/slack/ids.js';
import { startTestApp, type TestApp } from '../helpers/e2e.js';
import { DRIVERS } from '../helpers/test-db.js';

type Json = Record<string, unknown>;

async function addLead(deps: AppDeps, teamId: string, owner: string, company: string, due: string | null) {
  return deps.leads.create(
    teamId,
    owner,
    {
      kind: 'company',
      companyName: company,
      contactName: 'Li Lei',
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
      nextFollowUpOn: due,
      notes: null,
    },
    { actorUserId: owner, kind: 'created' },
  );
}

describe.each(DRIVERS)('/followup and the reminder buttons (%s)', (driver) => {
  let app: TestApp;
  // Friday 27 Nov 2026, 10:00 in Shanghai.
  const clock = fixedClock(new Date('2026-11-27T02:00:00Z'));
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    app = await startTestApp({ driver, clock });
    app.addUser({ id: 'U_REP', locale: 'en-US', tz: 'Asia/Shanghai' });
    app.addUser({ id: 'U_ZH', locale: 'zh-CN', tz: 'Asia/Shanghai' });
    app.addUser({ id: 'U_PEER', locale: 'en-US', tz: 'Asia/Shanghai' });
    await app.deps.teams.ensureTeam(app.teamId);
    const leads: [string, string, string | null][] = [
      ['U_REP', 'Acme Trading', '2026-11-25'],
      ['U_REP', 'Acme Robotics', '2026-11-27'],
      ['U_REP', 'Globex', null],
      ['U_ZH', '华为技术', '2026-11-27'],
    ];
    for (const [owner, company, due] of leads)
      ids[company] = (await addLead(app.deps, app.teamId, owner, company, due)).id;
  });
  afterAll(() => app?.stop());

  async function command(userId: string, text: string): Promise<Json> {
    const sent = await app.command(userId, COMMANDS.followup, text);
    expect(sent.status).toBe(200);
    return (await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === sent.responseId))).body;
  }
  async function click(userId: string, action: Json): Promise<Json> {
    const sent = await app.action(userId, action, { channelId: 'DREP', messageTs: '1700000000.000200' });
    expect(sent.status).toBe(200);
    return (await app.slack.waitFor(() => app.slack.responses.find((r) => r.id === sent.responseId))).body;
  }
  const dueOf = async (company: string) =>
    (await app.deps.leads.findById(app.teamId, ids[company] ?? 0))?.nextFollowUpOn;

  it('a rep types /followup and privately sees overdue then today, with Done, Snooze and Open', async () => {
    const reply = await command('U_REP', '');
    expect(reply.response_type).toBe('ephemeral');
    const text = JSON.stringify(reply.blocks);
    expect(text.indexOf('Acme Trading')).toBeGreaterThan(-1);
    expect(text.indexOf('Acme Trading')).toBeLessThan(text.indexOf('Acme Robotics'));
    expect(text).not.toContain('Globex');
    for (const actionId of [ACTIONS.followUpDone, ACTIONS.followUpSnooze, ACTIONS.leadOpen])
      expect(text).toContain(actionId);
  });

  it('sets the next follow-up from English words, with a note', async () => {
    const reply = await command('U_REP', 'Globex tomorrow call about the quote');
    expect(reply.text).toBe('Next follow-up for *Globex* set to 2026-11-28.');
    expect(await dueOf('Globex')).toBe('2026-11-28');
    const activities = await app.deps.leads.recentActivities(app.teamId, ids.Globex ?? 0, 5);
    expect(activities.find((activity) => activity.kind === 'follow_up_set')?.note).toBe('2026-11-28');
  });

  it('finds a lead by number and reads "next monday 3pm"', async () => {
    await command('U_REP', `#${ids.Globex} next monday 3pm`);
    const lead = await app.deps.leads.findById(app.teamId, ids.Globex ?? 0);
    expect([lead?.nextFollowUpOn, lead?.nextFollowUpTime]).toEqual(['2026-11-30', '15:00']);
  });

  it('asks the rep to pick when several leads match, and sets the one picked', async () => {
    const reply = await command('U_REP', 'Acme in 3 days');
    expect(reply.text).toContain('Several leads match');
    const actions = (
      reply.blocks as { type: string; elements?: { action_id: string; value: string }[] }[]
    ).find((block) => block.type === 'actions');
    const robotics = actions?.elements?.find((element) =>
      element.action_id.endsWith(`_${ids['Acme Robotics']}`),
    );
    expect(actions?.elements).toHaveLength(2);
    expect(await dueOf('Acme Robotics')).toBe('2026-11-27');
    const picked = await click('U_REP', {
      type: 'button',
      action_id: robotics?.action_id,
      value: robotics?.value,
    });
    expect(picked.text).toBe('Next follow-up for *Acme Robotics* set to 2026-11-30.');
    expect(await dueOf('Acme Robotics')).toBe('2026-11-30');
    expect(await dueOf('Acme Trading')).toBe('2026-11-25');
  });

  it('answers unclear input with usage and examples, and changes nothing', async () => {
    const reply = await command('U_REP', 'Acme Trading sometime soon');
    expect(reply.text).toContain('could not read a date');
    expect(reply.text).toContain('/followup Acme tomorrow');
    expect(await dueOf('Acme Trading')).toBe('2026-11-25');
  });

  it('says so clearly when no lead matches, and never touches another rep’s lead', async () => {
    expect((await command('U_REP', 'Initech tomorrow')).text).toContain('No lead of yours matches "Initech"');
    expect((await command('U_PEER', `#${ids['Acme Trading']} tomorrow`)).text).toContain(
      `No lead #${ids['Acme Trading']}`,
    );
    expect(await dueOf('Acme Trading')).toBe('2026-11-25');
  });

  it.each([
    ['华为 明天 电话沟通', '2026-11-28'],
    ['华为 下周一', '2026-11-30'],
    ['华为 3天后', '2026-11-30'],
    ['华为 月底', '2026-11-30'],
    ['华为技术2026-12-01', '2026-12-01'],
  ])('a Chinese-speaking rep types /followup %s and gets %s, answered in Chinese', async (text, date) => {
    const reply = await command('U_ZH', text);
    expect(reply.text).toBe(`*华为技术* 的下次跟进已设为 ${date}。`);
    expect(await dueOf('华为技术')).toBe(date);
  });

  it('a Chinese-speaking rep gets the usage in Chinese for unclear input', async () => {
    expect((await command('U_ZH', '华为 改天')).text).toContain('无法从“华为 改天”中识别日期');
  });

  it('turns vacation on until a date and off again; a past date is refused', async () => {
    expect((await command('U_REP', 'vacation until 2026-12-24')).text).toContain('2026-12-24');
    expect((await app.deps.teams.findMember(app.teamId, 'U_REP'))?.vacationUntil).toBe('2026-12-24');
    expect((await command('U_REP', 'vacation until 2026-11-01')).text).toContain('already past');
    expect((await app.deps.teams.findMember(app.teamId, 'U_REP'))?.vacationUntil).toBe('2026-12-24');
    expect((await command('U_REP', 'vacation off')).text).toBe('Follow-up reminders are on again.');
    expect((await app.deps.teams.findMember(app.teamId, 'U_REP'))?.vacationUntil).toBeNull();
  });

  it('Snooze moves the follow-up from the rep’s today; a peer’s click changes nothing', async () => {
    const id = ids['Acme Trading'];
    const snooze = (choice: string) => ({
      type: 'static_select',
      action_id: ACTIONS.followUpSnooze,
      selected_option: { value: `${id}:${choice}`, text: { type: 'plain_text', text: choice } },
    });
    expect((await click('U_PEER', snooze('1d'))).text).toContain(`No lead #${id}`);
    expect(await dueOf('Acme Trading')).toBe('2026-11-25');
    expect((await click('U_REP', snooze('3d'))).text).toBe(
      'Follow-up for *Acme Trading* moved to 2026-11-30.',
    );
    // Days later the same button still works.
    clock.advance(3 * 24 * 3600_000);
    await click('U_REP', snooze('next_week'));
    expect(await dueOf('Acme Trading')).toBe('2026-12-07');
    clock.set(new Date('2026-11-27T02:00:00Z'));
  });

  it('Done opens the log-activity modal with the next working day suggested', async () => {
    const view = await app.viewFrom(() =>
      app.action('U_REP', {
        type: 'button',
        action_id: ACTIONS.followUpDone,
        value: String(ids['Acme Robotics']),
      }),
    );
    expect(view.callback_id).toBe(VIEWS.logActivity);
    const next = view.blocks?.find((block) => block.block_id === BLOCKS.nextFollowUpDate);
    expect(next?.element?.initial_date).toBe('2026-11-30');
    expect(JSON.parse(view.private_metadata ?? '{}')).toMatchObject({ leadId: ids['Acme Robotics'] });
  });
});
