// ask.model in the config → a client, or none: nothing is sent anywhere unless a URL and a model are set. The
// key is read from the environment variable the config names, at the moment it is needed, and never stored.

import { UserError } from '../../../config/errors.js';
import type { StockctlConfig } from '../../../config/schema.js';
import { ModelClient } from './client.js';
import type { ModelOptions, ModelWhen } from './consult.js';

/** The first pause between attempts; doubled each time. */
const BACKOFF_MS = 500;

export function modelClient(config: StockctlConfig, env: NodeJS.ProcessEnv = process.env): ModelClient | undefined {
  const m = config.ask.model;
  if (!m.url) return undefined;
  if (!m.name) throw new UserError('ask.model.url is set but ask.model.name is empty', 'name the model, e.g. STOCKCTL_ASK_MODEL_NAME=llama3.1:8b');
  const key = m.key_env ? env[m.key_env] : undefined;
  if (m.key_env && !key) throw new UserError(`ask.model.key_env names ${m.key_env}, which is not set in the environment`, `export ${m.key_env}=… (the key is read from there only)`);
  return new ModelClient({ url: m.url, model: m.name, key, keyVariable: m.key_env || undefined, timeoutMs: m.timeout_ms, retries: m.retries, backoffMs: BACKOFF_MS });
}

/** The engine's model options for `when`, or none when it is never or no model is configured. */
export function modelOptions(config: StockctlConfig, when: ModelWhen | 'never', env: NodeJS.ProcessEnv = process.env): ModelOptions | undefined {
  if (when === 'never') return undefined;
  const client = modelClient(config, env);
  if (!client) {
    if (when === 'always') throw new UserError('--model always needs a model: ask.model.url is empty', 'set ask.model.url and ask.model.name (README: "Ask with a language model")');
    return undefined;
  }
  return { client, when, rowCap: config.ask.row_cap };
}
