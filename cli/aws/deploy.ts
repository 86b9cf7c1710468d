// `--target aws`: the stack on EC2 through Terraform; status from the EC2 API; replay and ask over SSH tunnels.

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import type { StockctlConfig } from '../../config/schema.js';
import { UserError } from '../../config/errors.js';
import { newClusterId } from '../services/kafka.js';
import type { PartStatus } from '../stack.js';
import { log } from '../ui/log.js';
import { checkCredentials, describeDeployment, ec2Client, waitForInstances, type NodeState } from './ec2.js';
import { openTunnel, remoteStockctl } from './ssh.js';
import { awsPaths, findTerraform, Terraform } from './terraform.js';
import { checkAwsSettings } from './settings.js';
import { pushSecrets, ssmClient } from './ssm.js';
import { checkConfiguredPasswords, ensureSecrets, readSecrets, secretsFile } from '../../config/secrets.js';
import { setTimeout as sleep } from 'node:timers/promises';

/** The Terraform outputs the CLI reads (a test keeps terraform/outputs.tf providing each of them). */
export const OUTPUTS_READ = ['deployment', 'stack_instance_id', 'stack_public_dns', 'stack_private_ip', 'kafka_private_ips', 'instance_ids', 'spark_master_url', 'ssh_command'] as const;

export interface Deployment {
  name: string;
  region: string;
  kafkaClusterId: string;
  outputs: Partial<Record<(typeof OUTPUTS_READ)[number], unknown>>;
  createdAt: string;
}

export function readDeployment(config: StockctlConfig): Deployment | undefined {
  const file = awsPaths(config).deployment;
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Deployment) : undefined;
}

/** The Terraform variables, from config: written next to the state so that `down` destroys the same thing. */
function writeVariables(config: StockctlConfig, clusterId: string): void {
  const a = config.aws;
  const vars = {
    name: a.name, region: a.region, operator_cidr: a.operator_cidr, key_pair_name: a.key_pair_name,
    stack_instance_type: a.stack_instance_type, kafka_instance_type: a.kafka_instance_type,
    spark_worker_instance_type: a.spark_worker_instance_type, kafka_brokers: a.kafka_brokers, spark_workers: a.spark_workers,
    root_volume_size_gb: a.root_volume_size_gb, enable_dashboard: a.enable_dashboard === 'true', dashboard_port: a.dashboard_port,
    repository_url: a.repository_url, repository_ref: a.repository_ref, kafka_cluster_id: clusterId,
  };
  mkdirSync(awsPaths(config).dir, { recursive: true });
  writeFileSync(awsPaths(config).varFile, JSON.stringify(vars, null, 2) + '\n');
}

async function confirm(question: string, yes: boolean): Promise<void> {
  if (yes) return;
  if (!process.stdin.isTTY) throw new UserError(`${question} needs a confirmation`, 'run it on a terminal, or pass --yes');
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = (await rl.question(`${question} [y/N] `)).trim().toLowerCase();
  rl.close();
  if (answer !== 'y' && answer !== 'yes') throw new UserError('cancelled: nothing was changed');
}

/** `stockctl status` on a node: its parts, or none with the exit status (255: not reachable over SSH yet). */
function remoteParts(config: StockctlConfig, host: string): { parts?: PartStatus[]; status: number } {
  const res = remoteStockctl(config, host, ['status', '--json']);
  return { status: res.status, parts: res.status === 0 ? (JSON.parse(res.stdout) as { parts: PartStatus[] }).parts : undefined };
}

/** Polls `stockctl status` on the main node until every part runs there. */
async function waitHealthy(config: StockctlConfig, host: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let said = '';
  while (Date.now() < deadline) {
    const { parts, status } = remoteParts(config, host);
    let text = status === 255 ? 'not reachable over SSH yet' : 'installing (cloud-init)';
    if (parts) {
      if (parts.every((p) => p.running)) return;
      text = parts.map((p) => `${p.part} ${p.running ? 'running' : 'starting'}`).join(', ');
    }
    if (text !== said) log.detail(`main node: ${text}`);
    said = text;
    await sleep(15_000);
  }
  throw new UserError(`the stack on ${host} did not report healthy in ${Math.round(timeoutMs / 60_000)} min`, `log in and look: ssh ubuntu@${host} 'sudo journalctl -u stockctl-node'`);
}

