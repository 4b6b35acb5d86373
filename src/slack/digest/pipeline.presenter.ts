import type { AppDeps } from '../../deps.js';
import { type PipelineTarget, pipelineFor } from '../../features/digest/digest.usecases.js';
import type { Actor, Team } from '../../features/team/team.types.js';
import type { Translate } from '../../i18n/index.js';
import { userMention } from '../mrkdwn.js';
import { buildPipelineReply } from '../views/digest/digest-pipeline.js';

/** `/pipeline [me|team|@user]`: the numbers the caller may see, as a private reply. */
export async function pipelineReply(input: {
  deps: Pick<AppDeps, 'digest' | 'teams' | 'clock'>;
  actor: Actor;
  team: Team;
  t: Translate;
  target: PipelineTarget | 'default';
}) {
  const { deps, actor, team, t } = input;
  const { target, numbers } = await pipelineFor({
    digest: deps.digest,
    teams: deps.teams,
    actor,
    team,
    target: input.target,
    now: deps.clock.now(),
  });
  const title =
    target.kind === 'me'
      ? t('digest.command.titleMe')
      : target.kind === 'team'
        ? t('digest.command.titleTeam')
        : t('digest.command.titleUser', { user: userMention(target.userId) });
  return buildPipelineReply(numbers, { title, t, locale: actor.locale });
}
