// Versioned schema migrations: sql/migrations/NNN_name.sql, applied in order, each once, each in a transaction.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';
import { UserError } from '../config/errors.js';
import { fromRoot } from '../config/paths.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = fromRoot('sql', 'migrations')): Migration[] {
  const migrations = readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((file) => {
      const m = /^(\d+)_([a-z0-9_]+)\.sql$/.exec(file);
      if (!m) throw new Error(`migration file ${file} must be named NNN_name.sql`);
      const sql = readFileSync(join(dir, file), 'utf8');
      return { version: Number(m[1]), name: m[2] ?? '', sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migrations must be numbered 1, 2, 3… without gaps; found ${m.version} at position ${i + 1}`);
  });
  return migrations;
}

// Two `up`s at once must not both apply migration 3: one waits on this lock.
const LOCK_ID = 0x5f0c4c71;

/** Applies what is missing; returns the versions applied now. */
export async function migrate(client: pg.Client, migrations = readMigrations()): Promise<number[]> {
  await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  await client.query('SELECT pg_advisory_lock($1)', [LOCK_ID]);
  try {
    const applied = new Map<number, string>(
      (await client.query<{ version: number; checksum: string }>('SELECT version, checksum FROM schema_migrations')).rows.map((r) => [r.version, r.checksum]),
    );
    const done: number[] = [];
    for (const m of migrations) {
      const seen = applied.get(m.version);
      if (seen !== undefined) {
        if (seen !== m.checksum) {
          throw new UserError(`migration ${m.version}_${m.name}.sql was changed after it was applied`, 'add a new migration instead of editing an applied one');
        }
        continue;
      }
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [m.version, m.name, m.checksum]);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw new UserError(`migration ${m.version}_${m.name}.sql failed: ${(e as Error).message}`);
      }
      done.push(m.version);
    }
    return done;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_ID]);
  }
}
