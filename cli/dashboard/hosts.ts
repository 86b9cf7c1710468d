// Which names the dashboard answers to. A web page on another site can make the browser send requests here, and
// DNS rebinding can even make them look same-origin to the browser; the Host header still names the other site.

import { isIP } from 'node:net';

const WILDCARDS = new Set(['0.0.0.0', '::', '']);

/** The name of a Host header (port and IPv6 brackets dropped, lower case), or undefined when malformed. */
export function hostName(header: string | undefined): string | undefined {
  if (!header || header.length > 255 || !/^[A-Za-z0-9.\-[\]:]+$/.test(header)) return undefined;
  try {
    const name = new URL(`http://${header}`).hostname.toLowerCase();
    return name.startsWith('[') ? name.slice(1, -1) : name;
  } catch {
    return undefined;
  }
}

const isLoopback = (name: string) =>
  name === 'localhost' || name.endsWith('.localhost') || name === '::1' || (isIP(name) === 4 && name.startsWith('127.'));

export class AllowedHosts {
  private readonly names: Set<string>;
  private readonly anyAddress: boolean;

  /** `bind`: the address listened on; `extra`: more names, comma-separated (dashboard.allowed_hosts). */
  constructor(bind: string, extra = '') {
    const listed = extra.split(',').map((n) => hostName(n.trim())).filter((n): n is string => Boolean(n));
    const bound = hostName(bind.includes(':') && !bind.startsWith('[') ? `[${bind}]` : bind);
    this.names = new Set([...listed, ...(bound && !WILDCARDS.has(bound) ? [bound] : [])]);
    // Listening on every address, the page is reached at whatever address the machine has (an EC2 node's public
    // one is not even on its interfaces). An address typed in is safe to allow: rebinding needs a name.
    this.anyAddress = WILDCARDS.has(bind.trim());
  }

  allows(hostHeader: string | undefined): boolean {
    const name = hostName(hostHeader);
    if (!name) return false;
    return isLoopback(name) || this.names.has(name) || (this.anyAddress && isIP(name) !== 0);
  }

  /** What the refusal says the dashboard answers to. */
  describe(): string {
    const named = [...this.names].filter((n) => !isLoopback(n)).map((n) => (n.includes(':') ? `[${n}]` : n));
    return ['localhost', '127.0.0.1', '[::1]', ...named, ...(this.anyAddress ? ['any IP address of this machine'] : [])].join(', ');
  }
}
