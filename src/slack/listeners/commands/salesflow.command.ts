import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../deps.js';
import { setMyReminderTime, teamCalendarPreview } from '../../../features/team/schedule.usecases.js';
import {
  getTeamOverview,
  setMyLanguage,
  setReportsTo,
  setRole,
  setSalesChannel,
  setTeamLanguage,
  setTimezone,
} from '../../../features/team/team-admin.usecases.js';
import { type Translate, translator } from '../../../i18n/index.js';
import type { RequestContext } from '../../context.js';
import { COMMANDS } from '../../ids.js';
import { channelMention, escapeMrkdwn, truncate, userMention } from '../../mrkdwn.js';
import { type CommandArgs, onCommand } from '../../requests/after-ack.js';
import { openModal } from '../../requests/modals.js';
import { joinSalesChannel } from '../../team/join-sales-channel.js';
import { parseSalesflowCommand, type SalesflowCommand } from '../../team/salesflow-command-parser.js';
import { SALESFLOW_EXTENSIONS } from '../../team/salesflow-extensions.js';
import { buildTeamOverview } from '../../views/team/team-overview.js';
import { buildTeamSettingsModal } from '../../views/team/team-settings-modal.js';
import { encodeTeamSettingsMetadata } from '../views/team-settings.view.js';

/**
 * `/salesflow`: team settings, roles, reporting lines and languages. Every reply is private to the caller;
 * who may change what is decided by the use cases. Other features plug their subcommands in through
 * `salesflow-extensions.ts`.
 */
export function register(app: App, deps: AppDeps): void {
  app.command(
    COMMANDS.salesflow,
    onCommand(
      deps,
      ({ request, ...args }) => dispatch(deps, args, request, parseSalesflowCommand(args.command.text)),
      // `settings` and `policy` open a modal.
      { urgent: ({ command }) => /^\s*(settings|policy)\b/i.test(command.text) },
    ),
  );
}

async function dispatch(
  deps: AppDeps,
  { command, respond, client }: CommandArgs,
  request: RequestContext,
  parsed: SalesflowCommand,
): Promise<void> {
  const { actor, team, t, log } = request;
  const reply = (text: string) => respond({ response_type: 'ephemeral', text });
  const languageName = (language: string | null, tr: Translate) =>
    tr(language === 'zh-CN' ? 'team.language.zh-CN' : 'team.language.en');
  switch (parsed.kind) {
    case 'help':
      await reply(t('team.usage'));
      return;
    case 'usage':
      await reply(
        `${t('team.didNotUnderstand', { input: escapeMrkdwn(truncate(parsed.input, 200)) })}\n\n${t('team.usage')}`,
      );
      return;
    case 'overview':
    case 'settings': {
      // Admins get the form (its submission re-checks); everyone else the read-only overview.
      if (parsed.kind === 'settings' && actor.isAdmin) {
        const view = buildTeamSettingsModal({
          team,
          t,
          locale: actor.locale,
          preview: teamCalendarPreview({ team, clock: deps.clock }),
          metadata: encodeTeamSettingsMetadata({ responseUrl: command.response_url }),
        });
        await openModal({ client, triggerId: command.trigger_id, view, request });
        return;
      }
      const overview = await getTeamOverview({ ...deps, actor });
      await respond({
        response_type: 'ephemeral',
        ...buildTeamOverview({ ...overview, canEdit: actor.isAdmin, t }),
      });
      return;
    }
    case 'role': {
      const { member } = await setRole({ ...deps, actor, userId: parsed.userId, role: parsed.role });
      await reply(
        t('team.roleSet', { user: userMention(member.userId), role: t(`team.role.${member.role}`) }),
      );
      return;
    }
    case 'reportsTo': {
      const { member } = await setReportsTo({ ...deps, actor, ...parsed });
      await reply(
        member.managerUserId
          ? t('team.reportsToSet', {
              user: userMention(member.userId),
              manager: userMention(member.managerUserId),
            })
          : t('team.reportsToCleared', { user: userMention(member.userId) }),
      );
      return;
    }
    case 'channel': {
      await setSalesChannel({ ...deps, actor, channelId: parsed.channelId });
      const joined = await joinSalesChannel(client, parsed.channelId, log);
      const channel = channelMention(parsed.channelId);
      await reply(t(joined ? 'team.channelSet' : 'team.channelInviteNeeded', { channel }));
      return;
    }
    case 'timezone': {
      const { team: saved } = await setTimezone({ ...deps, actor, timezone: parsed.timezone });
      await reply(t('team.timezoneSet', { zone: escapeMrkdwn(saved.timezone) }));
      return;
    }
    case 'language': {
      // Answer in the language that now applies to the admin, so the effect is visible at once.
      const { locale } = await setTeamLanguage({ ...deps, actor, language: parsed.language });
      const tr = translator(locale);
      await reply(
        parsed.language
          ? tr('team.languageSet', { language: languageName(parsed.language, tr) })
          : tr('team.languageAuto'),
      );
      return;
    }
    case 'myLanguage': {
      const { locale } = await setMyLanguage({ ...deps, actor, team, language: parsed.language });
      const tr = translator(locale);
      await reply(
        parsed.language
          ? tr('team.myLanguageSet', { language: languageName(parsed.language, tr) })
          : tr('team.myLanguageAuto'),
      );
      return;
    }
    case 'myReminder': {
      const { time } = await setMyReminderTime({ ...deps, actor, text: parsed.time });
      await reply(t('team.schedule.reminderSet', { time }));
      return;
    }
    case 'extension': {
      await SALESFLOW_EXTENSIONS[parsed.name]({ deps, command, args: parsed.args, client, respond, request });
      return;
    }
  }
}
