// `--target aws` without AWS: the EC2 and SSM code against moto's emulators (started here on loopback), and the
// CLI's Terraform orchestration against a recording stand-in (test/aws/bin/terraform), because the real binary
// cannot fetch the AWS provider here. See the README ("On AWS") for what a real run does.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { EC2Client, RunInstancesCommand, TerminateInstancesCommand } from '@aws-sdk/client-ec2';
import { GetParametersCommand, PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { PLACEHOLDER } from '../../cli/aws/ssm.js';
import { SECRET_NAMES } from '../../config/secrets.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDeployment, waitForInstances } from '../../cli/aws/ec2.js';
import { loadConfig } from '../../config/load.js';
import { layout } from '../../cli/layout.js';
import { fromRoot } from '../../config/paths.js';
import { portOpen } from '../../cli/services/process.js';
import { freePort, runCli } from '../harness.js';

const creds = { AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_REGION: 'us-east-1' };

describe('the AWS target against an EC2 emulator', { timeout: 120_000 }, () => {
  let moto: ChildProcess;
  let endpoint: string;
  let ec2: EC2Client;
  let ssm: SSMClient;
  const bin = fromRoot('test', 'aws', 'bin');

  beforeAll(async () => {
    const port = await freePort();
    endpoint = `http://127.0.0.1:${port}`;
    const python = layout(loadConfig({ env: {} })).spark.venv;
    moto = spawn(join(python, 'bin', 'moto_server'), ['-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore', env: { ...process.env, ...creds } });
    for (let i = 0; i < 100 && !(await portOpen('127.0.0.1', port)); i++) await sleep(100);
    ec2 = new EC2Client({ region: 'us-east-1', endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
    ssm = new SSMClient({ region: 'us-east-1', endpoint, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
  });

  const cleanup: string[] = [];
  afterAll(() => {
    moto?.kill();
    for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
  });

  async function launch(deployment: string, roles: string[]): Promise<string[]> {
    const ids: string[] = [];
    for (const role of roles) {
      const res = await ec2.send(
        new RunInstancesCommand({
          ImageId: 'ami-12c6146b', InstanceType: 't3.large', MinCount: 1, MaxCount: 1,
          TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'stockctl:deployment', Value: deployment }, { Key: 'stockctl:role', Value: role }, { Key: 'Name', Value: `${deployment}-${role}` }] }],
        }),
      );
      ids.push(res.Instances?.[0]?.InstanceId as string);
    }
    return ids;
  }

  it('waits until instances run and pass their status checks', async () => {
    const ids = await launch('wait-test', ['stack', 'kafka']);
    const seen: string[] = [];
    const nodes = await waitForInstances(ec2, ids, { timeoutMs: 30_000, intervalMs: 200, onProgress: (n) => seen.push(n.map((x) => x.state).join(',')) });
    expect(nodes.map((n) => [n.role, n.state, n.checks])).toEqual([['stack', 'running', 'ok'], ['kafka', 'running', 'ok']]);
    expect(seen.length).toBeGreaterThan(0);
  });

  it('finds a deployment by its tag, main node first, and ignores other deployments and terminated instances', async () => {
    const ids = await launch('find-test', ['spark-worker', 'kafka', 'stack']);
    await launch('someone-else', ['stack']);
    const [gone] = await launch('find-test', ['kafka']);
    await ec2.send(new TerminateInstancesCommand({ InstanceIds: [gone as string] }));
    const nodes = await describeDeployment(ec2, 'find-test');
    expect(nodes.map((n) => n.role)).toEqual(['stack', 'kafka', 'spark-worker']);
    expect(new Set(nodes.map((n) => n.id))).toEqual(new Set(ids));
    expect(nodes.every((n) => n.privateIp)).toBe(true);
  });

  it('stops waiting with a clear error when an instance is terminated', async () => {
    const [id] = await launch('doomed', ['stack']);
    await ec2.send(new TerminateInstancesCommand({ InstanceIds: [id as string] }));
    await expect(waitForInstances(ec2, [id as string], { timeoutMs: 10_000, intervalMs: 100 })).rejects.toThrow(/is (terminated|shutting-down)/);
  });

  describe('the CLI (Terraform stand-in, SSH stand-in)', () => {
    let env: NodeJS.ProcessEnv;
    let state: string;
    let standinLog: string;

    beforeAll(async () => {
      state = mkdtempSync(join(tmpdir(), 'stockctl-aws-'));
      cleanup.push(state);
      // The stand-ins' files live apart from the state folder, which `down --purge` empties.
      const scratch = mkdtempSync(join(tmpdir(), 'stockctl-aws-standin-'));
      cleanup.push(scratch);
      standinLog = join(scratch, 'calls.log');
      const ids = await launch('cli-test', ['stack', 'kafka', 'spark-worker']);
      const outputs = join(scratch, 'outputs.json');
      const value = (v: unknown) => ({ value: v, type: 'string', sensitive: false });
      writeFileSync(outputs, JSON.stringify({
        deployment: value('cli-test'), stack_instance_id: value(ids[0]), stack_public_dns: value('ec2-198-51-100-7.compute-1.amazonaws.com'),
        stack_private_ip: value('10.0.1.5'), kafka_private_ips: value(['10.0.1.6']), instance_ids: value(ids), spark_master_url: value('spark://10.0.1.5:7077'),
        ssh_command: value('ssh -i <your key for ops> ubuntu@ec2-198-51-100-7.compute-1.amazonaws.com'), unrelated: value('x'),
      }));
      env = {
        ...process.env, ...creds, NO_COLOR: '1', STANDIN_LOG: standinLog, STANDIN_OUTPUTS: outputs,
        STOCKCTL_PATHS_STATE: state, STOCKCTL_AWS_NAME: 'cli-test', STOCKCTL_AWS_ENDPOINT: endpoint,
        STOCKCTL_AWS_TERRAFORM_BIN: join(bin, 'terraform'), STOCKCTL_AWS_SSH_BIN: join(bin, 'ssh'),
        STOCKCTL_AWS_OPERATOR_CIDR: '203.0.113.7/32', STOCKCTL_AWS_KEY_PAIR_NAME: 'ops', STOCKCTL_AWS_REPOSITORY_URL: 'https://git.example/stockctl.git',
        STOCKCTL_AWS_KAFKA_BROKERS: '2', STOCKCTL_AWS_SPARK_WORKERS: '1',
      };
    });

    it('up --target aws: writes the variables, runs init, plan and apply in order, waits, records the deployment', async () => {
      const res = await runCli(env, ['up', '--target', 'aws', '--yes']);
      expect(res.status, res.stderr).toBe(0);
      expect(res.stdout).toContain('stack up on AWS: ec2-198-51-100-7.compute-1.amazonaws.com');
      const calls = readFileSync(standinLog, 'utf8').trim().split('\n');
      const tf = calls.filter((c) => c.includes(`-chdir=${fromRoot('terraform')}`)).map((c) => c.split('\t'));
      const aws = join(state, 'aws');
      expect(tf.map(([dataDir]) => dataDir)).toEqual(Array(tf.length).fill(join(aws, '.terraform')));
      expect(calls[0]?.trim()).toBe('version'); // is it there at all, before anything is written
      expect(tf.map(([, args]) => (args as string).split(' ')[1])).toEqual(['init', 'plan', 'apply', 'output']);
      expect(tf[1]?.[1]).toContain(`-var-file=${join(aws, 'terraform.tfvars.json')} -state=${join(aws, 'terraform.tfstate')} -out=${join(aws, 'plan.tfplan')}`);
      expect(tf[2]?.[1]).toMatch(new RegExp(`apply -input=false -state=${join(aws, 'terraform.tfstate')} ${join(aws, 'plan.tfplan')}$`));

      const vars = JSON.parse(readFileSync(join(aws, 'terraform.tfvars.json'), 'utf8'));
      expect(vars).toMatchObject({ name: 'cli-test', region: 'us-east-1', operator_cidr: '203.0.113.7/32', key_pair_name: 'ops', kafka_brokers: 2, spark_workers: 1, enable_dashboard: false });
      expect(vars.kafka_cluster_id).toMatch(/^[A-Za-z0-9_-]{21}[AQgw]$/);
      const deployment = JSON.parse(readFileSync(join(aws, 'deployment.json'), 'utf8'));
      expect(deployment.outputs.unrelated).toBeUndefined();
      expect(deployment.kafkaClusterId).toBe(vars.kafka_cluster_id);
      // The health of the stack inside came from the main node, over SSH.
      expect(calls.some((c) => c.includes('ubuntu@ec2-198-51-100-7.compute-1.amazonaws.com') && c.includes("'status' '--json'"))).toBe(true);

      // The deployment's secrets: generated beside its Terraform state (mode 600), written to SSM as SecureStrings,
      // and nowhere else: not in the variables, not in any Terraform or SSH call, not on the terminal.
      const secrets = JSON.parse(readFileSync(join(aws, 'secrets.json'), 'utf8')) as Record<string, string>;
      expect(statSync(join(aws, 'secrets.json')).mode & 0o777).toBe(0o600);
      expect(Object.keys(secrets).sort()).toEqual([...SECRET_NAMES].sort());
      const stored = await ssm.send(new GetParametersCommand({ Names: SECRET_NAMES.map((n) => `/stockctl/cli-test/${n}`), WithDecryption: true }));
      expect(stored.InvalidParameters).toEqual([]);
      for (const p of stored.Parameters ?? []) {
        expect(p.Type, p.Name).toBe('SecureString');
        expect(p.Value, p.Name).toBe(secrets[p.Name?.split('/').at(-1) as string]);
      }
      const seen = [readFileSync(join(aws, 'terraform.tfvars.json'), 'utf8'), readFileSync(standinLog, 'utf8'), res.stdout, res.stderr].join('\n');
      for (const value of Object.values(secrets)) expect(seen).not.toContain(value);
    });

    it('secrets pull (on an instance): fetches the deployment\'s secrets from SSM into its own state folder, mode 600', async () => {
      const node = mkdtempSync(join(tmpdir(), 'stockctl-aws-node-'));
      cleanup.push(node);
      const res = await runCli({ ...env, STOCKCTL_PATHS_STATE: node }, ['secrets', 'pull', '--timeout', '10']);
      expect(res.status, res.stderr).toBe(0);
      expect(readFileSync(join(node, 'secrets.json'), 'utf8')).toBe(readFileSync(join(state, 'aws', 'secrets.json'), 'utf8'));
      expect(statSync(join(node, 'secrets.json')).mode & 0o777).toBe(0o600);
      expect(res.stdout + res.stderr).not.toContain(JSON.parse(readFileSync(join(node, 'secrets.json'), 'utf8')).postgres_admin);
    });

    it('secrets pull waits while Terraform\'s placeholders are there, and says what to do when they stay', async () => {
      for (const n of SECRET_NAMES) await ssm.send(new PutParameterCommand({ Name: `/stockctl/not-written/${n}`, Value: PLACEHOLDER, Type: 'SecureString', Overwrite: true }));
      const node = mkdtempSync(join(tmpdir(), 'stockctl-aws-node-'));
      cleanup.push(node);
      const res = await runCli({ ...env, STOCKCTL_PATHS_STATE: node, STOCKCTL_AWS_NAME: 'not-written' }, ['secrets', 'pull', '--timeout', '2']);
      expect(res.status).toBe(1);
      expect(res.stderr).toContain("the deployment's secrets are not in SSM after 2 s: /stockctl/not-written/postgres_admin");
      expect(res.stderr).toContain('stockctl up --target aws');
      expect(existsSync(join(node, 'secrets.json'))).toBe(false);
    });

    it('status --target aws: instances from the EC2 API, the stack from the main node', async () => {
      const res = await runCli(env, ['status', '--target', 'aws', '--json']);
      expect(res.status, res.stderr).toBe(0);
      const { nodes, stack } = JSON.parse(res.stdout);
      expect(nodes.map((n: { role: string; state: string }) => [n.role, n.state])).toEqual([['stack', 'running'], ['kafka', 'running'], ['spark-worker', 'running']]);
      expect(stack.every((p: { running: boolean }) => p.running)).toBe(true);
    });

    it('down --purge (local) keeps the Terraform state of the live deployment', async () => {
      const res = await runCli(env, ['down', '--purge']);
      expect(res.status, res.stderr).toBe(0);
      expect(res.stderr + res.stdout).toContain('it holds the Terraform state of a live AWS deployment');
      expect(existsSync(join(state, 'aws', 'deployment.json'))).toBe(true);
      expect(existsSync(join(state, 'aws', 'terraform.tfvars.json'))).toBe(true);
    });

    it('down --target aws asks first, then destroys with the same variables and state, and forgets the deployment', async () => {
      const refused = await runCli(env, ['down', '--target', 'aws']);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain('needs a confirmation');
      expect(existsSync(join(state, 'aws', 'deployment.json'))).toBe(true);
      const res = await runCli(env, ['down', '--target', 'aws', '--yes']);
      expect(res.status, res.stderr).toBe(0);
      const last = readFileSync(standinLog, 'utf8').trim().split('\n').at(-1) as string;
      expect(last).toContain(`destroy -input=false -auto-approve -var-file=${join(state, 'aws', 'terraform.tfvars.json')} -state=${join(state, 'aws', 'terraform.tfstate')}`);
      expect(existsSync(join(state, 'aws', 'deployment.json'))).toBe(false);
      expect(existsSync(join(state, 'aws', 'secrets.json'))).toBe(false);
    });

    it('says what to do when terraform, credentials or a required setting is missing', async () => {
      const noTf = await runCli({ ...env, STOCKCTL_AWS_TERRAFORM_BIN: '/nonexistent/terraform' }, ['up', '--target', 'aws', '--yes']);
      expect(noTf.status).toBe(1);
      expect(noTf.stderr).toContain('/nonexistent/terraform not found');
      expect(noTf.stderr).toContain('install Terraform');
      const noCreds = await runCli({ ...env, AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '', AWS_PROFILE: 'nobody', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent', AWS_CONFIG_FILE: '/nonexistent', AWS_EC2_METADATA_DISABLED: 'true' }, ['up', '--target', 'aws', '--yes']);
      expect(noCreds.status).toBe(1);
      expect(noCreds.stderr).toContain('no AWS credentials found');
      const noCidr = await runCli({ ...env, STOCKCTL_AWS_OPERATOR_CIDR: '' }, ['up', '--target', 'aws', '--yes']);
      expect(noCidr.status).toBe(1);
      expect(noCidr.stderr).toContain('config key "aws.operator_cidr" is required for --target aws');
      const wide = await runCli({ ...env, STOCKCTL_AWS_OPERATOR_CIDR: '0.0.0.0/1' }, ['up', '--target', 'aws', '--yes']);
      expect(wide.status).toBe(1);
      expect(wide.stderr).toContain('config key "aws.operator_cidr" is 0.0.0.0/1');
      const weak = await runCli({ ...env, STOCKCTL_POSTGRES_READER_PASSWORD: 'stockctl_reader' }, ['up', '--target', 'aws', '--yes']);
      expect(weak.status).toBe(1);
      expect(weak.stderr).toContain('config key "postgres.reader_password" is a well-known default');
      for (const r of [noTf, noCreds, noCidr, wide, weak]) expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  });
});
