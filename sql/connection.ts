// How each role reaches the database: the project's own cluster, or the server named by postgres.url.

import pg, { type ClientConfig } from 'pg';
import type { StockctlConfig } from '../config/schema.js';
import { rolePassword, type Role } from '../config/secrets.js';

export type PgSettings = Pick<StockctlConfig, 'postgres' | 'paths'>;

export interface Endpoint {
  host: string;
  port: number;
  database: string;
}

export function endpoint(config: Pick<StockctlConfig, 'postgres'>): Endpoint {
  const { url, host, port, database } = config.postgres;
  if (!url) return { host, port, database };
  const u = new URL(url);
  return { host: u.hostname, port: Number(u.port || 5432), database: decodeURIComponent(u.pathname.slice(1)) || database };
}

/** TLS for the project's own cluster when postgres.tls is on: encrypted; the server is the cluster's own. */
function ownClusterTls(config: PgSettings): Pick<ClientConfig, 'ssl'> {
  return config.postgres.tls === 'on' ? { ssl: { rejectUnauthorized: false } } : {};
}

/**
 * postgres.url with another role's name and password: everything else of the URL (host, database, and its TLS
 * settings such as sslmode and sslrootcert) is kept, so the job's roles connect the way the admin does.
 */
export function urlAs(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  return u.toString();
}

function roleConnection(config: PgSettings, role: Role, database?: string): ClientConfig {
  const user = config.postgres[`${role}_user`];
  const { url } = config.postgres;
  if (url) return { connectionString: urlAs(url, user, rolePassword(config, role)), ...(database ? { database } : {}) };
  const e = endpoint(config);
  return { host: e.host, port: e.port, database: database ?? e.database, user, password: rolePassword(config, role), ...ownClusterTls(config) };
}

/** The owner of the schema: runs migrations and creates the two roles (with postgres.url: the URL's own user). */
export function adminConnection(config: PgSettings, database?: string): ClientConfig {
  const { url } = config.postgres;
  if (url) return { connectionString: url, ...(database ? { database } : {}) };
  return roleConnection(config, 'admin', database);
}

/** One short session as the owner of the schema, closed after `fn` whatever it does. */
export async function withAdminClient<T>(config: PgSettings, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(adminConnection(config));
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export const readerConnection = (config: PgSettings): ClientConfig => roleConnection(config, 'reader');

export const writerConnection = (config: PgSettings): ClientConfig => roleConnection(config, 'writer');
