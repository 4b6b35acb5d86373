import { type Locale, toLocale } from '../../i18n/index.js';
import { isValidTimeZone } from '../../lib/time-zone.js';
import type { ServiceRepository } from '../service/service.repository.js';
import {
  type ScheduleChanges,
  type ScheduleErrorKey,
  type ScheduleSettingsField,
  type ScheduleSettingsForm,
  validateScheduleSettings,
} from './schedule-settings.js';
import type { TeamRepository } from './team.repository.js';
import type { Actor, Member, Role, Team } from './team.types.js';
import { ROLES } from './team.types.js';
import { localeOf } from './team.usecases.js';
import {
  InvalidChannelError,
  InvalidTimeZoneError,
  NotTeamAdminError,
  ReportingCycleError,
  SelfReportError,
} from './team-admin.errors.js';

interface AdminInput {
  teams: TeamRepository;
  actor: Actor;
}

/** `null` means "no choice": each user's own Slack locale (team) or the team's choice (member). */
export type LanguageChoice = Locale | null;

export function requireAdmin(actor: Actor): void {
  if (!actor.isAdmin) throw new NotTeamAdminError(actor.userId);
}

/** The canonical spelling of an IANA zone (`asia/shanghai` → `Asia/Shanghai`), or undefined if unknown. */
export function canonicalTimeZone(value: string): string | undefined {
  const zone = value.trim();
  if (zone === '' || !isValidTimeZone(zone)) return undefined;
  return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
}

/**
 * Slack channel ids: public `C…`, older private `G…`. DMs (`D…`) and users cannot be the sales channel.
 * `_` is accepted for readable ids in tests and fixtures; Slack never issues it, so nothing real is excluded.
 */
export function isChannelId(value: string): boolean {
  return /^[CG][A-Z0-9_]{2,}$/.test(value);
}

export async function setRole(
  input: AdminInput & { userId: string; role: Role },
): Promise<{ member: Member }> {
  requireAdmin(input.actor);
  if (!ROLES.includes(input.role)) throw new Error(`unknown role ${input.role}`);
  const member = await input.teams.updateMember(input.actor.teamId, input.userId, { role: input.role });
  return { member };
}

/** `managerUserId: null` removes the reporting line. Self and loops are refused. */
export async function setReportsTo(
  input: AdminInput & { userId: string; managerUserId: string | null },
): Promise<{ member: Member }> {
  const { teams, actor, userId, managerUserId } = input;
  requireAdmin(actor);
  if (managerUserId === userId) throw new SelfReportError();
  const saved = await teams.setManagerUnlessCycle(actor.teamId, userId, managerUserId);
  if (!saved) throw new ReportingCycleError(userId, managerUserId ?? '');
  const member = await teams.findMember(actor.teamId, userId);
  if (!member) throw new Error('member vanished after setting the reporting line');
  return { member };
}

export async function setSalesChannel(input: AdminInput & { channelId: string }): Promise<{ team: Team }> {
  requireAdmin(input.actor);
  if (!isChannelId(input.channelId)) throw new InvalidChannelError(input.channelId);
  return updateTeam(input, { salesChannelId: input.channelId });
}

export async function setTimezone(input: AdminInput & { timezone: string }): Promise<{ team: Team }> {
  requireAdmin(input.actor);
  const timezone = canonicalTimeZone(input.timezone);
  if (!timezone) throw new InvalidTimeZoneError(input.timezone);
  return updateTeam(input, { timezone });
}

/**
 * The team's language for everyone (`null` = back to each user's Slack locale). Returns the locale the
 * admin should now be answered in, since the change may apply to them too.
 */
export async function setTeamLanguage(
  input: AdminInput & { language: LanguageChoice },
): Promise<{ team: Team; locale: Locale }> {
  requireAdmin(input.actor);
  const { team } = await updateTeam(input, { language: input.language });
  const member = await input.teams.findMember(input.actor.teamId, input.actor.userId);
  return { team, locale: localeOf(member, team) };
}

