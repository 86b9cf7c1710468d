// How the project's own PostgreSQL cluster may be reached: who may log in from where (pg_hba.conf), TLS when
// postgres.tls is on (a certificate made once, in the data folder), and the server options pg_ctl passes on.

import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StockctlConfig } from '../../config/schema.js';
import { runOrFail, shellQuote } from './process.js';

/**
 * Every login needs the role's password (SCRAM), over the socket too: another user of the machine is no one to
 * the cluster. With TLS on, TCP connections without it are refused (no `host` line matches them).
 */
export function hbaConf(tls: boolean): string {
  return [
    '# Written by `stockctl up`; edits here are overwritten.',
    'local all all scram-sha-256',
    tls ? 'hostssl all all all scram-sha-256' : 'host all all all scram-sha-256',
    '',
  ].join('\n');
}

/**
 * The options `pg_ctl -o` hands to a shell that starts postgres: every value quoted as one word, as a state
 * folder's path may hold spaces and a host comes from config.
 */
export function serverOptions(config: Pick<StockctlConfig, 'postgres'>, socketDir: string, dataDir: string): string {
  const { port, host, tls } = config.postgres;
  const options = ['-p', String(port), '-k', socketDir, '-c', `listen_addresses=${host}`];
  if (tls === 'on') options.push('-c', 'ssl=on', '-c', `ssl_cert_file=${join(dataDir, 'server.crt')}`, '-c', `ssl_key_file=${join(dataDir, 'server.key')}`);
  return options.map(shellQuote).join(' ');
}

/** A self-signed certificate for loopback, made once (as the cluster's owner: the key must be theirs, mode 600). */
export function ensureCertificate(dataDir: string, asOwner: (command: string, args: string[]) => [string, string[]]): void {
  const crt = join(dataDir, 'server.crt');
  const key = join(dataDir, 'server.key');
  if (existsSync(crt) && existsSync(key)) return;
  const [cmd, args] = asOwner('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '3650', '-subj', '/CN=stockctl-postgres', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost', '-keyout', key, '-out', crt]);
  runOrFail('making the PostgreSQL TLS certificate (openssl)', cmd, args);
  const [chmod, chmodArgs] = asOwner('chmod', ['600', key]);
  runOrFail('protecting the PostgreSQL TLS key', chmod, chmodArgs);
}

/** Applies the access rules before each start (they follow postgres.tls if it changed). */
export function configureAccess(config: Pick<StockctlConfig, 'postgres'>, dataDir: string, asOwner: (command: string, args: string[]) => [string, string[]]): void {
  const tls = config.postgres.tls === 'on';
  if (tls) ensureCertificate(dataDir, asOwner);
  writeFileSync(join(dataDir, 'pg_hba.conf'), hbaConf(tls));
}
