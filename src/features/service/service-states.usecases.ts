import type { Actor } from '../team/team.types.js';
import {
  ServiceRequestClosedError,
  ServiceRequestNotFoundError,
  ServiceRequestResolvedError,
  ServiceRequestStateError,
} from './service.errors.js';
import type { ServiceRequest } from './service.types.js';
import { loadVisibleServiceRequest, type ServiceDeps } from './service.usecases.js';

type Moved = { request: ServiceRequest };

/**
 * After a move was refused by its condition: the request as it is now, and why — closed by whom, or a state the
 * move does not start from.
 */
async function refusal(deps: ServiceDeps & { actor: Actor; requestId: number }): Promise<never> {
  const now = await deps.service.findById(deps.actor.teamId, deps.requestId);
  if (!now) throw new ServiceRequestNotFoundError(deps.requestId);
  if (now.status === 'closed' && now.closedByUserId && now.closedAt)
    throw new ServiceRequestClosedError(now.id, now.closedByUserId, now.closedAt);
  if (now.status === 'resolved' && now.resolvedByUserId && now.resolvedAt)
    throw new ServiceRequestResolvedError(now.id, now.resolvedByUserId, now.resolvedAt);
  throw new ServiceRequestStateError(now.id, now.status);
}

async function reload(deps: ServiceDeps & { actor: Actor; requestId: number }): Promise<Moved> {
  const request = await deps.service.findById(deps.actor.teamId, deps.requestId);
  if (!request) throw new ServiceRequestNotFoundError(deps.requestId);
  return { request };
}

/** "Start work": open → in progress (the response target is met). */
export async function startServiceRequest(
  deps: ServiceDeps & { actor: Actor; requestId: number },
): Promise<Moved> {
  const request = await loadVisibleServiceRequest(deps);
  const move = { teamId: deps.actor.teamId, requestId: request.id, actorUserId: deps.actor.userId };
  if (!(await deps.serviceMoves.start({ ...move, now: deps.clock.now() }))) return refusal(deps);
  return reload(deps);
}

/** "Resolve", with what was done: open or in progress → resolved. */
export async function resolveServiceRequest(
  deps: ServiceDeps & { actor: Actor; requestId: number; resolution: string },
): Promise<Moved> {
  const request = await loadVisibleServiceRequest(deps);
  const move = { teamId: deps.actor.teamId, requestId: request.id, actorUserId: deps.actor.userId };
  if (!(await deps.serviceMoves.resolve({ ...move, now: deps.clock.now(), resolution: deps.resolution })))
    return refusal(deps);
  return reload(deps);
}

/**
 * "Close", with what was done and the customer's satisfaction (1–5). Two people closing at once: the conditional
 * update lets one through; the other is told who closed it.
 */
export async function closeServiceRequest(
  deps: ServiceDeps & { actor: Actor; requestId: number; resolution: string; satisfaction: number },
): Promise<Moved> {
  const request = await loadVisibleServiceRequest(deps);
  const move = { teamId: deps.actor.teamId, requestId: request.id, actorUserId: deps.actor.userId };
  const closed = await deps.serviceMoves.close({
    ...move,
    now: deps.clock.now(),
    resolution: deps.resolution,
    satisfaction: deps.satisfaction,
  });
  if (!closed) return refusal(deps);
  return reload(deps);
}

/** The request a Resolve or Close form is opened for: refused at once when that move no longer fits. */
export async function serviceRequestForOutcome(
  deps: ServiceDeps & { actor: Actor; requestId: number; mode: 'resolve' | 'close' },
): Promise<ServiceRequest> {
  const request = await loadVisibleServiceRequest(deps);
  if (request.status === 'closed' && request.closedByUserId && request.closedAt)
    throw new ServiceRequestClosedError(request.id, request.closedByUserId, request.closedAt);
  if (
    deps.mode === 'resolve' &&
    request.status === 'resolved' &&
    request.resolvedByUserId &&
    request.resolvedAt
  )
    throw new ServiceRequestResolvedError(request.id, request.resolvedByUserId, request.resolvedAt);
  if (request.status === 'closed' || (deps.mode === 'resolve' && request.status === 'resolved'))
    throw new ServiceRequestStateError(request.id, request.status);
  return request;
}
