// The deployment's secrets in SSM Parameter Store: one SecureString per secret under /stockctl/<name>/. Terraform
// creates the parameters (with a placeholder) and lets the instances' role read them; the CLI writes the values
// straight to SSM after apply, so that no secret passes through Terraform's variables, plan or state; each node
// fetches them at boot into its own state folder.

import { GetParametersCommand, PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { setTimeout as sleep } from 'node:timers/promises';
import type { StockctlConfig } from '../../config/schema.js';
import { UserError } from '../../config/errors.js';
import { SECRET_NAMES, type SecretName, type Secrets } from '../../config/secrets.js';

/** What terraform/secrets.tf gives each parameter until the CLI writes the value. */
export const PLACEHOLDER = 'unset';

export const parameterName = (deployment: string, secret: SecretName) => `/stockctl/${deployment}/${secret}`;

export function ssmClient(config: Pick<StockctlConfig, 'aws'>): SSMClient {
  return new SSMClient({ region: config.aws.region, ...(config.aws.endpoint ? { endpoint: config.aws.endpoint } : {}) });
}

/** Writes every secret as a SecureString (encrypted with the account's aws/ssm key), replacing the placeholders. */
export async function pushSecrets(client: SSMClient, deployment: string, secrets: Secrets): Promise<void> {
  for (const name of SECRET_NAMES) {
    await client.send(new PutParameterCommand({ Name: parameterName(deployment, name), Value: secrets[name], Type: 'SecureString', Overwrite: true }));
  }
}

/** The secrets once every parameter holds its value (an instance may boot before the CLI has written them). */
export async function pullSecrets(client: SSMClient, deployment: string, opts: { timeoutMs: number; intervalMs?: number }): Promise<Secrets> {
  const names = SECRET_NAMES.map((n) => parameterName(deployment, n));
  const deadline = Date.now() + opts.timeoutMs;
  let missing: string[] = names;
  while (Date.now() < deadline) {
    const res = await client.send(new GetParametersCommand({ Names: names, WithDecryption: true }));
    const found = new Map((res.Parameters ?? []).filter((p) => p.Value && p.Value !== PLACEHOLDER).map((p) => [p.Name, p.Value as string]));
    missing = names.filter((n) => !found.has(n));
    if (missing.length === 0) return Object.fromEntries(SECRET_NAMES.map((n) => [n, found.get(parameterName(deployment, n))])) as Secrets;
    await sleep(opts.intervalMs ?? 5_000);
  }
  throw new UserError(`the deployment's secrets are not in SSM after ${Math.round(opts.timeoutMs / 1000)} s: ${missing.join(', ')}`, 'they are written by `stockctl up --target aws` after terraform apply; run it again from the operator\'s machine');
}
