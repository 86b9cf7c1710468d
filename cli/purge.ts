// `down --purge`: deletes the local stack's data, but never the Terraform state of a live AWS deployment (which
// sits in the same state folder): losing it would orphan paid instances that Terraform could no longer destroy.

import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The state folder's AWS subfolder (cli/aws/terraform.ts builds its paths from the same name). */
export const AWS_FOLDER = 'aws';

/** True when `dir` records a deployment: deployment.json, or a Terraform state that still holds resources. */
export function holdsLiveDeployment(dir: string): boolean {
  if (existsSync(join(dir, 'deployment.json'))) return true;
  const state = join(dir, 'terraform.tfstate');
  if (!existsSync(state)) return false;
  try {
    const parsed = JSON.parse(readFileSync(state, 'utf8')) as { resources?: unknown[] };
    return (parsed.resources?.length ?? 0) > 0;
  } catch {
    return true; // unreadable: kept, as it may be the only record of what exists
  }
}

/** Removes everything in the state folder except a live deployment's AWS folder; says whether that was kept. */
export function purgeState(state: string): { keptAws: boolean } {
  if (!existsSync(state)) return { keptAws: false };
  const keptAws = holdsLiveDeployment(join(state, AWS_FOLDER));
  if (!keptAws) {
    rmSync(state, { recursive: true, force: true });
    return { keptAws };
  }
  for (const entry of readdirSync(state)) if (entry !== AWS_FOLDER) rmSync(join(state, entry), { recursive: true, force: true });
  return { keptAws };
}
