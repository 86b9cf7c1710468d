// What every command shares: the loaded config (from --config and the environment).

import type { Command } from 'commander';
import { loadConfig } from '../../config/load.js';
import type { StockctlConfig } from '../../config/schema.js';

export function configOf(cmd: Command): StockctlConfig {
  let root: Command = cmd;
  while (root.parent) root = root.parent;
  const { config } = root.opts<{ config?: string }>();
  return loadConfig({ configFile: config });
}
