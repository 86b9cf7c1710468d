// Programs stockctl needs from the operating system, and Debian's packages that provide them.

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../config/errors.js';
import { run, runOrFail } from '../services/process.js';
import { log } from '../ui/log.js';

const isRoot = () => process.getuid?.() === 0;

/** Installs Debian packages as root (or through passwordless sudo); otherwise says what to run. */
export function aptInstall(packages: string[], why: string): void {
  const canSudo = !isRoot() && run('sudo', ['-n', 'true']).status === 0;
  if (!isRoot() && !canSudo) {
    throw new UserError(`${why}: missing Debian packages ${packages.join(' ')}`, `install them with: sudo apt-get install -y ${packages.join(' ')}`);
  }
  const prefix = isRoot() ? [] : ['sudo', '-n'];
  const exec = (args: string[], what: string) => {
    const [cmd, ...rest] = [...prefix, ...args] as [string, ...string[]];
    runOrFail(what, cmd, rest, { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  log.step(`installing Debian packages: ${packages.join(' ')} (${why})`);
  // The package lists of a fresh machine can be stale or absent; refresh once before installing.
  exec(['apt-get', 'update', '-qq'], 'apt-get update');
  exec(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages], 'apt-get install');
}

export function javaMajor(javaBin: string): number | undefined {
  const res = run(javaBin, ['-version']);
  if (res.status !== 0) return undefined;
  const m = /version "(\d+)(?:\.(\d+))?/.exec(res.stderr + res.stdout);
  if (!m) return undefined;
  const major = Number(m[1]);
  return major === 1 ? Number(m[2]) : major;
}

/** JAVA_HOME of a Java 17 or 21 runtime (Spark 4.1 runs on both; Kafka 3.9 on 11+). */
export function findJavaHome(): string | undefined {
  const candidates = [process.env.JAVA_HOME, '/usr/lib/jvm/java-17-openjdk-amd64', '/usr/lib/jvm/java-17-openjdk-arm64', '/usr/lib/jvm/java-21-openjdk-amd64'];
  if (existsSync('/usr/lib/jvm')) candidates.push(...readdirSync('/usr/lib/jvm').map((d) => join('/usr/lib/jvm', d)));
  for (const home of candidates) {
    if (!home) continue;
    const java = join(home, 'bin', 'java');
    const major = existsSync(java) ? javaMajor(java) : undefined;
    if (major === 17 || major === 21) return home;
  }
  return undefined;
}

export function ensureJava(): string {
  let home = findJavaHome();
  if (!home) {
    aptInstall(['openjdk-17-jre-headless'], 'Kafka and Spark need Java 17');
    home = findJavaHome();
  }
  if (!home) throw new UserError('no Java 17 or 21 runtime found', 'install one and set JAVA_HOME to it');
  return home;
}

export function ensureMaven(): void {
  if (run('mvn', ['-v']).status === 0) return;
  aptInstall(['maven'], 'Kafka and the Spark connectors are fetched from Maven Central with Maven');
}

/** The folder with initdb, pg_ctl and postgres: the newest Debian install, else whatever is on PATH. */
export function findPostgresBin(): string | undefined {
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base)
      .filter((v) => existsSync(join(base, v, 'bin', 'pg_ctl')) && existsSync(join(base, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(base, versions[0], 'bin');
  }
  const which = run('sh', ['-c', 'command -v pg_ctl']);
  if (which.status === 0 && which.stdout.trim()) {
    const dir = which.stdout.trim().replace(/\/pg_ctl$/, '');
    if (existsSync(join(dir, 'initdb'))) return dir;
  }
  return undefined;
}

export function ensurePostgresServer(): string {
  let bin = findPostgresBin();
  if (!bin) {
    aptInstall(['postgresql'], 'stockctl runs its own PostgreSQL cluster');
    bin = findPostgresBin();
  }
  if (!bin) throw new UserError('PostgreSQL server programs (initdb, pg_ctl) not found after installing', 'install Debian\'s postgresql package');
  return bin;
}

export function ensurePython(): string {
  for (const py of ['python3', 'python']) {
    const res = run(py, ['-c', 'import sys, venv, ensurepip; print("%d.%d" % sys.version_info[:2])']);
    if (res.status === 0) {
      const [major, minor] = res.stdout.trim().split('.').map(Number);
      if (major === 3 && (minor ?? 0) >= 10) return py;
    }
  }
  aptInstall(['python3', 'python3-venv'], 'the Spark job runs on PySpark in a virtual environment');
  return 'python3';
}

/** Debian's Chromium, for the dashboard's browser tests (playwright-core drives it; no browser download). */
export function ensureChromium(): string {
  const path = '/usr/bin/chromium';
  if (run(path, ['--version']).status === 0) return path;
  aptInstall(['chromium'], 'the dashboard tests run in a real browser');
  if (run(path, ['--version']).status !== 0) throw new UserError('Chromium is not at /usr/bin/chromium after installing it');
  return path;
}
