import { localDate } from '../../lib/time-zone.js';
import type { Team } from '../team/team.types.js';
import type { ApprovalStep } from './approvals.types.js';
import type { ApprovalDeps } from './requests.usecases.js';
import { activeDelegate } from './routing.js';

/**
 * A step's message was posted (in the lead's thread or the approver's DM): remember where, so a decision can
 * update it in place. The first step's message also marks the request's thread.
 */
export async function recordStepMessage(
  deps: Pick<ApprovalDeps, 'approvals'> & {
    teamId: string;
    requestId: number;
    step: Pick<ApprovalStep, 'id' | 'step'>;
    channelId: string;
    messageTs: string;
    threadTs: string | null;
  },
): Promise<void> {
  const { approvals, teamId, step, channelId, messageTs } = deps;
  if (step.step === 1)
    await approvals.setRequestThread(teamId, deps.requestId, {
      channelId,
      threadTs: deps.threadTs,
      messageTs,
    });
  await approvals.setStepMessage(teamId, step.id, channelId, messageTs);
}

/** Who decides for `userId` today, if they have an active delegate (their own zone's date). */
export async function activeDelegateOf(
  deps: Pick<ApprovalDeps, 'teams' | 'clock'> & { team: Team; userId: string },
): Promise<string | null> {
  const member = await deps.teams.findMember(deps.team.teamId, deps.userId);
  return activeDelegate(member, localDate(deps.clock.now(), member?.timezone ?? deps.team.timezone));
}
