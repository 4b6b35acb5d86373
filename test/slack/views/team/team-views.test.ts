import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGE_PROBABILITIES } from '../../../../src/features/digest/digest.usecases.js';
import { teamCalendarPreview } from '../../../../src/features/team/schedule.usecases.js';
import { validateScheduleSettings } from '../../../../src/features/team/schedule-settings.js';
import type { Member, Team } from '../../../../src/features/team/team.types.js';
import { translator } from '../../../../src/i18n/index.js';
import { fixedClock } from '../../../../src/lib/clock.js';
import { BLOCKS, VIEWS } from '../../../../src/slack/ids.js';
import { buildTeamOverview } from '../../../../src/slack/views/team/team-overview.js';
import {
  buildTeamSettingsModal,
  readTeamSettingsForm,
  timeZoneOptions,
} from '../../../../src/slack/views/team/team-settings-modal.js';
import { stateFrom } from '../../../helpers/e2e.js';
import { slackLimitViolations } from '../../../helpers/view-limits.js';

type Surface = Parameters<typeof slackLimitViolations>[0];

const team = (overrides: Partial<Team> = {}): Team => ({
  teamId: 'T1',
  salesChannelId: 'C0SALES',
  timezone: 'Asia/Shanghai',
  language: null,
  currency: 'CNY',
  workingDays: [1, 2, 3, 4, 5],
  digestTime: '08:30',
  stageProbabilities: null,
  holidayCountry: null,
  holidays: [],
  staleAfterDays: 7,
  quietWorkingDays: 3,
  chartImages: false,
  ...overrides,
});

const member = (userId: string, overrides: Partial<Member> = {}): Member => ({
  teamId: 'T1',
  userId,
  role: 'rep',
  managerUserId: null,
  displayName: null,
  slackLocale: null,
  language: null,
  timezone: null,
  isWorkspaceAdmin: false,
  reminderTime: '09:00',
  vacationUntil: null,
  delegateUserId: null,
  delegateUntil: null,
  profileFetchedAt: null,
  ...overrides,
});

