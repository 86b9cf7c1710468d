import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { BatchMetric, PricesUpdate } from './feed.js';
import { Poller, type FeedSource } from './poller.js';

const EMPTY: PricesUpdate = { points: {}, landed: 0, counts: {} };

function hub(size = 1) {
  const sent: [string, unknown][] = [];
  return { size, sent, send: (event: string, data: unknown) => void sent.push([event, data]) };
}

describe('Poller', () => {
  it('never runs two polls at once, however slow the database', async () => {
    let running = 0;
    let most = 0;
    let polls = 0;
    const feed: FeedSource = {
      async prices() {
        most = Math.max(most, ++running);
        polls++;
        await sleep(60); // six intervals long
        running--;
        return EMPTY;
      },
      batches: async () => [] as BatchMetric[],
      alerts: async () => [],
    };
    const poller = new Poller(feed, hub(), 10);
    poller.start();
    await sleep(400);
    await poller.stop();
    expect(most).toBe(1);
    expect(polls).toBeGreaterThanOrEqual(3);
    expect(polls).toBeLessThanOrEqual(7);
  });

  it('sends the problem when the database fails, and updates again once it answers', async () => {
    let down = true;
    const feed: FeedSource = {
      prices: async () => {
        if (down) throw new Error('PostgreSQL at 127.0.0.1:1 is not reachable');
        return EMPTY;
      },
      batches: async () => [],
      alerts: async () => [],
    };
    const pages = hub();
    const poller = new Poller(feed, pages, 1_000);
    await poller.poll();
    expect(poller.problem).toContain('not reachable');
    down = false;
    await poller.poll();
    expect(poller.problem).toBeUndefined();
    expect(pages.sent.map(([e]) => e)).toEqual(['problem', 'update']);
  });

  it('does not query while no page is open', async () => {
    let polls = 0;
    const feed: FeedSource = { prices: async () => (polls++, EMPTY), batches: async () => [], alerts: async () => [] };
    await new Poller(feed, hub(0), 10).poll();
    expect(polls).toBe(0);
  });
});
