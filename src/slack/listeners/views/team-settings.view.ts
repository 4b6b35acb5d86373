import type { App } from '@slack/bolt';
import { z } from 'zod';
import type { AppDeps } from '../../../deps.js';
import { saveTeamSettings, teamSettingsErrors } from '../../../features/team/team-admin.usecases.js';
import { translator } from '../../../i18n/index.js';
import { VIEWS } from '../../ids.js';
import { decodeJson } from '../../json-codec.js';
import { SLACK_LIMITS } from '../../limits.js';
import { channelMention } from '../../mrkdwn.js';
import { replyPrivately } from '../../requests/reply-privately.js';
import { fieldErrorNotice } from '../../requests/submitted-form.js';
import { onViewSubmission } from '../../requests/view-submission.js';
import { joinSalesChannel } from '../../team/join-sales-channel.js';
import { fieldErrorsByBlock } from '../../views/modal-inputs.js';
import { readTeamSettingsForm, TEAM_SETTINGS_BLOCKS } from '../../views/team/team-settings-modal.js';

const teamSettingsMetadata = z.object({ responseUrl: z.string().optional() });
type TeamSettingsMetadata = z.infer<typeof teamSettingsMetadata>;

export function encodeTeamSettingsMetadata(metadata: TeamSettingsMetadata): string {
  const json = JSON.stringify(metadata);
  return json.length <= SLACK_LIMITS.privateMetadata ? json : '{}';
}

/**
 * Saving the team settings modal: every field checked before the ack, so problems show inline; the save
 * (admins only, checked again), joining the sales channel and the confirmation come after it.
 */
export function register(app: App, deps: AppDeps): void {
  app.view(
    VIEWS.teamSettings,
    onViewSubmission(deps, {
      validate: ({ view }, { t }) => {
        const errors = teamSettingsErrors(readTeamSettingsForm(view.state.values));
        return Object.keys(errors).length ? fieldErrorsByBlock(errors, TEAM_SETTINGS_BLOCKS, t) : undefined;
      },
      work: async ({ view, client, request, modal }) => {
        const { actor, t, log } = request;
        const result = await saveTeamSettings({
          ...deps,
          actor,
          form: readTeamSettingsForm(view.state.values),
        });
        if (!result.ok) {
          await modal.restore(
            fieldErrorNotice(view, fieldErrorsByBlock(result.errors, TEAM_SETTINGS_BLOCKS, t)),
          );
          return;
        }
        const { team, locale } = result;
        const tr = translator(locale);
        let text = tr('team.settingsSaved');
        if (team.salesChannelId) {
          const joined = await joinSalesChannel(client, team.salesChannelId, log);
          const channel = channelMention(team.salesChannelId);
          text += `\n${tr(joined ? 'team.channelSet' : 'team.channelInviteNeeded', { channel })}`;
        }
        await modal.done(text);
        await replyPrivately({
          client,
          userId: actor.userId,
          responseUrl: decodeJson(teamSettingsMetadata, view.private_metadata || '{}')?.responseUrl,
          text,
          log,
        });
      },
    }),
  );
}
