// Clusters made before stockctl generated passwords have an admin whose password is the old shared default.
// The first `up` after the change logs in with it once and replaces it with the generated one.

import pg from 'pg';
import type { StockctlConfig } from '../../config/schema.js';
import { rolePassword } from '../../config/secrets.js';
import { endpoint } from '../../sql/connection.js';
import { log } from '../ui/log.js';

/** What config/stockctl.yaml held as the admin's password until passwords were generated. */
export const LEGACY_ADMIN_PASSWORD = 'stockctl';

/** True when the admin logged in with the old default and now has the generated password. */
export async function adoptLegacyAdmin(config: StockctlConfig): Promise<boolean> {
  if (config.postgres.url || config.postgres.admin_password) return false;
  const e = endpoint(config);
  const client = new pg.Client({ host: e.host, port: e.port, database: 'postgres', user: config.postgres.admin_user, password: LEGACY_ADMIN_PASSWORD, connectionTimeoutMillis: 3_000, ...(config.postgres.tls === 'on' ? { ssl: { rejectUnauthorized: false } } : {}) });
  try {
    await client.connect();
  } catch {
    await client.end().catch(() => undefined);
    return false;
  }
  try {
    await client.query(`ALTER ROLE ${client.escapeIdentifier(config.postgres.admin_user)} PASSWORD ${client.escapeLiteral(rolePassword(config, 'admin'))}`);
    log.warn('PostgreSQL: the cluster had the old shared default password; it now has the generated one (in the state folder)');
    return true;
  } finally {
    await client.end().catch(() => undefined);
  }
}
