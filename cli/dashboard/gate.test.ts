import { describe, expect, it } from 'vitest';
import { Gate } from './gate.js';

const later = () => {
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  return { done, release };
};

describe('Gate', () => {
  it('runs at most `active` at once, queues `waiting`, and refuses one more at once', async () => {
    const gate = new Gate(1, 2, 'the ask box');
    const first = later();
    let running = 0;
    let most = 0;
    const job = (wait: Promise<void>) => gate.run(async () => {
      most = Math.max(most, ++running);
      await wait;
      running--;
      return 'done';
    });
    const calls = [job(first.done), job(Promise.resolve()), job(Promise.resolve())];
    await expect(job(Promise.resolve())).rejects.toMatchObject({ status: 503, message: 'the ask box is busy: try again in a moment' });
    first.release();
    expect(await Promise.all(calls)).toEqual(['done', 'done', 'done']);
    expect(most).toBe(1);
    expect(await job(Promise.resolve())).toBe('done'); // the slots are free again
  });

  it('frees the slot when a call fails', async () => {
    const gate = new Gate(1, 0);
    await expect(gate.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await gate.run(() => Promise.resolve(1))).toBe(1);
  });
});
