// Alerts as they fire: LISTEN for the sink's notice (sent when a batch with alerts commits), then read the new
// ones by id. A notice missed while reconnecting costs nothing: the next read starts from the last id seen.

import type pg from 'pg';
import type { Alert } from './rule.js';
import { alertsAfter } from './store.js';

export const ALERTS_CHANNEL = 'stockctl_alerts';

export interface Following {
  /** Resolves when stopped. */
  done: Promise<void>;
  stop(): void;
}

/**
 * Calls `onAlert` for every alert with an id above `afterId`, in order, now and as they fire; also looks every
 * `pollMs` in case a notice was lost.
 */
export async function followAlerts(client: pg.Client, afterId: number, onAlert: (a: Alert) => void, pollMs = 5_000): Promise<Following> {
  let last = afterId;
  let reading: Promise<void> = Promise.resolve();
  const read = () => {
    reading = reading.then(async () => {
      for (let batch = await alertsAfter(client, last); batch.length; batch = await alertsAfter(client, last)) {
        for (const a of batch) {
          onAlert(a);
          last = a.id;
        }
      }
    });
    return reading;
  };
  let stop!: () => void;
  const done = new Promise<void>((resolve, reject) => {
    client.on('notification', (n) => {
      if (n.channel === ALERTS_CHANNEL) read().catch(reject);
    });
    client.on('error', reject);
    const timer = setInterval(() => read().catch(reject), pollMs);
    stop = () => {
      clearInterval(timer);
      resolve();
    };
  });
  await client.query(`LISTEN ${ALERTS_CHANNEL}`);
  await read();
  return { done: done.finally(() => reading), stop };
}
