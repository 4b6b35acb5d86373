import type { Clock } from '../../lib/clock.js';
import { normalizeTime } from '../digest/digest-calendar.js';
import type { Actor } from '../team/team.types.js';
import type { DailyPlanRepository } from './daily-plans.repository.js';
import type { TargetSettingsRepository } from './target-settings.repository.js';
import { InvalidEndOfDayTimeError, TargetSettingsAdminOnlyError } from './targets.errors.js';
import type { TargetSettings, TargetSettingsChanges } from './targets.types.js';

/** The team's settings as everyone may read them (the settings say when DMs come; nothing private). */
export function readTargetSettings(input: {
  targetSettings: TargetSettingsRepository;
  actor: Actor;
}): Promise<TargetSettings> {
  return input.targetSettings.get(input.actor.teamId);
}

/** Admins turn the check-in, milestones and the weekly leaderboard on or off, and set the end-of-day time. */
export async function updateTargetSettings(input: {
  targetSettings: TargetSettingsRepository;
  clock: Clock;
  actor: Actor;
  changes: TargetSettingsChanges;
}): Promise<TargetSettings> {
  const { actor } = input;
  if (!actor.isAdmin) throw new TargetSettingsAdminOnlyError();
  const changes = { ...input.changes };
  if (changes.endOfDayTime !== undefined) {
    const time = normalizeTime(changes.endOfDayTime, '');
    if (!time) throw new InvalidEndOfDayTimeError(changes.endOfDayTime);
    changes.endOfDayTime = time;
  }
  return input.targetSettings.update(actor.teamId, changes, actor.userId, input.clock.now());
}

/** A rep stops (or resumes) their own morning check-in; nobody can do it for them. */
export async function setCheckInOptOut(input: {
  dailyPlans: DailyPlanRepository;
  clock: Clock;
  actor: Actor;
  optOut: boolean;
}): Promise<{ optOut: boolean }> {
  const { actor, optOut } = input;
  await input.dailyPlans.setCheckInOptOut(actor.teamId, actor.userId, optOut, input.clock.now());
  return { optOut };
}
