import { describe, expect, it } from 'vitest';
import { buildProgram, commandOf } from './program.js';

const names = async (args: string[]) => (await buildProgram(args)).commands.map((c) => c.name());

describe('the program', () => {
  it('finds the command of a command line past its options', () => {
    expect(commandOf(['-c', 'my.yaml', 'ask', 'recent Tesla prices'])).toBe('ask');
    expect(commandOf(['--config', 'x.yaml', '--help'])).toBeUndefined();
    expect(commandOf([])).toBeUndefined();
  });

  it('loads only the module of the command that runs, with the commands it runs in turn', async () => {
    expect(await names(['ask', 'recent Tesla prices'])).toEqual(['ask']);
    expect(await names(['status'])).toEqual(['up', 'down', 'status']);
    // `demo` ends by running `ask` on the same program: without it, "unknown command 'ask'".
    expect(await names(['demo'])).toEqual(['ask', 'demo']);
  });

  it('loads every command for help, no command or a typo, in the order of --help', async () => {
    const all = await names([]);
    expect(all).toEqual(await names(['--help']));
    expect(all).toEqual(await names(['asx']));
    expect(all.slice(0, 7)).toEqual(['setup', 'up', 'down', 'status', 'replay', 'ask', 'dashboard']);
    expect(all).toContain('secrets');
  });
});
