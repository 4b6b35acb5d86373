import type { KnownBlock, PlainTextOption } from '@slack/types';
import { stageProbabilities } from '../../../features/digest/digest.usecases.js';
import { CURRENCIES, OPEN_STAGES } from '../../../features/leads/leads.types.js';
import { HOLIDAY_COUNTRIES } from '../../../features/team/public-holidays.js';
import type { CalendarPreview } from '../../../features/team/schedule.usecases.js';
import {
  NO_HOLIDAY_COUNTRY,
  type OpenStage,
  QUIET_DAYS_RANGE,
  type ScheduleSettingsField,
  type ScheduleSettingsForm,
  STALE_DAYS_RANGE,
} from '../../../features/team/schedule-settings.js';
import type { Team } from '../../../features/team/team.types.js';
import type { Locale, MessageKey, Translate } from '../../../i18n/index.js';
import { BLOCKS, STAGE_PROBABILITY_BLOCK_PREFIX } from '../../ids.js';
import { SLACK_LIMITS } from '../../limits.js';
import { escapeMrkdwn } from '../../mrkdwn.js';
import { findOption, mrkdwn, option, plain, readInput, type ViewStateValues } from '../blocks.js';
import { stageLabel } from '../leads/lead-format.js';

const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;
const stageBlock = (stage: OpenStage) => `${STAGE_PROBABILITY_BLOCK_PREFIX}${stage}`;

export function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function countryOptions(t: Translate, locale: Locale, current: string | null): PlainTextOption[] {
  const codes: string[] = [...HOLIDAY_COUNTRIES];
  if (current && !codes.includes(current)) codes.unshift(current);
  return [
    option(t('team.schedule.countryNone'), NO_HOLIDAY_COUNTRY),
    ...codes.map((code) => option(`${countryName(code, locale)} (${code})`, code)),
  ];
}

function numberInput(input: {
  blockId: string;
  label: string;
  initial: number | undefined;
  range: { min: number; max: number };
  optional?: boolean;
}): KnownBlock {
  return {
    type: 'input',
    block_id: input.blockId,
    optional: input.optional ?? false,
    label: plain(input.label, SLACK_LIMITS.inputLabel),
    element: {
      type: 'number_input',
      action_id: input.blockId,
      is_decimal_allowed: false,
      min_value: String(input.range.min),
      max_value: String(input.range.max),
      ...(input.initial === undefined ? {} : { initial_value: String(input.initial) }),
    },
  };
}

function previewLine(preview: CalendarPreview, team: Team, t: Translate, locale: Locale): string {
  const days = preview.upcoming.map(({ date, kind }) => {
    if (kind.reason === 'make_up_workday') return t('team.schedule.dayMakeUp', { date, name: kind.name });
    if (kind.reason === 'public_holiday') return t('team.schedule.dayHoliday', { date, name: kind.name });
    return t('team.schedule.dayTeam', { date });
  });
  const lines = [
    days.length > 0
      ? t('team.schedule.upcoming', { days: escapeMrkdwn(days.join(' · ')) })
      : t('team.schedule.upcomingNone'),
  ];
  const country = team.holidayCountry ? countryName(team.holidayCountry, locale) : '';
  for (const year of preview.unknownYears) lines.push(t('team.schedule.unknownYear', { country, year }));
  return lines.join('\n');
}

