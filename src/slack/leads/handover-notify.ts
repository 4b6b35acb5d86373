import type { AppDeps } from '../../deps.js';
import type { MovedLead } from '../../features/leads/handover.types.js';
import type { AfterHandover } from '../../features/leads/handover.usecases.js';
import { prepareHandoverNotice } from '../../features/leads/handover-notice.usecases.js';
import type { Lead } from '../../features/leads/leads.types.js';
import type { Actor, Team } from '../../features/team/team.types.js';
import { handoverMessages, reassignmentMessages } from './handover-messages.js';
import { channelLocale } from './leads.presenter.js';

/** `/lead #42 owner @user`: what tells both reps and the lead's thread, for the transaction that moves it. */
export function notifyReassignment(
  deps: AppDeps,
  request: { actor: Actor; team: Team },
  fromUserId: string,
  toUserId: string,
): Promise<AfterHandover<Lead>> {
  const threads = channelLocale(request.team, request.actor);
  return prepareHandoverNotice<Lead>({
    ...deps,
    ...request,
    fromUserId,
    toUserId,
    compose: (parties, lead) => reassignmentMessages({ ...parties, channelLocale: threads, lead }),
  });
}

/** `/salesflow handover @from @to` confirmed: the same, for a whole book of leads. */
export function notifyHandover(
  deps: AppDeps,
  request: { actor: Actor; team: Team },
  fromUserId: string,
  toUserId: string,
): Promise<AfterHandover<{ leads: MovedLead[]; movedRequests: number }>> {
  const threads = channelLocale(request.team, request.actor);
  const at = deps.clock.now();
  return prepareHandoverNotice<{ leads: MovedLead[]; movedRequests: number }>({
    ...deps,
    ...request,
    fromUserId,
    toUserId,
    compose: (parties, moved) => handoverMessages({ ...parties, channelLocale: threads, ...moved, at }),
  });
}
