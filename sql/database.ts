// Brings a database to the current schema: migrations, roles and grants, the shipped companies table.

import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { UserError } from '../config/errors.js';
import type { StockctlConfig } from '../config/schema.js';
import { loadCompanies } from './companies.js';
import { adminConnection } from './connection.js';
import { migrate } from './migrate.js';
import { ensureRoles } from './roles.js';

// Serialises concurrent `up`s on role and grant changes (PostgreSQL answers "tuple concurrently updated").
const ROLES_LOCK = 0x5f0c4c72;

export async function prepareDatabase(config: StockctlConfig): Promise<{ applied: number[] }> {
  for (let attempt = 1; ; attempt++) {
    const client = new pg.Client(adminConnection(config));
    try {
      await client.connect();
      const applied = await migrate(client);
      await client.query('SELECT pg_advisory_lock($1)', [ROLES_LOCK]);
      await ensureRoles(client, config);
      await loadCompanies(client);
      return { applied };
    } catch (e) {
      if (e instanceof UserError) throw e;
      const err = e as Error & { code?: string };
      // A server that just came back from a crash can still be settling: retry a few times.
      if (attempt < 4 && ['XX000', '40001', '40P01', '57P03', 'ECONNREFUSED', 'ECONNRESET'].includes(err.code ?? '')) {
        await sleep(500 * attempt);
        continue;
      }
      throw new UserError(`preparing the database failed: ${err.message}`, 'see the PostgreSQL log; `stockctl db migrate` retries this step alone');
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}
