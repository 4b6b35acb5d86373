import { AppError } from '../../lib/errors.js';

/** `/salesflow inbound pool` before any secret exists: there is nothing to attach the pool to yet. */
export class InboundNotSetUpError extends AppError {
  constructor(teamId: string) {
    super('inbound_not_set_up', `team ${teamId} has no inbound secret`, { messageKey: 'inbound.notSetUp' });
    this.name = 'InboundNotSetUpError';
  }
}

export class InboundPoolTooLargeError extends AppError {
  constructor(size: number, max: number) {
    super('inbound_pool_too_large', `a pool of ${size} reps is over ${max}`, {
      messageKey: 'inbound.poolTooLarge',
      params: { max, count: size },
    });
    this.name = 'InboundPoolTooLargeError';
  }
}
