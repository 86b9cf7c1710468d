// Brings a database to the current schema: migrations, roles and grants, the shipped companies table.

import pg from 'pg';
import type { StockctlConfig } from '../cli/config/schema.js';
import { loadCompanies } from './companies.js';
import { adminConnection } from './connection.js';
import { migrate } from './migrate.js';
import { ensureRoles } from './roles.js';

export async function prepareDatabase(config: StockctlConfig): Promise<{ applied: number[] }> {
  const client = new pg.Client(adminConnection(config));
  await client.connect();
  try {
    const applied = await migrate(client);
    await ensureRoles(client, config);
    await loadCompanies(client);
    return { applied };
  } finally {
    await client.end();
  }
}
