import { AppError } from '../../lib/errors.js';

/** Setting a target for someone the caller does not manage (or for the team, below director). */
export class TargetNotAllowedError extends AppError {
  constructor(subject: string) {
    super('target_not_allowed', `not allowed to set the target of ${subject}`, {
      messageKey: 'targets.error.notAllowed',
    });
    this.name = 'TargetNotAllowedError';
  }
}

/** Reading the targets of someone the caller may not see. */
export class TargetsNotVisibleError extends AppError {
  constructor(subject: string) {
    super('targets_not_visible', `targets of ${subject} are not visible to this user`, {
      messageKey: 'targets.error.notVisible',
    });
    this.name = 'TargetsNotVisibleError';
  }
}

export class InvalidTargetAmountError extends AppError {
  constructor(text: string) {
    super('target_invalid_amount', `not a count: ${text}`, {
      messageKey: 'targets.error.count',
      params: { amount: text },
    });
    this.name = 'InvalidTargetAmountError';
  }
}

/** A metric set for a period it does not take: amounts by month, quarter or year; counts by day or week. */
export class InvalidTargetPeriodError extends AppError {
  constructor(metric: string, period: string) {
    super('target_invalid_period', `${metric} targets cannot be set per ${period}`, {
      messageKey: 'targets.error.period',
    });
    this.name = 'InvalidTargetPeriodError';
  }
}

export class InvalidPlanError extends AppError {
  constructor(field: string) {
    super('plan_invalid_count', `not a count: ${field}`, { messageKey: 'targets.error.planCount' });
    this.name = 'InvalidPlanError';
  }
}

/** The plan changed after the form was opened (another tab, or the morning's suggestion was confirmed). */
export class PlanChangedMeanwhileError extends AppError {
  constructor(date: string) {
    super('plan_changed_meanwhile', `the plan for ${date} changed meanwhile`, {
      messageKey: 'targets.error.planChanged',
    });
    this.name = 'PlanChangedMeanwhileError';
  }
}

export class TargetSettingsAdminOnlyError extends AppError {
  constructor() {
    super('target_settings_admin_only', 'only admins may change the targets settings', {
      messageKey: 'targets.error.settingsAdminOnly',
    });
    this.name = 'TargetSettingsAdminOnlyError';
  }
}

export class InvalidEndOfDayTimeError extends AppError {
  constructor(value: string) {
    super('target_invalid_end_of_day', `not a time of day: ${value}`, {
      messageKey: 'targets.error.endOfDayTime',
      params: { value },
    });
    this.name = 'InvalidEndOfDayTimeError';
  }
}

/** A plan for a day already over, or more than a week ahead. */
export class PlanDateError extends AppError {
  constructor(date: string) {
    super('plan_invalid_date', `no plan can be saved for ${date}`, {
      messageKey: 'targets.error.planDate',
      params: { date },
    });
    this.name = 'PlanDateError';
  }
}
