// replay and ask --target aws go through SSH tunnels. Here the "remote" stack runs on this machine on another
// loopback address (127.0.0.2), and the ssh stand-in serves the forwards (test/aws/bin/ssh).

import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitCaughtUp } from '../../cli/pipeline.js';
import { fromRoot } from '../../config/paths.js';
import { Harness, runCli, SHARED_STOCKS, sourceRows } from '../harness.js';

describe('replay and ask --target aws through SSH tunnels', { timeout: 300_000 }, () => {
  let h: Harness;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    // The "remote" stack: its broker and database on 127.0.0.2, broker 1's tunnel listener on 19094, and the
    // AWS node's logins (terraform/cloud-init.yaml.tftpl): SCRAM for Kafka, TLS for PostgreSQL.
    h = await Harness.create('tunnel', { STOCKCTL_KAFKA_HOST: '127.0.0.2', STOCKCTL_POSTGRES_HOST: '127.0.0.2', STOCKCTL_KAFKA_TUNNEL_PORT: '19094', STOCKCTL_KAFKA_AUTH: 'scram', STOCKCTL_POSTGRES_TLS: 'on' });
    const up = await h.cli(['up']);
    if (up.status !== 0) throw new Error(`up failed:\n${up.stdout}\n${up.stderr}`);
    // The operator's copy of the deployment's secrets (what `up --target aws` generated and wrote into SSM).
    mkdirSync(join(h.state, 'aws'), { recursive: true });
    copyFileSync(join(h.state, 'secrets.json'), join(h.state, 'aws', 'secrets.json'));
    writeFileSync(
      join(h.state, 'aws', 'deployment.json'),
      JSON.stringify({ name: 'tunnel-test', region: 'us-east-1', kafkaClusterId: 'AAAAAAAAAAAAAAAAAAAAAA', outputs: { stack_public_dns: 'stack.example', stack_private_ip: '10.0.0.5', kafka_private_ips: [] }, createdAt: new Date().toISOString() }),
    );
    // The operator's own settings are a plain local stack's: the tunnelled commands take the deployment's logins.
    env = { ...h.env, STOCKCTL_KAFKA_AUTH: 'none', STOCKCTL_POSTGRES_TLS: 'off', STOCKCTL_AWS_SSH_BIN: fromRoot('test', 'aws', 'bin', 'ssh'), STANDIN_REMOTE_HOST: '127.0.0.2', STANDIN_LOG: join(h.state, 'ssh.log') };
  });

  afterAll(async () => {
    await h.cli(['down', '--purge']);
    rmSync(h.state, { recursive: true, force: true }); // purge keeps aws/ while deployment.json names a deployment
  });

  it('replays into the remote broker and asks the remote database', async () => {
    const file = join(SHARED_STOCKS, 'tsla.us.txt');
    const replay = await runCli(env, ['replay', file, '--target', 'aws']);
    expect(replay.status, replay.stderr).toBe(0);
    expect(replay.stdout).toContain('1858 sent');
    await waitCaughtUp(h.config, 120_000);
    const ask = await runCli(env, ['ask', 'latest 3 Tesla prices', '--target', 'aws', '--format', 'json', '--no-sql']);
    expect(ask.status, ask.stderr).toBe(0);
    const rows = JSON.parse(ask.stdout) as { trade_date: string; close: number }[];
    expect(rows.map((r) => [r.trade_date, r.close])).toEqual(sourceRows(file).slice(-3).reverse().map((r) => [r.date, r.close]));
  });
});
