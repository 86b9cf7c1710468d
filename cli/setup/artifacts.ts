// Installs that are cached under paths.tools and redone only when their inputs change.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../config/errors.js';
import { runOrFail } from '../services/process.js';

const STAMP = '.stockctl-stamp';

export const fingerprint = (...inputs: string[]) => createHash('sha256').update(inputs.join('\0')).digest('hex');

export function isCurrent(dir: string, print: string): boolean {
  const file = join(dir, STAMP);
  return existsSync(file) && readFileSync(file, 'utf8').trim() === print;
}

export function markCurrent(dir: string, print: string): void {
  writeFileSync(join(dir, STAMP), print + '\n');
}

export const jarsIn = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jar')).sort().map((f) => join(dir, f)) : [];

/**
 * Copies the jars a POM names into `outDir` with Maven. `goal` is copy-dependencies (with transitives) or
 * copy (the POM's listed artifactItems only).
 */
export function resolveJars(pom: string, outDir: string, goal: 'copy-dependencies' | 'copy', javaHome: string): 'cached' | 'installed' {
  const print = fingerprint(readFileSync(pom, 'utf8'), goal);
  if (isCurrent(outDir, print) && jarsIn(outDir).length > 0) return 'cached';
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const args = ['-B', '-q', '-f', pom, `org.apache.maven.plugins:maven-dependency-plugin:3.8.1:${goal}`, `-DoutputDirectory=${outDir}`];
  if (goal === 'copy-dependencies') args.push('-DincludeScope=runtime');
  runOrFail(`fetching jars for ${pom}`, 'mvn', args, { env: { ...process.env, JAVA_HOME: javaHome } });
  if (jarsIn(outDir).length === 0) throw new UserError(`Maven copied no jars for ${pom}`);
  markCurrent(outDir, print);
  return 'installed';
}

/** A virtual environment with the pinned requirements; rebuilt when a requirements file changes. */
export function ensureVenv(python: string, venvDir: string, requirementFiles: string[]): 'cached' | 'installed' {
  const print = fingerprint(python, ...requirementFiles.map((f) => readFileSync(f, 'utf8')));
  const venvPython = join(venvDir, 'bin', 'python');
  if (isCurrent(venvDir, print) && existsSync(venvPython)) return 'cached';
  if (!existsSync(venvPython)) runOrFail('creating the Python virtual environment', python, ['-m', 'venv', venvDir]);
  const reqArgs = requirementFiles.flatMap((f) => ['-r', f]);
  // Without compiling every module ahead (a third of the install): Python compiles what it imports, once.
  runOrFail('installing Python packages', venvPython, ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-compile', '-q', ...reqArgs]);
  markCurrent(venvDir, print);
  return 'installed';
}
