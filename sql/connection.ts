// How each role reaches the database: the project's own cluster, or the server named by postgres.url.

import type { ClientConfig } from 'pg';
import type { StockctlConfig } from '../config/schema.js';

export type PgSettings = Pick<StockctlConfig, 'postgres'>;

export interface Endpoint {
  host: string;
  port: number;
  database: string;
}

export function endpoint(config: PgSettings): Endpoint {
  const { url, host, port, database } = config.postgres;
  if (!url) return { host, port, database };
  const u = new URL(url);
  return { host: u.hostname, port: Number(u.port || 5432), database: decodeURIComponent(u.pathname.slice(1)) || database };
}

/** The owner of the schema: runs migrations and creates the two roles. */
export function adminConnection(config: PgSettings, database?: string): ClientConfig {
  const { url, admin_user, admin_password } = config.postgres;
  if (url) return { connectionString: url, ...(database ? { database } : {}) };
  const e = endpoint(config);
  return { host: e.host, port: e.port, database: database ?? e.database, user: admin_user, password: admin_password };
}

export function readerConnection(config: PgSettings): ClientConfig {
  const e = endpoint(config);
  return { ...e, user: config.postgres.reader_user, password: config.postgres.reader_password };
}

export function writerConnection(config: PgSettings): ClientConfig {
  const e = endpoint(config);
  return { ...e, user: config.postgres.writer_user, password: config.postgres.writer_password };
}
