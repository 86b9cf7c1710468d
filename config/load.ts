import { readFileSync, existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { UserError } from './errors.js';
import { fromRoot, projectRoot } from './paths.js';
import { SPEC, type Field, type StockctlConfig } from './schema.js';

type Tree = { [key: string]: unknown };

const isField = (node: unknown): node is Field<unknown> =>
  typeof node === 'object' && node !== null && 'parse' in node && 'describe' in node;

const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null && !Array.isArray(v);

function readYaml(file: string): Tree {
  if (!existsSync(file)) throw new UserError(`config file not found: ${file}`);
  let doc: unknown;
  try {
    doc = parseYaml(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UserError(`config file ${file} is not valid YAML: ${(e as Error).message}`);
  }
  if (doc === null || doc === undefined) return {};
  if (!isTree(doc)) throw new UserError(`config file ${file} must hold a mapping of sections (kafka:, postgres:, …)`);
  return doc;
}

/** Lays `over` onto `base`, refusing keys the spec does not know so that a typo never passes silently. */
function overlay(base: Tree, over: Tree, spec: Tree, where: string, source: string): Tree {
  const out: Tree = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const path = where ? `${where}.${key}` : key;
    const node = spec[key];
    if (node === undefined) {
      throw new UserError(`unknown config key "${path}" in ${source}`, `known keys here: ${Object.keys(spec).join(', ')}`);
    }
    if (isField(node)) {
      out[key] = value;
    } else {
      if (!isTree(value)) throw new UserError(`config key "${path}" in ${source} must be a section (a mapping)`);
      out[key] = overlay(isTree(base[key]) ? (base[key] as Tree) : {}, value, node as Tree, path, source);
    }
  }
  return out;
}

/** STOCKCTL_KAFKA_PORT=29092 → { kafka: { port: "29092" } }, for every key of the spec (STOCKCTL_ASK_MODEL_URL too). */
function fromEnv(env: NodeJS.ProcessEnv): { tree: Tree; names: Map<string, string> } {
  const tree: Tree = {};
  const names = new Map<string, string>();
  const visit = (spec: Tree, path: string[]) => {
    for (const [key, node] of Object.entries(spec)) {
      const at = [...path, key];
      if (!isField(node)) {
        visit(node as Tree, at);
        continue;
      }
      const name = `STOCKCTL_${at.join('_')}`.toUpperCase();
      const value = env[name];
      if (value === undefined) continue;
      let branch = tree;
      for (const p of path) branch = (branch[p] ??= {}) as Tree;
      branch[key] = value;
      names.set(at.join('.'), name);
    }
  };
  visit(SPEC as unknown as Tree, []);
  return { tree, names };
}

function validate(tree: Tree, spec: Tree, where: string, sourceOf: (path: string) => string): Tree {
  const out: Tree = {};
  for (const [key, node] of Object.entries(spec)) {
    const path = where ? `${where}.${key}` : key;
    if (isField(node)) {
      if (!(key in tree)) throw new UserError(`config key "${path}" is missing`, `it should be ${node.describe}`);
      const result = node.parse(tree[key]);
      if ('error' in result) throw new UserError(`config key "${path}" ${result.error} (${sourceOf(path)})`);
      out[key] = result.value;
    } else {
      out[key] = validate(isTree(tree[key]) ? (tree[key] as Tree) : {}, node as Tree, path, sourceOf);
    }
  }
  return out;
}

export interface LoadOptions {
  configFile?: string;
  env?: NodeJS.ProcessEnv;
}

/** Defaults from config/stockctl.yaml, then --config FILE, then STOCKCTL_* variables; paths made absolute. */
export function loadConfig(opts: LoadOptions = {}): StockctlConfig {
  const defaultsFile = fromRoot('config', 'stockctl.yaml');
  let tree = overlay({}, readYaml(defaultsFile), SPEC as unknown as Tree, '', defaultsFile);
  const userFile = opts.configFile ? resolve(opts.configFile) : undefined;
  if (userFile) tree = overlay(tree, readYaml(userFile), SPEC as unknown as Tree, '', userFile);
  const env = fromEnv(opts.env ?? process.env);
  tree = overlay(tree, env.tree, SPEC as unknown as Tree, '', 'the environment');

  const sourceOf = (path: string): string => {
    const envName = env.names.get(path);
    if (envName) return `from ${envName}`;
    return userFile ? `from ${userFile} or the defaults` : `from ${defaultsFile}`;
  };
  const config = validate(tree, SPEC as unknown as Tree, '', sourceOf) as unknown as StockctlConfig;
  const root = projectRoot();
  const abs = (p: string) => (isAbsolute(p) ? p : resolve(root, p));
  return { ...config, paths: { state: abs(config.paths.state), tools: abs(config.paths.tools) } };
}
