import { describe, expect, it, vi } from 'vitest';
import { createWorkQueue } from '../../../src/lib/work-queue.js';
import { createLogger } from '../../../src/logger.js';
import {
  BUSY_TEXT,
  type CommandArgs,
  onCommand,
  type RequestDeps,
  runAfterAck,
} from '../../../src/slack/requests/after-ack.js';

describe('onCommand under overload', () => {
  it('answers "busy, send it again" in the acknowledgement itself when the after-ack queue is full', async () => {
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

    expect(ack).toHaveBeenCalledExactlyOnceWith({ response_type: 'ephemeral', text: BUSY_TEXT });
    expect(work).not.toHaveBeenCalled();
    expect(afterAck.waiting).toBe(1);
    release();
    await Promise.all([running, waiting]);
    expect(afterAck.full).toBe(false);
  });

  it('a button clicked while the queue is full is answered "busy, send it again", not "something went wrong"', async () => {
    const afterAck = createWorkQueue({ concurrency: 1, maxWaiting: 1 });
    let release = () => {};
    const running = afterAck.run(() => new Promise<void>((resolve) => (release = resolve)));
    const waiting = afterAck.run(async () => {});
    const answers: string[] = [];
    const work = vi.fn();
    const args = { body: {}, client: {}, context: { log: createLogger('silent'), requestId: 'r1' } };
    await runAfterAck({ afterAck } as unknown as RequestDeps, args as never, work, {
      answerFailure: async (text) => void answers.push(text),
    });
    expect(answers).toEqual([BUSY_TEXT]);
    expect(work).not.toHaveBeenCalled();
    release();
    await Promise.all([running, waiting]);
  });
});
