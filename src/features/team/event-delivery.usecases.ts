import type { ProcessedEventRepository } from './processed-event.repository.js';

/**
 * Slack redelivers an event when our 200 was slow or lost. The first delivery of an `event_id` claims it, on any
 * instance; every later one gets false and is dropped.
 */
export function claimEventDelivery(deps: {
  processedEvents: ProcessedEventRepository;
  eventId: string;
  teamId: string;
}): Promise<boolean> {
  return deps.processedEvents.claim(deps.eventId, deps.teamId);
}

/** Handling failed: let Slack's next retry of this event be handled instead of dropped. */
export function releaseEventDelivery(deps: {
  processedEvents: ProcessedEventRepository;
  eventId: string;
}): Promise<void> {
  return deps.processedEvents.release(deps.eventId);
}
