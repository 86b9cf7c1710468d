// Static checks of terraform/: it is parsed (python-hcl2), not applied, as the Terraform registry with the AWS
// provider is out of reach here. Typed, described and validated variables; no ingress beyond SSH and the
// dashboard from the operator; tags everywhere; every output the CLI reads.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { OUTPUTS_READ } from '../../cli/aws/deploy.js';
import { loadConfig } from '../../config/load.js';
import { layout } from '../../cli/layout.js';
import { fromRoot } from '../../config/paths.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let tf: Json;

beforeAll(() => {
  const python = layout(loadConfig({ env: {} })).spark.python;
  const res = spawnSync(python, [fromRoot('test', 'aws', 'hcl2json.py'), fromRoot('terraform')], { encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`parsing terraform/ failed (run stockctl setup first): ${res.stderr}`);
  tf = JSON.parse(res.stdout) as Json;
});

const resources = (type: string): [string, Json][] => Object.entries((tf.resource?.[type] ?? {}) as Json);

describe('terraform/', () => {
  it('pins Terraform and the AWS provider (versions.tf)', () => {
    expect(tf.terraform.required_version).toMatch(/^>= 1\.\d+/);
    expect(tf.terraform.required_providers[0].aws).toEqual({ source: 'hashicorp/aws', version: expect.stringMatching(/^~> 5\.\d+$/) });
  });

  it('types and describes every variable, and validates those a user sets', () => {
    for (const [name, v] of Object.entries(tf.variable as Json)) {
      expect(v.type, name).toBeTruthy();
      expect(String(v.description ?? ''), name).toMatch(/\w{4,}/);
    }
    for (const name of ['name', 'region', 'operator_cidr', 'key_pair_name', 'stack_instance_type', 'kafka_brokers', 'spark_workers', 'root_volume_size_gb', 'repository_url', 'kafka_cluster_id']) {
      expect(tf.variable[name].validation?.[0]?.condition, name).toBeTruthy();
    }
    expect(tf.variable.operator_cidr.validation[0].condition).toContain('0.0.0.0/0');
  });

  it('admits SSH and the dashboard from the operator only, and opens Kafka and PostgreSQL to no one', () => {
    const ingress = resources('aws_vpc_security_group_ingress_rule');
    expect(ingress.length).toBeGreaterThan(0);
    for (const [name, rule] of ingress) {
      if (rule.referenced_security_group_id) {
        expect(rule.referenced_security_group_id, name).toBe('${aws_security_group.stack.id}');
        continue;
      }
      expect(rule.cidr_ipv4, name).toBe('${var.operator_cidr}');
      expect(rule.cidr_ipv6, name).toBeUndefined();
      expect([22, '${var.dashboard_port}'], name).toContain(rule.from_port);
      expect(rule.to_port, name).toBe(rule.from_port);
    }
    expect(ingress.find(([n]) => n === 'dashboard')?.[1].count).toBe('${var.enable_dashboard ? 1 : 0}');
    expect(readFileSync(fromRoot('terraform', 'main.tf'), 'utf8')).not.toMatch(/cidr_ipv4\s*=\s*"0\.0\.0\.0\/0"[\s\S]*?ip_protocol[\s\S]*?from_port/);
  });

  it('tags every resource that takes tags, and the provider tags the rest', () => {
    expect(tf.provider.aws.default_tags[0].tags).toBe('${local.tags}');
    for (const type of ['aws_instance', 'aws_security_group', 'aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule']) {
      for (const [name, r] of resources(type)) expect(r.tags, `${type}.${name}`).toBeTruthy();
    }
    expect(tf.locals.tags).toContain('"stockctl:deployment" = var.name');
  });

  it('runs the newest Ubuntu LTS on gp3, encrypted, with IMDSv2, and the cloud-init that installs stockctl', () => {
    const ami = tf.data.aws_ami.ubuntu;
    expect(ami.owners).toEqual(['099720109477']);
    expect(ami.filter[0].values[0]).toMatch(/^ubuntu\/images\/hvm-ssd-gp3\/ubuntu-noble-24\.04-amd64-server-\*$/);
    for (const [name, i] of resources('aws_instance')) {
      expect(i.ami, name).toBe('${data.aws_ami.ubuntu.id}');
      expect(i.root_block_device[0].volume_type, name).toBe('gp3');
      expect(i.root_block_device[0].encrypted, name).toBe(true);
      expect(i.metadata_options[0].http_tokens, name).toBe('required');
      expect(i.user_data, name).toContain('cloud-init.yaml.tftpl');
    }
    const init = readFileSync(fromRoot('terraform', 'cloud-init.yaml.tftpl'), 'utf8');
    for (const step of ['npm ci', 'main.js setup', 'up --skip-setup', 'up --skip-setup --only kafka', 'cluster join', 'dashboard --host 0.0.0.0 --port ${dashboard_port}']) expect(init).toContain(step);
  });

  it('scales out by variables: more brokers with replication, Spark workers with a master', () => {
    expect(resources('aws_instance').find(([n]) => n === 'kafka')?.[1].count).toBe('${var.kafka_brokers - 1}');
    expect(resources('aws_instance').find(([n]) => n === 'spark_worker')?.[1].count).toBe('${var.spark_workers}');
    expect(tf.locals.replication_factor).toBe('${min(var.kafka_brokers, 3)}');
  });

  it('has every output the CLI reads, described', () => {
    for (const name of OUTPUTS_READ) {
      expect(tf.output[name], name).toBeDefined();
      expect(String(tf.output[name].description ?? ''), name).toMatch(/\w{4,}/);
    }
  });
});
