import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SERVICE_TARGETS } from '../../../src/features/service/service.types.js';
import type { Actor } from '../../../src/features/team/team.types.js';
import {
  getTeamOverview,
  saveTeamSettings,
  setMyLanguage,
  setReportsTo,
  setRole,
  setSalesChannel,
  setTeamLanguage,
  setTimezone,
} from '../../../src/features/team/team-admin.usecases.js';
import { inMemoryTeamRepository } from './in-memory-team-repository.js';

const TEAM = 'T1';
const actor = (overrides: Partial<Actor> = {}): Actor => ({
  teamId: TEAM,
  userId: 'U_ADMIN',
  role: 'admin',
  isAdmin: true,
  locale: 'en',
  timezone: 'UTC',
  ...overrides,
});
const rep = actor({ userId: 'U_REP', role: 'rep', isAdmin: false });

describe('team administration', () => {
  let teams: ReturnType<typeof inMemoryTeamRepository>;
  beforeEach(async () => {
    teams = inMemoryTeamRepository();
    await teams.ensureTeam(TEAM);
  });

  it('an admin gives someone a role, even someone who never used Salesflow', async () => {
    const { member } = await setRole({ teams, actor: actor(), userId: 'U_NEW', role: 'manager' });
    expect(member).toMatchObject({ teamId: TEAM, userId: 'U_NEW', role: 'manager' });
    expect((await teams.findMember(TEAM, 'U_NEW'))?.role).toBe('manager');
  });

  it('a Slack workspace admin without the admin role may change settings', async () => {
    const workspaceAdmin = actor({ userId: 'U_OWNER', role: 'rep', isAdmin: true });
    await setTimezone({ teams, actor: workspaceAdmin, timezone: 'Asia/Shanghai' });
    expect(teams.teamRows.get(TEAM)?.timezone).toBe('Asia/Shanghai');
  });

  it.each([
    ['role', () => setRole({ teams, actor: rep, userId: 'U_REP', role: 'admin' })],
    ['reports-to', () => setReportsTo({ teams, actor: rep, userId: 'U_REP', managerUserId: 'U_X' })],
    ['channel', () => setSalesChannel({ teams, actor: rep, channelId: 'C1' })],
    ['timezone', () => setTimezone({ teams, actor: rep, timezone: 'Asia/Tokyo' })],
    ['language', () => setTeamLanguage({ teams, actor: rep, language: 'zh-CN' })],
    [
      'settings form',
      () =>
        saveTeamSettings({
          teams,
          actor: rep,
          form: { salesChannelId: 'C1', timezone: 'Asia/Tokyo', language: 'en' },
        }),
    ],
  ])('a rep who is not an admin cannot change the %s, and nothing changes', async (_name, change) => {
    await expect(change()).rejects.toMatchObject({ code: 'team_not_admin', messageKey: 'team.notAdmin' });
    expect(teams.teamRows.get(TEAM)).toMatchObject({ salesChannelId: null, timezone: 'UTC', language: null });
    expect(await teams.findMember(TEAM, 'U_REP')).toBeUndefined();
  });

  it('a manager cannot report to themselves', async () => {
    await expect(
      setReportsTo({ teams, actor: actor(), userId: 'U_M', managerUserId: 'U_M' }),
    ).rejects.toMatchObject({ code: 'team_self_report' });
  });

  it('a reporting line that would close a loop is refused, directly or through others', async () => {
    await setReportsTo({ teams, actor: actor(), userId: 'U_REP', managerUserId: 'U_MGR' });
    await setReportsTo({ teams, actor: actor(), userId: 'U_MGR', managerUserId: 'U_DIR' });
    await expect(
      setReportsTo({ teams, actor: actor(), userId: 'U_MGR', managerUserId: 'U_REP' }),
    ).rejects.toMatchObject({ code: 'team_reporting_cycle' });
    await expect(
      setReportsTo({ teams, actor: actor(), userId: 'U_DIR', managerUserId: 'U_REP' }),
    ).rejects.toMatchObject({ code: 'team_reporting_cycle' });
    expect((await teams.findMember(TEAM, 'U_DIR'))?.managerUserId ?? null).toBeNull();
  });

  it('a reporting line can be moved and removed', async () => {
    await setReportsTo({ teams, actor: actor(), userId: 'U_REP', managerUserId: 'U_A' });
    const moved = await setReportsTo({ teams, actor: actor(), userId: 'U_REP', managerUserId: 'U_B' });
    expect(moved.member.managerUserId).toBe('U_B');
    const cleared = await setReportsTo({ teams, actor: actor(), userId: 'U_REP', managerUserId: null });
    expect(cleared.member.managerUserId).toBeNull();
  });

  it('the time zone must be a real IANA zone and is stored in its canonical spelling', async () => {
    await expect(setTimezone({ teams, actor: actor(), timezone: 'Mars/Olympus' })).rejects.toMatchObject({
      code: 'team_invalid_time_zone',
      params: { zone: 'Mars/Olympus' },
    });
    const { team } = await setTimezone({ teams, actor: actor(), timezone: 'asia/shanghai' });
    expect(team.timezone).toBe('Asia/Shanghai');
  });

  it('the sales channel must be a channel, not a DM or a user', async () => {
    await expect(setSalesChannel({ teams, actor: actor(), channelId: 'D123' })).rejects.toMatchObject({
      code: 'team_invalid_channel',
    });
    const { team } = await setSalesChannel({ teams, actor: actor(), channelId: 'C0SALES' });
    expect(team.salesChannelId).toBe('C0SALES');
  });

  it('a team language applies to the admin unless they chose their own', async () => {
    const chosen = await setTeamLanguage({ teams, actor: actor(), language: 'zh-CN' });
    expect(chosen).toMatchObject({ team: { language: 'zh-CN' }, locale: 'zh-CN' });
    await teams.updateMember(TEAM, 'U_ADMIN', { language: 'en' });
    expect((await setTeamLanguage({ teams, actor: actor(), language: 'zh-CN' })).locale).toBe('en');
    const auto = await setTeamLanguage({ teams, actor: actor(), language: null });
    expect(auto.team.language).toBeNull();
  });

  it('anyone may choose their own language, and auto goes back to the team language', async () => {
    const team = await teams.updateTeam(TEAM, { language: 'zh-CN' });
    if (!team) throw new Error('no team');
    expect((await setMyLanguage({ teams, actor: rep, team, language: 'en' })).locale).toBe('en');
    const back = await setMyLanguage({ teams, actor: rep, team, language: null });
    expect(back).toMatchObject({ member: { language: null }, locale: 'zh-CN' });
  });

  it('the settings form reports every invalid field at once and saves nothing', async () => {
    const result = await saveTeamSettings({
      teams,
      actor: actor(),
      form: { salesChannelId: 'U123', timezone: 'Nowhere/Land', language: 'en' },
    });
    expect(result).toEqual({
      ok: false,
      errors: { salesChannelId: 'team.invalidChannel', timezone: 'team.invalidTimeZoneShort' },
    });
    expect(teams.teamRows.get(TEAM)).toMatchObject({ salesChannelId: null, timezone: 'UTC', language: null });
  });

  it('the settings form saves channel, zone and language, and auto clears the team language', async () => {
    await teams.updateTeam(TEAM, { language: 'en' });
    const result = await saveTeamSettings({
      teams,
      actor: actor(),
      form: { salesChannelId: 'C0SALES', timezone: 'Europe/London', language: 'auto' },
    });
    expect(result).toMatchObject({
      ok: true,
      team: { salesChannelId: 'C0SALES', timezone: 'Europe/London', language: null },
    });
  });

  it('the overview lists everyone with a role or a manager, and anyone may read it', async () => {
    await teams.updateMember(TEAM, 'U_PLAIN', {});
    await teams.updateMember(TEAM, 'U_FIN', { role: 'finance' });
    await teams.updateMember(TEAM, 'U_REP2', { managerUserId: 'U_MGR' });
    await teams.saveProfile(
      TEAM,
      'U_OWNER',
      { displayName: null, locale: null, timezone: null, isWorkspaceAdmin: true },
      new Date('2026-03-02T02:00:00Z'),
    );
    const service = {
      policy: async () => ({
        serviceOwnerUserId: null,
        targets: DEFAULT_SERVICE_TARGETS,
        revisitDays: [7, 30],
      }),
    };
    const { members, revisitDays } = await getTeamOverview({ teams, service, actor: rep });
    expect(members.map((m) => m.userId)).toEqual(['U_FIN', 'U_OWNER', 'U_REP2']);
    expect(revisitDays).toEqual([7, 30]);
  });
});