export async function upAws(config: StockctlConfig, opts: { yes: boolean }): Promise<Deployment> {
  checkAwsSettings(config);
  // Refused before anything is planned: a password set in config must not be a guessable one.
  checkConfiguredPasswords(config);
  const bin = findTerraform(config);
  const client = ec2Client(config);
  await checkCredentials(client);
  const paths = awsPaths(config);
  const clusterId = readDeployment(config)?.kafkaClusterId ?? newClusterId();
  // The deployment's own secrets (not the local stack's), kept beside its Terraform state; never in its variables.
  const { secrets } = ensureSecrets(paths.dir);
  writeVariables(config, clusterId);
  const tf = new Terraform(bin, config);
  log.step(`terraform init (${bin})`);
  tf.init();
  log.step('terraform plan');
  tf.plan();
  await confirm(`Apply this plan in ${config.aws.region}? It creates paid AWS resources`, opts.yes);
  log.step('terraform apply');
  tf.apply();
  const outputs = tf.outputs();
  const deployment: Deployment = { name: config.aws.name, region: config.aws.region, kafkaClusterId: clusterId, outputs: Object.fromEntries(Object.entries(outputs).filter(([k]) => (OUTPUTS_READ as readonly string[]).includes(k))), createdAt: new Date().toISOString() };
  writeFileSync(paths.deployment, JSON.stringify(deployment, null, 2) + '\n');
  log.step('writing the secrets into SSM Parameter Store (SecureString), where the instances read them');
  await pushSecrets(ssmClient(config), config.aws.name, secrets);

  const ids = outputs.instance_ids as string[];
  log.step(`waiting for ${ids.length} instance(s) to run and pass their status checks`);
  await waitForInstances(client, ids, { timeoutMs: 20 * 60_000, onProgress: (nodes) => log.detail(nodes.map((n) => `${n.name || n.id}: ${n.state}, checks ${n.checks}`).join('; ')) });
  const host = String(outputs.stack_public_dns);
  log.step(`waiting for the stack on ${host} to report healthy (cloud-init installs and starts it)`);
  await waitHealthy(config, host, 40 * 60_000);
  log.ok(`stack up on AWS: ${host}`);
  log.info(`log in:  ${String(outputs.ssh_command)}`);
  return deployment;
}

export async function statusAws(config: StockctlConfig): Promise<{ nodes: NodeState[]; stack?: PartStatus[] }> {
  const deployment = readDeployment(config);
  if (!deployment) throw new UserError('no AWS deployment is recorded in this state folder', 'create one: stockctl up --target aws');
  const nodes = await describeDeployment(ec2Client(config), deployment.name);
  const main = nodes.find((n) => n.role === 'stack');
  const stack = main?.publicDns && main.state === 'running' ? remoteParts(config, main.publicDns).parts : undefined;
  return { nodes, stack };
}

export async function downAws(config: StockctlConfig, opts: { yes: boolean }): Promise<void> {
  const deployment = readDeployment(config);
  if (!deployment) throw new UserError('no AWS deployment is recorded in this state folder: nothing to destroy');
  const bin = findTerraform(config);
  await checkCredentials(ec2Client(config));
  await confirm(`Destroy the AWS deployment "${deployment.name}" in ${deployment.region} and all its data?`, opts.yes);
  writeVariables(config, deployment.kafkaClusterId);
  const tf = new Terraform(bin, config);
  tf.init();
  tf.destroy();
  // Its parameters went with it; a next deployment gets new secrets.
  rmSync(awsPaths(config).deployment, { force: true });
  rmSync(secretsFile(awsPaths(config).dir), { force: true });
  log.ok(`destroyed "${deployment.name}"`);
}

/**
 * Runs `work` with a config that reaches the remote stack through SSH tunnels: PostgreSQL on the main node,
 * and each Kafka broker on its tunnel listener (advertised to clients as 127.0.0.1:<port>).
 */
export async function withTunnels<T>(config: StockctlConfig, work: (tunnelled: StockctlConfig) => Promise<T>): Promise<T> {
  const deployment = readDeployment(config);
  if (!deployment) throw new UserError('no AWS deployment is recorded in this state folder', 'create one: stockctl up --target aws');
  const host = String(deployment.outputs.stack_public_dns);
  const brokers = [String(deployment.outputs.stack_private_ip), ...((deployment.outputs.kafka_private_ips as string[] | undefined) ?? [])];
  const pgLocal = 25432;
  const forwards = [
    { localPort: pgLocal, remoteHost: '127.0.0.1', remotePort: config.postgres.port },
    // Broker n listens for tunnelled clients on 19093 + n (terraform/cloud-init.yaml.tftpl).
    ...brokers.map((ip, i) => ({ localPort: 19094 + i, remoteHost: i === 0 ? '127.0.0.1' : ip, remotePort: 19094 + i })),
  ];
  const secrets = readSecrets(awsPaths(config).dir);
  if (!secrets?.postgres_reader || !secrets.kafka_client) throw new UserError(`the deployment's secrets are missing from ${secretsFile(awsPaths(config).dir)}`, 'run `stockctl up --target aws` again: it writes them there and into SSM');
  const tunnel = await openTunnel(config, host, forwards);
  try {
    // The deployment's parts ask for logins (terraform/cloud-init.yaml.tftpl): its passwords, SCRAM and TLS.
    return await work({
      ...config,
      kafka: { ...config.kafka, host: '127.0.0.1', advertised_host: '127.0.0.1', port: 19094, auth: 'scram', password: secrets.kafka_client },
      postgres: { ...config.postgres, url: '', host: '127.0.0.1', port: pgLocal, tls: 'on', admin_password: secrets.postgres_admin ?? '', writer_password: secrets.postgres_writer ?? '', reader_password: secrets.postgres_reader },
    });
  } finally {
    tunnel.kill();
  }
}
