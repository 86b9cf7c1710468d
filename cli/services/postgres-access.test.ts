import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.js';
import { hbaConf, serverOptions } from './postgres-access.js';

/** What a POSIX shell makes of the options, one argument a line (pg_ctl runs them through sh -c). */
const asShellReadsIt = (options: string): string[] => spawnSync('sh', ['-c', `printf '%s\\n' ${options}`], { encoding: 'utf8' }).stdout.split('\n').slice(0, -1);

describe('the own cluster access rules', () => {
  it('hands pg_ctl options that a shell reads back word for word, whatever the host and folders hold', () => {
    const config = loadConfig({ env: { STOCKCTL_POSTGRES_HOST: "127.0.0.1 $(touch /tmp/pwned) 'x'", STOCKCTL_POSTGRES_TLS: 'on' } });
    const words = asShellReadsIt(serverOptions(config, "/tmp/state with space/$HOME/it's", '/d`id`'));
    expect(words).toEqual([
      '-p', String(config.postgres.port), '-k', "/tmp/state with space/$HOME/it's", '-c', "listen_addresses=127.0.0.1 $(touch /tmp/pwned) 'x'",
      '-c', 'ssl=on', '-c', 'ssl_cert_file=/d`id`/server.crt', '-c', 'ssl_key_file=/d`id`/server.key',
    ]);
  });

  it('asks every login for its password, over the socket too; with TLS on, plain TCP matches no rule', () => {
    expect(hbaConf(false)).toMatch(/^local all all scram-sha-256$/m);
    expect(hbaConf(false)).toMatch(/^host all all all scram-sha-256$/m);
    const tls = hbaConf(true);
    expect(tls).toMatch(/^hostssl all all all scram-sha-256$/m);
    expect(tls).not.toMatch(/^host\s/m);
    expect(`${hbaConf(false)}${tls}`).not.toMatch(/\btrust\b|\bpeer\b|\bmd5\b/);
  });
});
