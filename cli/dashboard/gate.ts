// Bounded concurrency: at most `active` calls run and `waiting` wait; one more is refused at once (503), so a flood
// of requests cannot pile up work or memory behind a slow database.

import { HttpError } from './respond.js';

export class Gate {
  private running = 0;
  private readonly queue: (() => void)[] = [];

  constructor(
    private readonly active: number,
    private readonly waiting: number,
    private readonly what = 'the dashboard',
  ) {}

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.running >= this.active) {
      if (this.queue.length >= this.waiting) throw new HttpError(503, `${this.what} is busy: try again in a moment`);
      await new Promise<void>((resolve) => this.queue.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await fn();
    } finally {
      // The slot passes straight to the next waiter, or is freed.
      const next = this.queue.shift();
      if (next) next();
      else this.running--;
    }
  }
}
