import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { purgeState } from './purge.js';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function stateFolder(aws: Record<string, string>): string {
  const state = mkdtempSync(join(tmpdir(), 'stockctl-purge-'));
  made.push(state);
  mkdirSync(join(state, 'postgres', 'data'), { recursive: true });
  writeFileSync(join(state, 'postgres', 'data', 'PG_VERSION'), '15');
  writeFileSync(join(state, 'secrets.json'), '{}');
  if (Object.keys(aws).length) mkdirSync(join(state, 'aws'));
  for (const [file, text] of Object.entries(aws)) writeFileSync(join(state, 'aws', file), text);
  return state;
}

describe('purgeState', () => {
  it('removes the whole state folder when no AWS deployment is recorded', () => {
    const state = stateFolder({});
    expect(purgeState(state)).toEqual({ keptAws: false });
    expect(existsSync(state)).toBe(false);
  });

  it('keeps the Terraform state of a live deployment and removes everything else', () => {
    const state = stateFolder({ 'terraform.tfstate': JSON.stringify({ resources: [{ type: 'aws_instance' }] }), 'terraform.tfvars.json': '{}' });
    expect(purgeState(state)).toEqual({ keptAws: true });
    expect(readdirSync(state)).toEqual(['aws']);
    expect(readdirSync(join(state, 'aws')).sort()).toEqual(['terraform.tfstate', 'terraform.tfvars.json']);
  });

  it('keeps the folder while deployment.json says a deployment exists, even before Terraform wrote its state', () => {
    const state = stateFolder({ 'deployment.json': '{}' });
    expect(purgeState(state).keptAws).toBe(true);
    expect(existsSync(join(state, 'aws', 'deployment.json'))).toBe(true);
    expect(existsSync(join(state, 'postgres'))).toBe(false);
  });

  it('removes the AWS folder once its deployment is destroyed (a state with no resources)', () => {
    const state = stateFolder({ 'terraform.tfstate': JSON.stringify({ resources: [] }) });
    expect(purgeState(state).keptAws).toBe(false);
    expect(existsSync(state)).toBe(false);
  });

  it('keeps a Terraform state it cannot read: it may be the only record of what exists', () => {
    const state = stateFolder({ 'terraform.tfstate': '{ half written' });
    expect(purgeState(state).keptAws).toBe(true);
  });
});
