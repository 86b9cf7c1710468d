// `--target local|aws` for commands that talk to the stack: on aws, through SSH tunnels to the instances.

import type { StockctlConfig } from '../../config/schema.js';
import { UserError } from '../../config/errors.js';

export function parseTarget(value: string): 'local' | 'aws' {
  if (value !== 'local' && value !== 'aws') throw new UserError(`--target ${value}: the targets are local and aws`);
  return value;
}

export async function onTarget<T>(target: string, config: StockctlConfig, work: (config: StockctlConfig) => Promise<T>): Promise<T> {
  if (parseTarget(target) === 'local') return work(config);
  const { withTunnels } = await import('../aws/deploy.js');
  return withTunnels(config, work);
}
