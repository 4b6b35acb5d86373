import { describe, expect, it } from 'vitest';
import { createWorkQueue, QueueFullError } from '../../src/lib/work-queue.js';

const deferred = () => {
  let release = () => {};
  const promise = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { promise, release };
};

describe('the after-ack work queue', () => {
  it('never runs more than its concurrency at once, and runs everything in the end', async () => {
    const queue = createWorkQueue({ concurrency: 3, maxWaiting: 100 });
    let running = 0;
    let peak = 0;
    const done = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        queue.run(async () => {
          running++;
          peak = Math.max(peak, running);
          await new Promise((resolve) => setTimeout(resolve, 2));
          running--;
          return i;
        }),
      ),
    );
    expect(peak).toBe(3);
    expect(done).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('starts urgent work (a modal to open) before work that was waiting longer, in arrival order', async () => {
    const queue = createWorkQueue({ concurrency: 1, maxWaiting: 100 });
    const gate = deferred();
    const order: string[] = [];
    const blocker = queue.run(() => gate.promise);
    const rest = [
      queue.run(async () => void order.push('list 1')),
      queue.run(async () => void order.push('list 2')),
      queue.run(async () => void order.push('modal 1'), { urgent: true }),
      queue.run(async () => void order.push('modal 2'), { urgent: true }),
    ];
    gate.release();
    await Promise.all([blocker, ...rest]);
    expect(order).toEqual(['modal 1', 'modal 2', 'list 1', 'list 2']);
  });

  it('refuses work beyond its waiting room instead of queueing without bound', async () => {
    const queue = createWorkQueue({ concurrency: 1, maxWaiting: 2 });
    const gate = deferred();
    const running = queue.run(() => gate.promise);
    const waiting = [queue.run(async () => 1), queue.run(async () => 2)];
    await expect(queue.run(async () => 3)).rejects.toBeInstanceOf(QueueFullError);
    gate.release();
    await Promise.all([running, ...waiting]);
    expect(await queue.run(async () => 4)).toBe(4);
  });

  it('keeps going after a piece of work fails, and says when it is idle', async () => {
    const queue = createWorkQueue({ concurrency: 2, maxWaiting: 10 });
    await expect(queue.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    const later = queue.run(async () => 'ok');
    await queue.idle();
    expect(queue.active + queue.waiting).toBe(0);
    expect(await later).toBe('ok');
  });
});
