// An admin password the cluster still has but the state folder no longer names: the one before `secrets rotate`,
// or the shared default of clusters made before stockctl generated passwords. The next `up` logs in with it once
// and changes it to the state folder's.

import pg from 'pg';
import type { StockctlConfig } from '../../config/schema.js';
import { forgetPreviousAdmin, readSecrets, rolePassword } from '../../config/secrets.js';
import { endpoint } from '../../sql/connection.js';
import { log } from '../ui/log.js';

/** What config/stockctl.yaml held as the admin's password until passwords were generated. */
export const LEGACY_ADMIN_PASSWORD = 'stockctl';

async function loginWith(config: StockctlConfig, password: string): Promise<pg.Client | undefined> {
  const e = endpoint(config);
  const client = new pg.Client({ host: e.host, port: e.port, database: 'postgres', user: config.postgres.admin_user, password, connectionTimeoutMillis: 3_000, ...(config.postgres.tls === 'on' ? { ssl: { rejectUnauthorized: false } } : {}) });
  try {
    await client.connect();
    return client;
  } catch {
    await client.end().catch(() => undefined);
    return undefined;
  }
}

/** True when the admin logged in with an earlier password and now has the state folder's. */
export async function adoptEarlierAdmin(config: StockctlConfig): Promise<boolean> {
  if (config.postgres.url || config.postgres.admin_password) return false;
  const previous = readSecrets(config.paths.state)?.previous_postgres_admin;
  for (const [password, what] of [[previous, 'the password before `secrets rotate`'], [LEGACY_ADMIN_PASSWORD, 'the old shared default password']] as const) {
    if (!password) continue;
    const client = await loginWith(config, password);
    if (!client) continue;
    try {
      await client.query(`ALTER ROLE ${client.escapeIdentifier(config.postgres.admin_user)} PASSWORD ${client.escapeLiteral(rolePassword(config, 'admin'))}`);
    } finally {
      await client.end().catch(() => undefined);
    }
    forgetPreviousAdmin(config.paths.state);
    log.warn(`PostgreSQL: the cluster's admin had ${what}; it now has the one in the state folder`);
    return true;
  }
  return false;
}
