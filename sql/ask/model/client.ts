// OpenAI-compatible chat completions (OpenAI, Ollama, vLLM, llama.cpp's server, LM Studio): one request that
// asks for a JSON reply fitting a schema, with a timeout per attempt, retries with backoff for what may pass
// (no answer, overload, rate limits), and errors that say which of those it was. It knows nothing of plans.

import { UserError } from '../../../config/errors.js';
import type { SchemaNode } from './plan-schema.js';

export type ModelFailure = 'unreachable' | 'timeout' | 'auth' | 'not-found' | 'rate-limit' | 'server' | 'bad-request' | 'not-a-plan';

/** A model call that failed, by cause; a user's matter (configuration, a server down), never a stack trace. */
export class ModelError extends UserError {
  constructor(
    message: string,
    readonly failure: ModelFailure,
    hint?: string,
  ) {
    super(message, hint);
    this.name = 'ModelError';
  }
}

export interface Endpoint {
  /** The server's base URL (…/v1), or its full …/chat/completions URL. */
  url: string;
  model: string;
  key?: string;
  /** Where the key came from, for messages: the environment variable's name (never its value). */
  keyVariable?: string;
  timeoutMs: number;
  /** Attempts after the first, for failures that may pass. */
  retries: number;
  /** The first pause between attempts; doubled each time. */
  backoffMs: number;
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

interface Completion {
  choices?: { message?: { content?: string | null; refusal?: string | null; tool_calls?: { function?: { name?: string; arguments?: string } }[] } }[];
}

/** The longest a Retry-After is waited for: past it, the rate limit is reported rather than waited out. */
const MAX_RETRY_AFTER_MS = 30_000;

const chatUrl = (url: string) => (/\/chat\/completions\/?$/.test(url) ? url : `${url.replace(/\/+$/, '')}/chat/completions`);

/** The server's own words about a failure: OpenAI's { error: { message } }, Ollama's { error }, or the text. */
function serverMessage(body: string): string {
  let text = body;
  try {
    const j = JSON.parse(body) as { error?: { message?: string } | string; message?: string };
    text = (typeof j.error === 'string' ? j.error : j.error?.message) ?? j.message ?? body;
  } catch {
    // not JSON: the text as it is
  }
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > 200 ? `${text.slice(0, 197)}…` : text;
}

/** A reply's JSON: a tool call's arguments, or the message's content (a ```json fence allowed). */
export function replyJson(completion: Completion): unknown {
  const message = completion.choices?.[0]?.message;
  // Structured outputs let a model decline in a field of its own.
  if (typeof message?.refusal === 'string' && message.refusal) throw new ModelError(`the model declined to read it: "${message.refusal.slice(0, 120)}"`, 'not-a-plan');
  const raw = message?.tool_calls?.[0]?.function?.arguments ?? message?.content;
  if (typeof raw !== 'string' || !raw.trim()) throw new ModelError('the model\'s reply is not a plan: it is empty', 'not-a-plan');
  const text = raw.trim().replace(/^```(?:json)?\s*([\s\S]*?)\s*```$/, '$1');
  try {
    return JSON.parse(text);
  } catch {
    const start = text.replace(/\s+/g, ' ').slice(0, 80);
    throw new ModelError(`the model's reply is not a plan: not JSON ("${start}${text.length > 80 ? '…' : ''}")`, 'not-a-plan', 'a model that supports structured outputs or tool calls reads questions more reliably');
  }
}

const RESPONSE_FORMAT_REFUSED = /response_format|json_schema|structured output|not supported|unsupported|unrecognized|unknown (?:field|parameter)/i;

export class ModelClient {
  /** Set when the server refused structured outputs: the schema then goes as a tool's parameters. */
  private useTools = false;

