import type { KnownBlock, PlainTextOption } from '@slack/types';
import type { CalendarPreview } from '../../../features/team/schedule.usecases.js';
import type { Team } from '../../../features/team/team.types.js';
import type { TeamSettingsField, TeamSettingsForm } from '../../../features/team/team-admin.usecases.js';
import { LOCALES, type Locale, type Translate } from '../../../i18n/index.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import {
  findOption,
  type ModalView,
  modalShell,
  option,
  plain,
  readInput,
  type ViewStateValues,
} from '../blocks.js';
import { buildScheduleBlocks, readScheduleForm, SCHEDULE_BLOCKS } from './team-schedule-blocks.js';

/** Zones a sales team is likely to be in; a team already on another zone keeps it as the first choice. */
export const COMMON_TIME_ZONES = [
  'UTC',
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Taipei',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Asia/Seoul',
  'Asia/Kolkata',
  'Asia/Dubai',
  'Asia/Bangkok',
  'Asia/Jakarta',
  'Asia/Manila',
  'Australia/Sydney',
  'Pacific/Auckland',
  'Europe/London',
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Madrid',
  'Europe/Moscow',
  'Africa/Johannesburg',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'America/Toronto',
  'America/Mexico_City',
  'America/Sao_Paulo',
] as const;

const AUTO = 'auto';

export function timeZoneOptions(current: string): PlainTextOption[] {
  const zones: string[] = [...COMMON_TIME_ZONES];
  if (!zones.includes(current)) zones.unshift(current);
  return zones.map((zone) => option(zone.replace(/_/g, ' '), zone));
}

export function languageOptions(t: Translate): PlainTextOption[] {
  return [
    option(t('team.language.auto'), AUTO),
    ...LOCALES.map((locale) => option(t(`team.language.${locale}`), locale)),
  ];
}

/** The settings modal for admins: sales channel, time zone, team language, then the schedule (see team-schedule-blocks). */
export function buildTeamSettingsModal(input: {
  team: Team;
  t: Translate;
  metadata: string;
  /** For country names; English when not given. */
  locale?: Locale;
  /** The coming days off under the holiday inputs (from `teamSettingsPreview`). */
  preview?: CalendarPreview;
}): ModalView {
  const { team, t } = input;
  const zones = timeZoneOptions(team.timezone);
  const languages = languageOptions(t);
  const zoneInitial = findOption(zones, team.timezone);
  const languageInitial = findOption(languages, team.language ?? AUTO);
  const blocks: KnownBlock[] = [
    {
      type: 'input',
      block_id: BLOCKS.salesChannel,
      optional: true,
      label: plain(t('team.settings.channel'), 2000),
      hint: plain(t('team.settings.channelHint'), 2000),
      element: {
        type: 'conversations_select',
        action_id: BLOCKS.salesChannel,
        placeholder: plain(t('team.settings.select'), 150),
        filter: {
          include: ['public', 'private'],
          exclude_bot_users: true,
          exclude_external_shared_channels: true,
        },
        ...(team.salesChannelId ? { initial_conversation: team.salesChannelId } : {}),
      },
    },
    {
      type: 'input',
      block_id: BLOCKS.timezone,
      label: plain(t('team.settings.timezone'), 2000),
      element: {
        type: 'static_select',
        action_id: BLOCKS.timezone,
        placeholder: plain(t('team.settings.select'), 150),
        options: zones,
        ...(zoneInitial ? { initial_option: zoneInitial } : {}),
      },
    },
    {
      type: 'input',
      block_id: BLOCKS.language,
      label: plain(t('team.settings.language'), 2000),
      element: {
        type: 'radio_buttons',
        action_id: BLOCKS.language,
        options: languages,
        ...(languageInitial ? { initial_option: languageInitial } : {}),
      },
    },
    ...buildScheduleBlocks({ team, t, locale: input.locale ?? 'en', preview: input.preview }),
  ];
  return modalShell({
    callbackId: VIEWS.teamSettings,
    title: t('team.settings.title'),
    submit: t('common.save'),
    close: t('common.cancel'),
    metadata: input.metadata,
    blocks,
  });
}

export function readTeamSettingsForm(values: ViewStateValues): TeamSettingsForm {
  const language = readInput(values, BLOCKS.language);
  return {
    ...readScheduleForm(values),
    salesChannelId: readInput(values, BLOCKS.salesChannel),
    timezone: readInput(values, BLOCKS.timezone),
    language:
      language === AUTO || (LOCALES as readonly string[]).includes(language ?? '')
        ? (language as Locale | 'auto')
        : null,
  };
}

/** Which input block shows the error for each settings field. */
export const TEAM_SETTINGS_BLOCKS: Record<TeamSettingsField, string> = {
  ...SCHEDULE_BLOCKS,
  salesChannelId: BLOCKS.salesChannel,
  timezone: BLOCKS.timezone,
  language: BLOCKS.language,
};
