// ask.model → a client or none: off unless a URL is set; the key only from the variable the config names.

import { describe, expect, it } from 'vitest';
import { UserError } from '../../../config/errors.js';
import { loadConfig } from '../../../config/load.js';
import { modelClient, modelOptions } from './from-config.js';

const config = (env: Record<string, string> = {}) => loadConfig({ env });
const ON = { STOCKCTL_ASK_MODEL_URL: 'http://127.0.0.1:11434/v1', STOCKCTL_ASK_MODEL_NAME: 'llama3.1:8b' };

const failure = (fn: () => unknown): UserError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
};

describe('the model from the config', () => {
  it('is off by default: no client, no model options, whatever --model says but always', () => {
    expect(modelClient(config())).toBeUndefined();
    expect(modelOptions(config(), 'not-understood')).toBeUndefined();
    expect(failure(() => modelOptions(config(), 'always')).message).toBe('--model always needs a model: ask.model.url is empty');
  });

  it('is on with a URL and a name, with the config\'s timeout and retries', () => {
    const c = modelClient(config(ON), {});
    expect(c?.endpoint).toEqual({ url: 'http://127.0.0.1:11434/v1', model: 'llama3.1:8b', key: undefined, keyVariable: undefined, timeoutMs: 30_000, retries: 2, backoffMs: 500 });
    expect(modelOptions(config(ON), 'always', {})).toMatchObject({ when: 'always', rowCap: 1000 });
    expect(modelOptions(config(ON), 'never', {})).toBeUndefined();
  });

  it('takes the key from the variable named by ask.model.key_env, and says when it is not set', () => {
    const named = config({ ...ON, STOCKCTL_ASK_MODEL_KEY_ENV: 'MY_MODEL_KEY' });
    expect(modelClient(named, { MY_MODEL_KEY: 'sk-123' })?.endpoint).toMatchObject({ key: 'sk-123', keyVariable: 'MY_MODEL_KEY' });
    const e = failure(() => modelClient(named, {}));
    expect(e.message).toBe('ask.model.key_env names MY_MODEL_KEY, which is not set in the environment');
  });

  it('refuses a URL without a model name', () => {
    expect(failure(() => modelClient(config({ STOCKCTL_ASK_MODEL_URL: 'http://127.0.0.1:11434/v1' }))).message).toBe('ask.model.url is set but ask.model.name is empty');
  });
});
