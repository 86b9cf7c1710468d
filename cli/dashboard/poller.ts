// Reads what landed once per interval, whatever the number of open pages, and pushes it to them. The next poll is
// timed from the end of the last one: polls never overlap, however slow the database is.

import type { Alert } from '../../sql/watch/rule.js';
import type { BatchMetric, PricesUpdate } from './feed.js';
import type { SseHub } from './sse-hub.js';

export interface FeedSource {
  prices(): Promise<PricesUpdate>;
  batches(): Promise<BatchMetric[]>;
  /** Alerts fired since the last poll. */
  alerts(): Promise<Alert[]>;
}

export class Poller {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;
  /** The database's problem at the last poll, if it had one. */
  problem?: string;

  constructor(
    private readonly feed: FeedSource,
    private readonly hub: Pick<SseHub, 'size' | 'send'>,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  /** One poll; no page open, no query. */
  async poll(): Promise<void> {
    if (this.hub.size === 0) return;
    try {
      const prices = await this.feed.prices();
      const batches = await this.feed.batches();
      const alerts = await this.feed.alerts();
      this.problem = undefined;
      this.hub.send('update', { prices, batches, alerts, at: new Date().toISOString() });
    } catch (e) {
      this.problem = (e as Error).message;
      this.hub.send('problem', { message: this.problem });
    }
  }

  /** Stops polling once the poll under way (if any) ends. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.poll().finally(() => {
        this.running = undefined;
        this.schedule();
      });
    }, this.intervalMs);
  }
}
