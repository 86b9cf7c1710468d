// Messages sent at a steady rate straight to the price topic, as a live feed would send them.

import type { StockctlConfig } from '../config/schema.js';
import type { PriceRow } from '../producer/message.js';
import { Publisher } from '../producer/publisher.js';

/** Sends `rate` messages a second for `seconds`, message i being `rowAt(i)`; the number sent. */
export async function sendPaced(config: StockctlConfig, rate: number, seconds: number, rowAt: (i: number) => PriceRow): Promise<number> {
  const publisher = new Publisher(config);
  await publisher.connect();
  const start = Date.now();
  let sent = 0;
  try {
    // 50 sends a second, each with the messages due by then: the rate holds whatever one send takes.
    while (Date.now() - start < seconds * 1000) {
      const due = Math.floor(((Date.now() - start) / 1000) * rate);
      const rows: PriceRow[] = [];
      for (; sent < due; sent++) rows.push(rowAt(sent));
      await publisher.send(rows);
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    await publisher.disconnect();
  }
  return sent;
}