describe('team settings modal', () => {
  it.each(['en', 'zh-CN'] as const)('fits Slack limits and shows the current settings (%s)', (locale) => {
    const view = buildTeamSettingsModal({
      team: team({ language: 'zh-CN' }),
      t: translator(locale),
      metadata: '{}',
    });
    expect(view.callback_id).toBe(VIEWS.teamSettings);
    expect(slackLimitViolations(view as unknown as Surface, 'modal')).toEqual([]);
    const state = stateFrom(view as never, {});
    expect(readTeamSettingsForm(state as never)).toMatchObject({
      salesChannelId: 'C0SALES',
      timezone: 'Asia/Shanghai',
      language: 'zh-CN',
    });
  });

  it('an untouched form saves every schedule setting exactly as it was', () => {
    const current = team({
      digestTime: '07:45',
      workingDays: [1, 2, 3, 4, 5, 6],
      holidayCountry: 'CN',
      holidays: ['2026-12-24', '2026-12-31'],
      currency: 'USD',
      staleAfterDays: 10,
      quietWorkingDays: 4,
      stageProbabilities: { proposal: 45 },
    });
    const view = buildTeamSettingsModal({ team: current, t: translator('en'), metadata: '{}' });
    const result = validateScheduleSettings(readTeamSettingsForm(stateFrom(view as never, {}) as never));
    expect(result).toEqual({
      ok: true,
      changes: {
        digestTime: '07:45',
        workingDays: [1, 2, 3, 4, 5, 6],
        holidayCountry: 'CN',
        holidays: ['2026-12-24', '2026-12-31'],
        currency: 'USD',
        staleAfterDays: 10,
        quietWorkingDays: 4,
        // The form shows the defaults of the stages the admin never set; saving it keeps them explicitly.
        stageProbabilities: { ...DEFAULT_STAGE_PROBABILITIES, proposal: 45 },
      },
    });
  });

  it('names the coming holidays and warns about a year the library does not know, within Slack limits', () => {
    const current = team({ holidayCountry: 'CN', holidays: ['2026-12-24'] });
    const preview = teamCalendarPreview({
      team: current,
      clock: fixedClock(new Date('2026-11-28T02:00:00Z')),
    });
    for (const locale of ['en', 'zh-CN'] as const) {
      const view = buildTeamSettingsModal({
        team: current,
        t: translator(locale),
        metadata: '{}',
        locale,
        preview,
      });
      expect(slackLimitViolations(view as unknown as Surface, 'modal')).toEqual([]);
      const text = JSON.stringify(view.blocks);
      expect(text).toContain('2026-12-24');
      expect(text).toContain('2027');
    }
    const english = JSON.stringify(
      buildTeamSettingsModal({ team: current, t: translator('en'), metadata: '{}', locale: 'en', preview })
        .blocks,
    );
    expect(english).toContain('China (CN)');
    expect(english).toContain('does not know China’s public holidays for 2027');
  });

  it('offers a team on an uncommon zone its own zone first, and "auto" when no team language is set', () => {
    const view = buildTeamSettingsModal({
      team: team({ timezone: 'America/Anchorage', salesChannelId: null }),
      t: translator('en'),
      metadata: '{}',
    });
    expect(timeZoneOptions('America/Anchorage')[0]?.value).toBe('America/Anchorage');
    expect(readTeamSettingsForm(stateFrom(view as never, {}) as never)).toMatchObject({
      salesChannelId: null,
      timezone: 'America/Anchorage',
      language: 'auto',
    });
  });

  it('reads a forged language value as no choice rather than trusting it', () => {
    const view = buildTeamSettingsModal({ team: team(), t: translator('en'), metadata: '{}' });
    const state = stateFrom(view as never, { [BLOCKS.language]: 'klingon' });
    expect(readTeamSettingsForm(state as never).language).toBeNull();
  });
});

describe('team overview', () => {
  it('shows channel, zone, language, roles and reporting lines, read-only for a rep', () => {
    const { blocks } = buildTeamOverview({
      team: team({ language: 'zh-CN' }),
      members: [
        member('U_BOSS', { role: 'director' }),
        member('U_REP', { managerUserId: 'U_BOSS' }),
        member('U_OWNER', { isWorkspaceAdmin: true }),
      ],
      canEdit: false,
      t: translator('en'),
    });
    const text = JSON.stringify(blocks);
    expect(text).toContain('<#C0SALES>');
    expect(text).toContain('Asia/Shanghai');
    expect(text).toContain('Simplified Chinese');
    expect(text).toContain('*Director:* <@U_BOSS>');
    expect(text).toContain('*Admin:* <@U_OWNER>');
    expect(text).toContain('<@U_REP> → <@U_BOSS>');
    expect(text).toContain('Only admins can change these settings.');
  });

  it('says when nothing is set yet, in Chinese', () => {
    const { blocks } = buildTeamOverview({
      team: team({ salesChannelId: null }),
      members: [],
      canEdit: true,
      t: translator('zh-CN'),
    });
    const text = JSON.stringify(blocks);
    expect(text).toContain('未设置');
    expect(text).toContain('所有人都是销售');
    expect(text).toContain('尚未设置汇报关系');
  });

  it('stays within 50 blocks and 3,000 characters a section for a team of 5,000', () => {
    const members = Array.from({ length: 5000 }, (_, i) =>
      member(`U${String(i).padStart(9, '0')}`, {
        role: i % 10 === 0 ? 'manager' : 'rep',
        managerUserId: `U${String(i - (i % 10)).padStart(9, '0')}`,
      }),
    );
    const overview = buildTeamOverview({ team: team(), members, canEdit: true, t: translator('en') });
    expect(slackLimitViolations(overview as Surface, 'message')).toEqual([]);
    expect(JSON.stringify(overview.blocks)).toMatch(/…and \d+ more\./);
  });
});
