import type { Command } from 'commander';
import { UserError } from '../../config/errors.js';
import { log } from '../ui/log.js';
import { configOf } from './context.js';

export function register(program: Command): void {
  program
    .command('dashboard')
    .description('a live web page: prices as they land, the pipeline\'s health, and the ask box')
    .option('--host <host>', 'address to listen on (dashboard.host; 127.0.0.1 keeps it to this machine)')
    .option('--port <port>', 'port (dashboard.port)', (v) => Number(v))
    .action(async (opts: { host?: string; port?: number }, cmd: Command) => {
      const config = configOf(cmd);
      const port = opts.port ?? config.dashboard.port;
      if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UserError('--port must be a port number (1-65535)');
      const host = opts.host ?? config.dashboard.host;
      const { startDashboard } = await import('../dashboard/server.js');
      let dashboard;
      try {
        dashboard = await startDashboard(config, { host, port });
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') throw new UserError(`port ${port} is taken`, 'choose another with --port, or set dashboard.port');
        if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
          throw new UserError(`cannot listen on ${host}: not an address of this machine`, 'use 127.0.0.1 (this machine only), or 0.0.0.0 (every address)');
        }
        throw e;
      }
      log.ok(`dashboard: ${dashboard.url}  (Ctrl-C stops it)`);
      // The page comes up anyway and says the database is down; it serves again once PostgreSQL is back.
      const problem = await dashboard.databaseProblem();
      if (problem) log.warn(`${problem}: start the stack (stockctl up); the page shows live data once PostgreSQL answers`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await dashboard.close();
    });
}
