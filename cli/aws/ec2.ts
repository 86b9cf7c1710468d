// What the deployment's instances are doing, from the EC2 API: wait until they run and pass their status
// checks, and find them again by their stockctl:deployment tag.

import { DescribeInstancesCommand, DescribeInstanceStatusCommand, EC2Client, type Instance } from '@aws-sdk/client-ec2';
import { setTimeout as sleep } from 'node:timers/promises';
import type { StockctlConfig } from '../../config/schema.js';
import { UserError } from '../../config/errors.js';

export function ec2Client(config: Pick<StockctlConfig, 'aws'>): EC2Client {
  return new EC2Client({ region: config.aws.region, ...(config.aws.endpoint ? { endpoint: config.aws.endpoint } : {}) });
}

/** Fails early, with what to do, when the SDK finds no credentials (before Terraform would fail the same way). */
export async function checkCredentials(client: EC2Client): Promise<void> {
  try {
    await client.config.credentials();
  } catch {
    throw new UserError('no AWS credentials found', 'run `aws configure`, or set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY');
  }
}

export interface NodeState {
  id: string;
  role: string;
  name: string;
  state: string;
  publicIp?: string;
  publicDns?: string;
  privateIp?: string;
  /** "ok" once both EC2 status checks pass; "initializing", "impaired"… before. */
  checks: string;
}

const tag = (i: Instance, key: string) => i.Tags?.find((t) => t.Key === key)?.Value ?? '';

async function statusChecks(client: EC2Client, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const res = await client.send(new DescribeInstanceStatusCommand({ InstanceIds: ids, IncludeAllInstances: true }));
  return new Map(
    (res.InstanceStatuses ?? []).map((s) => {
      const [a, b] = [s.InstanceStatus?.Status, s.SystemStatus?.Status];
      return [s.InstanceId ?? '', a === 'ok' && b === 'ok' ? 'ok' : (a !== 'ok' ? a : b) ?? 'unknown'];
    }),
  );
}

function toNodes(instances: Instance[], checks: Map<string, string>): NodeState[] {
  return instances
    .map((i) => ({
      id: i.InstanceId ?? '',
      role: tag(i, 'stockctl:role'),
      name: tag(i, 'Name'),
      state: i.State?.Name ?? 'unknown',
      publicIp: i.PublicIpAddress,
      publicDns: i.PublicDnsName,
      privateIp: i.PrivateIpAddress,
      checks: checks.get(i.InstanceId ?? '') ?? 'unknown',
    }))
    .sort((a, b) => (a.role === b.role ? a.name.localeCompare(b.name) : a.role === 'stack' ? -1 : b.role === 'stack' ? 1 : a.role.localeCompare(b.role)));
}

/** Every live instance carrying the deployment's tag. */
export async function describeDeployment(client: EC2Client, name: string): Promise<NodeState[]> {
  const res = await client.send(
    new DescribeInstancesCommand({
      Filters: [
        { Name: 'tag:stockctl:deployment', Values: [name] },
        { Name: 'instance-state-name', Values: ['pending', 'running', 'stopping', 'stopped'] },
      ],
    }),
  );
  const instances = (res.Reservations ?? []).flatMap((r) => r.Instances ?? []);
  return toNodes(instances, await statusChecks(client, instances.map((i) => i.InstanceId ?? '').filter(Boolean)));
}

export async function describeInstances(client: EC2Client, ids: string[]): Promise<NodeState[]> {
  const res = await client.send(new DescribeInstancesCommand({ InstanceIds: ids }));
  return toNodes((res.Reservations ?? []).flatMap((r) => r.Instances ?? []), await statusChecks(client, ids));
}

/** Waits until every instance runs and passes both status checks; reports progress as it changes. */
export async function waitForInstances(client: EC2Client, ids: string[], opts: { timeoutMs: number; intervalMs?: number; onProgress?: (nodes: NodeState[]) => void }): Promise<NodeState[]> {
  const deadline = Date.now() + opts.timeoutMs;
  let last = '';
  for (;;) {
    const nodes = await describeInstances(client, ids);
    const summary = nodes.map((n) => `${n.id}:${n.state}/${n.checks}`).join(' ');
    if (summary !== last) opts.onProgress?.(nodes);
    last = summary;
    const gone = nodes.find((n) => n.state === 'terminated' || n.state === 'shutting-down');
    if (gone) throw new UserError(`instance ${gone.id} (${gone.name}) is ${gone.state}`, 'see its console output in the EC2 console');
    if (nodes.length === ids.length && nodes.every((n) => n.state === 'running' && n.checks === 'ok')) return nodes;
    if (Date.now() > deadline) throw new UserError(`instances not running with passed status checks after ${Math.round(opts.timeoutMs / 60_000)} min: ${summary}`);
    await sleep(opts.intervalMs ?? 10_000);
  }
}