/** A user's own language; anyone may choose theirs. `null` = follow the team / Slack again. */
export async function setMyLanguage(input: {
  teams: TeamRepository;
  actor: Actor;
  team: Team;
  language: LanguageChoice;
}): Promise<{ member: Member; locale: Locale }> {
  const { teams, actor } = input;
  const member = await teams.updateMember(actor.teamId, actor.userId, { language: input.language });
  return { member, locale: localeOf(member, input.team) };
}

export interface TeamSettingsForm extends ScheduleSettingsForm {
  salesChannelId: string | null;
  timezone: string | null;
  /** `auto` = each user's Slack locale. */
  language: 'auto' | Locale | null;
}

export type TeamSettingsField = 'salesChannelId' | 'timezone' | 'language' | ScheduleSettingsField;
export type TeamSettingsErrorKey =
  | 'team.invalidChannel'
  | 'team.timezoneRequired'
  | 'team.invalidTimeZoneShort'
  | ScheduleErrorKey;

/**
 * The settings form's own checks, every field at once, with no database: the channel, the zone and the schedule
 * (see ScheduleSettingsForm).
 */
export function teamSettingsErrors(
  form: TeamSettingsForm,
): Partial<Record<TeamSettingsField, TeamSettingsErrorKey>> {
  const schedule = validateScheduleSettings(form);
  const errors: Partial<Record<TeamSettingsField, TeamSettingsErrorKey>> = schedule.ok
    ? {}
    : { ...schedule.errors };
  if (form.salesChannelId && !isChannelId(form.salesChannelId)) errors.salesChannelId = 'team.invalidChannel';
  if (!form.timezone) errors.timezone = 'team.timezoneRequired';
  else if (!canonicalTimeZone(form.timezone)) errors.timezone = 'team.invalidTimeZoneShort';
  return errors;
}

/**
 * The settings modal: every field checked at once, so the admin sees all problems inline. Schedule fields the form
 * does not carry keep their values.
 */
export async function saveTeamSettings(
  input: AdminInput & { form: TeamSettingsForm },
): Promise<
  | { ok: true; team: Team; locale: Locale }
  | { ok: false; errors: Partial<Record<TeamSettingsField, TeamSettingsErrorKey>> }
> {
  const { teams, actor, form } = input;
  requireAdmin(actor);
  const errors = teamSettingsErrors(form);
  const schedule = validateScheduleSettings(form);
  const timezone = form.timezone ? canonicalTimeZone(form.timezone) : undefined;
  if (Object.keys(errors).length > 0 || !timezone || !schedule.ok) return { ok: false, errors };
  const language = form.language === 'auto' || form.language === null ? null : toLocale(form.language);
  const { team } = await updateTeam(input, {
    ...schedule.changes,
    salesChannelId: form.salesChannelId,
    timezone,
    language: language ?? null,
  });
  const member = await teams.findMember(actor.teamId, actor.userId);
  return { ok: true, team, locale: localeOf(member, team) };
}

/** What `/salesflow team` shows; anyone may read it. With the service policy, also who owns service requests. */
export async function getTeamOverview(input: {
  teams: TeamRepository;
  service: Pick<ServiceRepository, 'policy'>;
  actor: Actor;
}): Promise<{ team: Team; members: Member[]; revisitDays: number[]; serviceOwnerUserId: string | null }> {
  const team = await input.teams.ensureTeam(input.actor.teamId);
  const members = await input.teams.listMembers(input.actor.teamId);
  const { revisitDays, serviceOwnerUserId } = await input.service.policy(input.actor.teamId);
  const listed = (member: Member) => member.role !== 'rep' || member.isWorkspaceAdmin || member.managerUserId;
  return { team, members: members.filter(listed), revisitDays, serviceOwnerUserId };
}

async function updateTeam(
  input: AdminInput,
  changes: Partial<Pick<Team, 'salesChannelId' | 'timezone' | 'language'>> & ScheduleChanges,
): Promise<{ team: Team }> {
  // The actor middleware created the row for this request, so the update always finds it.
  const team = await input.teams.updateTeam(input.actor.teamId, changes);
  if (!team) throw new Error('team row missing: the actor middleware should have created it');
  return { team };
}
