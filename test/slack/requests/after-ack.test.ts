import { describe, expect, it, vi } from 'vitest';
import { createWorkQueue } from '../../../src/lib/work-queue.js';
import { createLogger } from '../../../src/logger.js';
import {
  type CommandArgs,
  onCommand,
  type RequestDeps,
  UNAVAILABLE_TEXT,
} from '../../../src/slack/requests/after-ack.js';

describe('onCommand under overload', () => {
  it('answers "try again" in the acknowledgement itself when the after-ack queue is full', async () => {
    const afterAck = createWorkQueue({ concurrency: 1, maxWaiting: 1 });
    let release = () => {};
    const running = afterAck.run(() => new Promise<void>((resolve) => (release = resolve)));
    const waiting = afterAck.run(async () => {});
    expect(afterAck.full).toBe(true);

    const work = vi.fn();
    const ack = vi.fn(async () => {});
    const args = {
      ack,
      body: { user_id: 'U1', team_id: 'T1' },
      client: {},
      context: { log: createLogger('silent') },
    } as unknown as CommandArgs;
    await onCommand({ afterAck } as unknown as RequestDeps, work)(args);

    expect(ack).toHaveBeenCalledExactlyOnceWith({ response_type: 'ephemeral', text: UNAVAILABLE_TEXT });
    expect(work).not.toHaveBeenCalled();
    expect(afterAck.waiting).toBe(1);
    release();
    await Promise.all([running, waiting]);
    expect(afterAck.full).toBe(false);
  });
});
