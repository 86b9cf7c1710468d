// Terraform (or OpenTofu) driven by the CLI: variables from config, working files in the state folder.

import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { StockctlConfig } from '../../config/schema.js';
import { UserError } from '../../config/errors.js';
import { layout } from '../layout.js';
import { AWS_FOLDER } from '../purge.js';
import { fromRoot } from '../../config/paths.js';
import { run } from '../services/process.js';

export const TERRAFORM_DIR = fromRoot('terraform');

export function awsPaths(config: StockctlConfig) {
  const dir = join(layout(config).state, AWS_FOLDER);
  return {
    dir,
    dataDir: join(dir, '.terraform'),
    varFile: join(dir, 'terraform.tfvars.json'),
    stateFile: join(dir, 'terraform.tfstate'),
    plan: join(dir, 'plan.tfplan'),
    deployment: join(dir, 'deployment.json'),
  };
}

/** terraform, else tofu, from PATH (or aws.terraform_bin). */
export function findTerraform(config: StockctlConfig): string {
  const candidates = config.aws.terraform_bin ? [config.aws.terraform_bin] : ['terraform', 'tofu'];
  for (const bin of candidates) if (run(bin, ['version']).status === 0) return bin;
  throw new UserError(
    `${candidates.join(' or ')} not found`,
    'install Terraform 1.6 or newer (or OpenTofu) and put it on PATH, or set aws.terraform_bin (STOCKCTL_AWS_TERRAFORM_BIN)',
  );
}

export class Terraform {
  private readonly paths: ReturnType<typeof awsPaths>;

  constructor(
    private readonly bin: string,
    config: StockctlConfig,
  ) {
    this.paths = awsPaths(config);
    mkdirSync(this.paths.dir, { recursive: true });
  }

  /** Runs one subcommand in terraform/, its plugins and state kept in the state folder; output shown. */
  private exec(args: string[], what: string, capture = false): string {
    const res = spawnSync(this.bin, [`-chdir=${TERRAFORM_DIR}`, ...args], {
      env: { ...process.env, TF_DATA_DIR: this.paths.dataDir, TF_IN_AUTOMATION: '1' },
      stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
      encoding: 'utf8',
    });
    if (res.error) throw new UserError(`${what}: ${res.error.message}`);
    if (res.status !== 0) throw new UserError(`${what} failed (terraform exit ${res.status})`, 'read Terraform\'s message above; nothing more was changed after it');
    return capture ? String(res.stdout) : '';
  }

  init(): void {
    this.exec(['init', '-input=false', '-no-color'], 'terraform init');
  }

  plan(): void {
    this.exec(['plan', '-input=false', `-var-file=${this.paths.varFile}`, `-state=${this.paths.stateFile}`, `-out=${this.paths.plan}`], 'terraform plan');
  }

  apply(): void {
    this.exec(['apply', '-input=false', `-state=${this.paths.stateFile}`, this.paths.plan], 'terraform apply');
  }

  destroy(): void {
    this.exec(['destroy', '-input=false', '-auto-approve', `-var-file=${this.paths.varFile}`, `-state=${this.paths.stateFile}`], 'terraform destroy');
  }

  outputs(): Record<string, unknown> {
    const text = this.exec(['output', '-json', `-state=${this.paths.stateFile}`], 'terraform output', true);
    const parsed = JSON.parse(text) as Record<string, { value: unknown }>;
    return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, v.value]));
  }
}
