// Terminal output for people: short lines, a mark per outcome, colour only on a TTY.

const tty = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: number) => (s: string) => (tty ? `\x1b[${code}m${s}\x1b[0m` : s);

export const colour = { green: paint(32), red: paint(31), yellow: paint(33), dim: paint(2), bold: paint(1), cyan: paint(36) };

export const log = {
  step: (msg: string) => console.log(`${colour.cyan('›')} ${msg}`),
  ok: (msg: string) => console.log(`${colour.green('✓')} ${msg}`),
  warn: (msg: string) => console.error(`${colour.yellow('!')} ${msg}`),
  error: (msg: string) => console.error(`${colour.red('✗')} ${msg}`),
  info: (msg: string) => console.log(msg),
  detail: (msg: string) => console.log(colour.dim(`  ${msg}`)),
};
