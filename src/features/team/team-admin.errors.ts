import { AppError } from '../../lib/errors.js';

/** Settings, roles and reporting lines are changed by Salesflow admins only. */
export class NotTeamAdminError extends AppError {
  constructor(userId: string) {
    super('team_not_admin', `user ${userId} is not a Salesflow admin`, { messageKey: 'team.notAdmin' });
    this.name = 'NotTeamAdminError';
  }
}

export class InvalidTimeZoneError extends AppError {
  constructor(timeZone: string) {
    super('team_invalid_time_zone', `not an IANA time zone: ${timeZone}`, {
      messageKey: 'team.invalidTimeZone',
      params: { zone: timeZone },
    });
    this.name = 'InvalidTimeZoneError';
  }
}

export class SelfReportError extends AppError {
  constructor() {
    super('team_self_report', 'a user cannot report to themselves', { messageKey: 'team.selfReport' });
    this.name = 'SelfReportError';
  }
}

/** The new line would close a loop (A → B → … → A), which would make every "my reports" query endless. */
export class ReportingCycleError extends AppError {
  constructor(userId: string, managerUserId: string) {
    super('team_reporting_cycle', `${userId} → ${managerUserId} would create a reporting cycle`, {
      messageKey: 'team.reportingCycle',
      params: { user: { userId }, manager: { userId: managerUserId } },
    });
    this.name = 'ReportingCycleError';
  }
}

export class InvalidChannelError extends AppError {
  constructor(channelId: string) {
    super('team_invalid_channel', `not a channel id: ${channelId}`, { messageKey: 'team.invalidChannel' });
    this.name = 'InvalidChannelError';
  }
}

/** `/salesflow me reminder <time>` with something that is not one time of day. */
export class InvalidReminderTimeError extends AppError {
  constructor(input: string) {
    super('team_invalid_reminder_time', `not a time of day: ${input}`, {
      messageKey: 'team.schedule.reminderInvalid',
      params: { input },
    });
    this.name = 'InvalidReminderTimeError';
  }
}
