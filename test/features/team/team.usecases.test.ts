import { describe, expect, it, vi } from 'vitest';
import type { SlackProfile } from '../../../src/features/team/team.types.js';
import { localeOf, PROFILE_MAX_AGE_MS, resolveActor } from '../../../src/features/team/team.usecases.js';
import { fixedClock } from '../../../src/lib/clock.js';
import { inMemoryTeamRepository } from './in-memory-team-repository.js';

const profile = (overrides: Partial<SlackProfile> = {}): SlackProfile => ({
  displayName: 'Ann',
  locale: 'en-US',
  timezone: 'Asia/Shanghai',
  isWorkspaceAdmin: false,
  ...overrides,
});

describe('which language a user is spoken to in', () => {
  it('their own choice wins over the team and Slack', () => {
    expect(localeOf({ language: 'en', slackLocale: 'zh-CN' }, { language: 'zh-CN' })).toBe('en');
  });
  it('the team choice wins over their Slack locale', () => {
    expect(localeOf({ language: null, slackLocale: 'en-US' }, { language: 'zh-CN' })).toBe('zh-CN');
  });
  it('without choices, their Slack locale decides, zh-TW and zh-CN alike becoming Chinese', () => {
    expect(localeOf({ language: null, slackLocale: 'zh-TW' }, { language: null })).toBe('zh-CN');
    expect(localeOf({ language: null, slackLocale: 'en-GB' }, { language: null })).toBe('en');
  });
  it('an unsupported or unknown locale falls back to English', () => {
    expect(localeOf({ language: null, slackLocale: 'ja-JP' }, { language: null })).toBe('en');
    expect(localeOf(undefined, { language: null })).toBe('en');
  });
});

describe('resolving the caller', () => {
  it('reads users.info once for two requests, and again after a day', async () => {
    const teams = inMemoryTeamRepository();
    const clock = fixedClock(new Date('2025-03-03T09:00:00Z'));
    const fetchProfile = vi.fn(async () => profile({ locale: 'zh-CN' }));
    const resolve = () => resolveActor({ teams, clock, teamId: 'T1', userId: 'U1', fetchProfile });

    expect((await resolve()).actor.locale).toBe('zh-CN');
    clock.advance(PROFILE_MAX_AGE_MS - 1000);
    await resolve();
    expect(fetchProfile).toHaveBeenCalledTimes(1);

    fetchProfile.mockResolvedValueOnce(profile({ locale: 'en-US' }));
    clock.advance(2000);
    expect((await resolve()).actor.locale).toBe('en');
    expect(fetchProfile).toHaveBeenCalledTimes(2);
  });

  it('a Slack workspace admin is a Salesflow admin; a rep is not', async () => {
    const teams = inMemoryTeamRepository();
    const clock = fixedClock(new Date('2025-03-03T09:00:00Z'));
    const owner = await resolveActor({
      teams,
      clock,
      teamId: 'T1',
      userId: 'U_OWNER',
      fetchProfile: async () => profile({ isWorkspaceAdmin: true }),
    });
    const rep = await resolveActor({
      teams,
      clock,
      teamId: 'T1',
      userId: 'U_REP',
      fetchProfile: async () => profile(),
    });
    expect(owner.actor).toMatchObject({ role: 'rep', isAdmin: true });
    expect(rep.actor.isAdmin).toBe(false);
  });

  it('when Slack cannot answer, the cached profile is kept and the request still goes through', async () => {
    const teams = inMemoryTeamRepository();
    const clock = fixedClock(new Date('2025-03-03T09:00:00Z'));
    await resolveActor({
      teams,
      clock,
      teamId: 'T1',
      userId: 'U1',
      fetchProfile: async () => profile({ locale: 'zh-CN' }),
    });
    clock.advance(PROFILE_MAX_AGE_MS + 1);
    const onProfileError = vi.fn();
    const { actor } = await resolveActor({
      teams,
      clock,
      teamId: 'T1',
      userId: 'U1',
      fetchProfile: async () => {
        throw new Error('ratelimited');
      },
      onProfileError,
    });
    expect(actor.locale).toBe('zh-CN');
    expect(onProfileError).toHaveBeenCalledOnce();
  });
});
