import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../deps.js';
import { leadCardData } from '../../features/leads/lead-card.usecases.js';
import type { StaleLeadError } from '../../features/leads/leads.errors.js';
import type { Team } from '../../features/team/team.types.js';
import type { Translate } from '../../i18n/index.js';
import type { RequestContext } from '../context.js';
import { escapeMrkdwn } from '../mrkdwn.js';
import { answerPrivately } from '../requests/reply-privately.js';
import { describeActivity } from '../views/leads/lead-card.js';
import { isChannelCard, replaceClickedCard } from './after-lead-change.js';
import type { LeadFormMetadata } from './lead-form-metadata.js';
import { channelLocale, renderLeadCard } from './leads.presenter.js';

/** Why a stale form or card was not saved: the refusal, then what was recorded on the lead since it was built. */
export function staleLeadText(error: StaleLeadError, t: Translate, after: string): string {
  const lines = [t('leads.stale', { company: escapeMrkdwn(error.current.companyName) })];
  if (error.changes.length > 0)
    lines.push(
      `*${t('leads.staleChanges')}*`,
      ...error.changes.map((activity) => `• ${describeActivity(activity, t)}`),
    );
  lines.push(after);
  return lines.join('\n');
}

/**
 * A click on a card that no longer shows the lead as it is: the user is told what changed, privately, and the
 * card they clicked is replaced by a current one (in the team's language when it is the channel's card).
 */
export async function answerStaleCard(input: {
  deps: AppDeps;
  client: WebClient;
  body: unknown;
  request: RequestContext;
  team: Team;
  error: StaleLeadError;
  origin: LeadFormMetadata;
}): Promise<void> {
  const { deps, client, request, error, origin } = input;
  const { actor, t, log } = request;
  const text = staleLeadText(error, t, t('leads.staleCardRefreshed'));
  await answerPrivately({ body: input.body, client, text, log });
  try {
    const lead = error.current;
    const locale = isChannelCard(lead, origin) ? channelLocale(input.team, actor) : actor.locale;
    const data = await leadCardData({ ...deps, actor, lead });
    await replaceClickedCard(client, origin, renderLeadCard(data, actor, deps, locale));
  } catch (refreshError) {
    log.warn({ err: refreshError }, 'could not refresh a stale card');
  }
}
