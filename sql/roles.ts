// The writer role (Spark) and the read-only role (ask): created or updated, then granted from sql/grants.sql.

import { readFileSync } from 'node:fs';
import type pg from 'pg';
import { fromRoot } from '../config/paths.js';
import type { StockctlConfig } from '../config/schema.js';
import { rolePassword } from '../config/secrets.js';
import type { PgSettings } from './connection.js';

export type RoleSettings = PgSettings & Pick<StockctlConfig, 'ask'>;

async function ensureLoginRole(client: pg.Client, name: string, password: string): Promise<void> {
  const exists = (await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [name])).rowCount === 1;
  // DDL takes no bind parameters: the name is quoted as an identifier and the password as a literal.
  const verb = exists ? 'ALTER' : 'CREATE';
  await client.query(`${verb} ROLE ${client.escapeIdentifier(name)} WITH LOGIN PASSWORD ${client.escapeLiteral(password)}`);
}

/** sql/grants.sql with its placeholders filled: names quoted as identifiers, numbers from validated config. */
export function grantsSql(client: Pick<pg.Client, 'escapeIdentifier'>, config: RoleSettings, database: string): string {
  const values: Record<string, string> = {
    writer: client.escapeIdentifier(config.postgres.writer_user),
    reader: client.escapeIdentifier(config.postgres.reader_user),
    database: client.escapeIdentifier(database),
    statement_timeout_ms: String(Math.trunc(config.ask.statement_timeout_ms)),
    reader_connection_limit: String(Math.trunc(config.postgres.reader_connection_limit)),
  };
  const sql = readFileSync(fromRoot('sql', 'grants.sql'), 'utf8');
  return sql.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`sql/grants.sql: unknown placeholder {{${key}}}`);
    return value;
  });
}

export async function ensureRoles(client: pg.Client, config: RoleSettings): Promise<void> {
  await ensureLoginRole(client, config.postgres.writer_user, rolePassword(config, 'writer'));
  await ensureLoginRole(client, config.postgres.reader_user, rolePassword(config, 'reader'));
  const db = (await client.query<{ db: string }>('SELECT current_database() AS db')).rows[0]?.db ?? config.postgres.database;
  const writer = client.escapeIdentifier(config.postgres.writer_user);
  const reader = client.escapeIdentifier(config.postgres.reader_user);
  await client.query(`GRANT CONNECT ON DATABASE ${client.escapeIdentifier(db)} TO ${writer}, ${reader}`);
  await client.query(grantsSql(client, config, db));
}