/** The schedule inputs of the team settings modal (20 blocks at most with the preview). */
export function buildScheduleBlocks(input: {
  team: Team;
  t: Translate;
  locale: Locale;
  preview?: CalendarPreview;
}): KnownBlock[] {
  const { team, t, locale } = input;
  const weekdays = WEEKDAYS.map((day) => option(t(`team.schedule.weekday.${day}` as MessageKey), day));
  const countries = countryOptions(t, locale, team.holidayCountry);
  const currencies = CURRENCIES.map((code) => option(code, code));
  const countryInitial = findOption(countries, team.holidayCountry ?? NO_HOLIDAY_COUNTRY);
  const currencyInitial = findOption(currencies, team.currency);
  const probabilities = stageProbabilities(team);
  const blocks: KnownBlock[] = [
    { type: 'divider' },
    { type: 'section', text: mrkdwn(t('team.schedule.section')) },
    {
      type: 'input',
      block_id: BLOCKS.digestTime,
      label: plain(t('team.schedule.digestTime'), SLACK_LIMITS.inputLabel),
      hint: plain(t('team.schedule.digestTimeHint'), 2000),
      element: { type: 'timepicker', action_id: BLOCKS.digestTime, initial_time: team.digestTime },
    },
    {
      type: 'input',
      block_id: BLOCKS.workingDays,
      label: plain(t('team.schedule.workingDays'), SLACK_LIMITS.inputLabel),
      element: {
        type: 'checkboxes',
        action_id: BLOCKS.workingDays,
        options: weekdays,
        ...(team.workingDays.length > 0
          ? { initial_options: weekdays.filter((day) => team.workingDays.includes(Number(day.value))) }
          : {}),
      },
    },
    {
      type: 'input',
      block_id: BLOCKS.holidayCountry,
      label: plain(t('team.schedule.country'), SLACK_LIMITS.inputLabel),
      hint: plain(t('team.schedule.countryHint'), 2000),
      element: {
        type: 'static_select',
        action_id: BLOCKS.holidayCountry,
        options: countries,
        ...(countryInitial ? { initial_option: countryInitial } : {}),
      },
    },
    {
      type: 'input',
      block_id: BLOCKS.teamHolidays,
      optional: true,
      label: plain(t('team.schedule.holidays'), SLACK_LIMITS.inputLabel),
      hint: plain(t('team.schedule.holidaysHint'), 2000),
      element: {
        type: 'plain_text_input',
        action_id: BLOCKS.teamHolidays,
        multiline: true,
        max_length: SLACK_LIMITS.plainTextInputMax,
        ...(team.holidays.length > 0 ? { initial_value: team.holidays.join(', ') } : {}),
      },
    },
  ];
  if (input.preview)
    blocks.push({ type: 'context', elements: [mrkdwn(previewLine(input.preview, team, t, locale))] });
  blocks.push(
    {
      type: 'input',
      block_id: BLOCKS.teamCurrency,
      label: plain(t('team.schedule.currency'), SLACK_LIMITS.inputLabel),
      element: {
        type: 'static_select',
        action_id: BLOCKS.teamCurrency,
        options: currencies,
        ...(currencyInitial ? { initial_option: currencyInitial } : {}),
      },
    },
    numberInput({
      blockId: BLOCKS.staleAfterDays,
      label: t('team.schedule.staleDays'),
      initial: team.staleAfterDays,
      range: STALE_DAYS_RANGE,
    }),
    numberInput({
      blockId: BLOCKS.quietWorkingDays,
      label: t('team.schedule.quietDays'),
      initial: team.quietWorkingDays,
      range: QUIET_DAYS_RANGE,
    }),
    { type: 'section', text: mrkdwn(t('team.schedule.forecast')) },
    ...(OPEN_STAGES as readonly OpenStage[]).map((stage) =>
      numberInput({
        blockId: stageBlock(stage),
        label: t('team.schedule.probability', { stage: stageLabel(stage, t) }),
        initial: probabilities[stage],
        range: { min: 0, max: 100 },
        optional: true,
      }),
    ),
  );
  return blocks;
}

/** The schedule fields of a submitted settings form; a block the view did not have leaves its setting alone. */
export function readScheduleForm(values: ViewStateValues): ScheduleSettingsForm {
  const has = (blockId: string) => blockId in values;
  const form: ScheduleSettingsForm = {};
  if (has(BLOCKS.digestTime)) form.digestTime = readInput(values, BLOCKS.digestTime);
  if (has(BLOCKS.workingDays))
    form.workingDays = (values[BLOCKS.workingDays]?.[BLOCKS.workingDays]?.selected_options ?? []).map(
      (selected) => selected.value,
    );
  if (has(BLOCKS.holidayCountry)) form.holidayCountry = readInput(values, BLOCKS.holidayCountry);
  if (has(BLOCKS.teamHolidays)) form.holidays = readInput(values, BLOCKS.teamHolidays) ?? '';
  if (has(BLOCKS.teamCurrency)) form.currency = readInput(values, BLOCKS.teamCurrency);
  if (has(BLOCKS.staleAfterDays)) form.staleAfterDays = readInput(values, BLOCKS.staleAfterDays);
  if (has(BLOCKS.quietWorkingDays)) form.quietWorkingDays = readInput(values, BLOCKS.quietWorkingDays);
  const stages = (OPEN_STAGES as readonly OpenStage[]).filter((stage) => has(stageBlock(stage)));
  if (stages.length > 0)
    form.stageProbabilities = Object.fromEntries(
      stages.map((stage) => [stage, readInput(values, stageBlock(stage))]),
    );
  return form;
}

/** Which input block shows the error of each schedule field. */
export const SCHEDULE_BLOCKS: Record<ScheduleSettingsField, string> = {
  digestTime: BLOCKS.digestTime,
  workingDays: BLOCKS.workingDays,
  holidayCountry: BLOCKS.holidayCountry,
  holidays: BLOCKS.teamHolidays,
  currency: BLOCKS.teamCurrency,
  staleAfterDays: BLOCKS.staleAfterDays,
  quietWorkingDays: BLOCKS.quietWorkingDays,
  ...(Object.fromEntries(
    (OPEN_STAGES as readonly OpenStage[]).map((stage) => [stage, stageBlock(stage)]),
  ) as Record<OpenStage, string>),
};
