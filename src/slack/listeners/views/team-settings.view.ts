import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import type { AppDeps } from '../../../deps.js';
import { saveTeamSettings } from '../../../features/team/team-admin.usecases.js';
import { translator } from '../../../i18n/index.js';
import { requestContext } from '../../context.js';
import { BLOCKS, VIEWS } from '../../ids.js';
import { SLACK_LIMITS } from '../../limits.js';
import { channelMention } from '../../mrkdwn.js';
import { replyPrivately } from '../../requests/reply-privately.js';
import { joinSalesChannel } from '../../team/join-sales-channel.js';
import { describeError } from '../../user-error.js';
import { readTeamSettingsForm, TEAM_SETTINGS_BLOCKS } from '../../views/team/team-settings-modal.js';

const teamSettingsMetadata = z.object({ responseUrl: z.string().optional() });
type TeamSettingsMetadata = z.infer<typeof teamSettingsMetadata>;

export function encodeTeamSettingsMetadata(metadata: TeamSettingsMetadata): string {
  const json = JSON.stringify(metadata);
  return json.length <= SLACK_LIMITS.privateMetadata ? json : '{}';
}

function decodeTeamSettingsMetadata(raw: string | undefined): TeamSettingsMetadata {
  try {
    return teamSettingsMetadata.parse(JSON.parse(raw || '{}'));
  } catch {
    return {};
  }
}

/**
 * Saving the team settings modal. Validation and the save happen before the ack, so problems show inline on
 * their fields; joining the sales channel and the confirmation come after the ack.
 */
export function register(app: App, deps: AppDeps): void {
  app.view<ViewSubmitAction>(
    VIEWS.teamSettings,
    async ({ ack, view, client, context }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
      const { actor, t, log } = requestContext(context);
      let result: Awaited<ReturnType<typeof saveTeamSettings>>;
      try {
        result = await saveTeamSettings({ ...deps, actor, form: readTeamSettingsForm(view.state.values) });
      } catch (error) {
        await ack({ response_action: 'errors', errors: { [BLOCKS.timezone]: describeError(error, t, log) } });
        return;
      }
      if (!result.ok) {
        const errors = Object.fromEntries(
          Object.entries(result.errors).map(([field, key]) => [
            TEAM_SETTINGS_BLOCKS[field as keyof typeof TEAM_SETTINGS_BLOCKS],
            t(key),
          ]),
        );
        await ack({ response_action: 'errors', errors });
        return;
      }
      await ack();
      const { team, locale } = result;
      const tr = translator(locale);
      let text = tr('team.settingsSaved');
      if (team.salesChannelId) {
        const joined = await joinSalesChannel(client, team.salesChannelId, log);
        const channel = channelMention(team.salesChannelId);
        text += `\n${tr(joined ? 'team.channelSet' : 'team.channelInviteNeeded', { channel })}`;
      }
      await replyPrivately({
        client,
        userId: actor.userId,
        responseUrl: decodeTeamSettingsMetadata(view.private_metadata).responseUrl,
        text,
        log,
      });
    },
  );
}
