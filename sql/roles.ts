// The writer role (Spark) and the read-only role (ask): created or updated, then granted from sql/grants.sql.

import { readFileSync } from 'node:fs';
import type pg from 'pg';
import { fromRoot } from '../config/paths.js';
import type { PgSettings } from './connection.js';

async function ensureLoginRole(client: pg.Client, name: string, password: string): Promise<void> {
  const exists = (await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [name])).rowCount === 1;
  // DDL takes no bind parameters: the name is quoted as an identifier and the password as a literal.
  const verb = exists ? 'ALTER' : 'CREATE';
  await client.query(`${verb} ROLE ${client.escapeIdentifier(name)} WITH LOGIN PASSWORD ${client.escapeLiteral(password)}`);
}

export async function ensureRoles(client: pg.Client, config: PgSettings): Promise<void> {
  const { writer_user, writer_password, reader_user, reader_password, database } = config.postgres;
  await ensureLoginRole(client, writer_user, writer_password);
  await ensureLoginRole(client, reader_user, reader_password);
  const db = (await client.query<{ db: string }>('SELECT current_database() AS db')).rows[0]?.db ?? database;
  const writer = client.escapeIdentifier(writer_user);
  const reader = client.escapeIdentifier(reader_user);
  await client.query(`GRANT CONNECT ON DATABASE ${client.escapeIdentifier(db)} TO ${writer}, ${reader}`);
  // The Spark job stages each batch in temporary tables (a server may have revoked TEMP from PUBLIC).
  await client.query(`GRANT TEMPORARY ON DATABASE ${client.escapeIdentifier(db)} TO ${writer}`);
  const grants = readFileSync(fromRoot('sql', 'grants.sql'), 'utf8').replaceAll('{{writer}}', writer).replaceAll('{{reader}}', reader);
  await client.query(grants);
}
