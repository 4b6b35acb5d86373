import type { AppDeps } from '../../deps.js';
import { type PipelineTarget, pipelineFor } from '../../features/digest/digest.usecases.js';
import type { TargetSubject } from '../../features/targets/targets.types.js';
import { targetsOverview } from '../../features/targets/targets.usecases.js';
import type { Actor, Team } from '../../features/team/team.types.js';
import type { Translate } from '../../i18n/index.js';
import { userMention } from '../mrkdwn.js';
import { buildPipelineReply } from '../views/digest/digest-pipeline.js';
import { targetsBlocks } from '../views/targets/target-progress.js';

const subjectOf = (target: PipelineTarget, actor: Actor): TargetSubject =>
  target.kind === 'team'
    ? { kind: 'team' }
    : { kind: 'rep', userId: target.kind === 'me' ? actor.userId : target.userId };

/** `/pipeline [me|team|@user]`: the numbers the caller may see, as a private reply. */
export async function pipelineReply(input: {
  deps: Pick<AppDeps, 'digest' | 'teams' | 'clock' | 'targets' | 'repNumbers' | 'collected'>;
  actor: Actor;
  team: Team;
  t: Translate;
  target: PipelineTarget | 'default';
}) {
  const { deps, actor, team, t } = input;
  const { target, numbers } = await pipelineFor({
    ...deps,
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
  // Visibility was settled by pipelineFor; the targets of what it showed come first.
  const overview = await targetsOverview({ deps, actor, team, subject: subjectOf(target, actor) });
  const progress = targetsBlocks(
    overview,
    { t, locale: actor.locale, currency: team.currency },
    actor.userId,
  );
  return buildPipelineReply(numbers, { title, t, locale: actor.locale }, progress);
}
