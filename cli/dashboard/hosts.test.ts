import { describe, expect, it } from 'vitest';
import { AllowedHosts, hostName } from './hosts.js';

describe('hostName', () => {
  it('drops the port and the brackets of an IPv6 address', () => {
    expect(hostName('127.0.0.1:8321')).toBe('127.0.0.1');
    expect(hostName('[::1]:8321')).toBe('::1');
    expect(hostName('LocalHost')).toBe('localhost');
  });

  it('refuses what is not a host', () => {
    for (const bad of [undefined, '', 'a b', 'user@evil.example', 'evil.example/x', 'x'.repeat(300), '[::1', 'host:port']) expect(hostName(bad)).toBeUndefined();
  });
});

describe('AllowedHosts', () => {
  it('answers to loopback names only by default (a rebinding site is refused)', () => {
    const hosts = new AllowedHosts('127.0.0.1');
    for (const ok of ['127.0.0.1:8321', 'localhost:8321', '[::1]:8321', 'app.localhost', '127.0.0.2']) expect(hosts.allows(ok)).toBe(true);
    for (const bad of ['evil.example', 'evil.example:8321', '10.0.0.5:8321', undefined, '']) expect(hosts.allows(bad)).toBe(false);
  });

  it('also answers to the address it is bound to, and to the names configured', () => {
    const hosts = new AllowedHosts('10.0.0.5', 'stocks.lan, dash.example');
    expect(hosts.allows('10.0.0.5:8321')).toBe(true);
    expect(hosts.allows('stocks.lan:8321')).toBe(true);
    expect(hosts.allows('DASH.example')).toBe(true);
    expect(hosts.allows('10.0.0.6')).toBe(false);
    expect(hosts.allows('evil.example')).toBe(false);
    expect(new AllowedHosts('fd00::5').allows('[fd00::5]:8321')).toBe(true);
  });

  it('bound to every address: any address typed in, but still no unknown name', () => {
    const hosts = new AllowedHosts('0.0.0.0');
    expect(hosts.allows('203.0.113.7:8321')).toBe(true);
    expect(hosts.allows('[2001:db8::1]:8321')).toBe(true);
    expect(hosts.allows('evil.example:8321')).toBe(false);
    expect(hosts.describe()).toContain('any IP address');
  });
});