  constructor(
    readonly endpoint: Endpoint,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  get where(): string {
    return `${this.endpoint.model} at ${chatUrl(this.endpoint.url)}`;
  }

  /** Asks for a reply fitting `schema`; returns its parsed JSON, or throws a ModelError. */
  async json(messages: ChatMessage[], name: string, schema: SchemaNode): Promise<unknown> {
    for (;;) {
      const tools = this.useTools;
      try {
        return replyJson(await this.withRetries(this.body(messages, name, schema, tools)));
      } catch (e) {
        // Servers without structured outputs refuse response_format with a 400: the same ask as a tool call.
        if (!tools && e instanceof ModelError && e.failure === 'bad-request' && RESPONSE_FORMAT_REFUSED.test(e.message)) {
          this.useTools = true;
          continue;
        }
        throw e;
      }
    }
  }

  private body(messages: ChatMessage[], name: string, schema: SchemaNode, tools: boolean): Record<string, unknown> {
    const base = { model: this.endpoint.model, messages, temperature: 0, stream: false };
    if (!tools) return { ...base, response_format: { type: 'json_schema', json_schema: { name, schema, strict: true } } };
    return {
      ...base,
      tools: [{ type: 'function', function: { name, description: 'Return the plan of the question.', parameters: schema, strict: true } }],
      tool_choice: { type: 'function', function: { name } },
    };
  }

  private async withRetries(body: Record<string, unknown>): Promise<Completion> {
    const { retries, backoffMs } = this.endpoint;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.once(body);
      } catch (e) {
        const again = e instanceof Retry && attempt < retries;
        if (!again) throw e instanceof Retry ? e.error(attempt + 1) : e;
        const pause = e.afterMs ?? backoffMs * 2 ** attempt * (1 + Math.random() / 4);
        await this.sleep(Math.min(pause, MAX_RETRY_AFTER_MS));
      }
    }
  }

  private async once(body: Record<string, unknown>): Promise<Completion> {
    const { url, key, timeoutMs } = this.endpoint;
    let res: Response;
    try {
      res = await fetch(chatUrl(url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (e) {
      throw this.networkFailure(e as Error);
    }
    let text: string;
    try {
      text = await res.text();
    } catch (e) {
      throw this.networkFailure(e as Error);
    }
    if (res.ok) {
      try {
        return JSON.parse(text) as Completion;
      } catch {
        throw new ModelError(`the model server at ${chatUrl(url)} answered with something other than JSON`, 'not-a-plan', 'is ask.model.url an OpenAI-compatible endpoint (…/v1)?');
      }
    }
    throw this.httpFailure(res, text);
  }

  private networkFailure(e: Error): Retry | ModelError {
    const url = chatUrl(this.endpoint.url);
    if (e.name === 'TimeoutError' || e.name === 'AbortError') {
      return new Retry((n) => new ModelError(`the model server at ${url} did not answer within ${this.endpoint.timeoutMs} ms (${n} attempt${n === 1 ? '' : 's'})`, 'timeout', 'raise ask.model.timeout_ms, or use a smaller model'));
    }
    const cause = (e as Error & { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code ?? cause?.message ?? e.message;
    return new Retry((n) => new ModelError(`cannot reach the model server at ${url} (${why}; ${n} attempt${n === 1 ? '' : 's'})`, 'unreachable', 'is it running (for Ollama: ollama serve)? check ask.model.url'));
  }

  private httpFailure(res: Response, body: string): Retry | ModelError {
    const said = `HTTP ${res.status}${serverMessage(body) ? `: ${serverMessage(body)}` : ''}`;
    const url = chatUrl(this.endpoint.url);
    if (res.status === 401 || res.status === 403) {
      const from = this.endpoint.keyVariable ? `the key in ${this.endpoint.keyVariable}` : 'no key (ask.model.key_env is empty)';
      return new ModelError(`the model server refused ${from} (${said})`, 'auth', 'set ask.model.key_env to the name of the environment variable that holds the key, and that variable');
    }
    if (res.status === 404) return new ModelError(`the model server at ${url} has no model "${this.endpoint.model}" or no chat completions there (${said})`, 'not-found', 'check ask.model.url (…/v1) and ask.model.name (for Ollama: ollama list)');
    if (res.status === 429) {
      const seconds = Number(res.headers.get('retry-after'));
      return new Retry((n) => new ModelError(`the model server is limiting requests (${said}; ${n} attempt${n === 1 ? '' : 's'})`, 'rate-limit', 'wait, or raise the account\'s limits'), Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined);
    }
    if (res.status >= 500) return new Retry((n) => new ModelError(`the model server failed (${said}; ${n} attempt${n === 1 ? '' : 's'})`, 'server'));
    return new ModelError(`the model server refused the request (${said})`, 'bad-request');
  }
}

/** A failure that may pass: tried again after a pause (the server's Retry-After when it gave one). */
class Retry extends Error {
  constructor(
    readonly error: (attempts: number) => ModelError,
    readonly afterMs?: number,
  ) {
    super('retry');
  }
}
