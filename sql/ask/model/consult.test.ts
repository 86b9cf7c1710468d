// The engine with a model, end to end but the database: the session is a stand-in that runs the guard on what
// it is given and records it. Which questions go to the model, what is sent, and that nothing reaches the
// session but the compiler's own SQL for a validated plan, whatever the model replies.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readCompanies } from '../../companies.js';
import { compile, type CompiledQuery } from '../compile.js';
import { ask, type AskResult } from '../engine.js';
import { capped, type ReadOnlySession } from '../execute.js';
import type { ParseContext } from '../families/family.js';
import { checkSql } from '../guard.js';
import { parseQuestion } from '../parse.js';
import { isPlan, type Plan } from '../plan.js';
import { ModelClient } from './client.js';
import type { ModelOptions, ModelWhen } from './consult.js';
import { planSchema } from './plan-schema.js';
import { contentReply, planReply, ScriptedServer, type Scripted } from './scripted-server.js';

const ctx: ParseContext = { companies: readCompanies(), dataSymbols: new Set(['AAPL', 'FXY', 'MSFT', 'TSLA']), data: { oldest: '2010-06-29', newest: '2017-11-10' } };
const ROW_CAP = 1000;

/** Stands in for the read-only session: the guard runs on what it is given, which is recorded. */
const ran: CompiledQuery[] = [];
const session = {
  parseContext: async () => ctx,
  lastDays: async (symbols: string[]) => new Map(symbols.map((s) => [s, ctx.data.newest])),
  coverage: async () => [],
  run: async (query: CompiledQuery) => {
    const final = capped(query, ROW_CAP);
    await checkSql(final.sql);
    ran.push(final);
    return { columns: [], rows: [], truncated: false };
  },
} as unknown as ReadOnlySession;

let server: ScriptedServer;
beforeAll(async () => {
  server = await ScriptedServer.start();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  ran.length = 0;
});

const model = (when: ModelWhen = 'not-understood', timeoutMs = 2_000): ModelOptions => ({ client: new ModelClient({ url: server.url, model: 'test-model', timeoutMs, retries: 1, backoffMs: 1 }), when, rowCap: ROW_CAP });
const rulePlan = (q: string): Plan => {
  const p = parseQuestion(q, ctx);
  if (!isPlan(p)) throw new Error(`the rules do not read "${q}": ${p.problem}`);
  return p;
};

/** A question the rules do not understand (its first word is no question word), and a model's good plan of it. */
const UNREAD = 'how jumpy was Tesla in 2016, by the standard deviation of its daily moves';
const GOOD = { kind: 'volatility', symbols: ['TSLA'], window: { from: '2016-01-01', to: '2016-12-31' } };

describe('which questions go to the model', () => {
  it('not one the rules read (by default): the rules answer, nothing is sent', async () => {
    const r = await ask(session, 'volatility of Tesla in 2016', { model: model() });
    expect(server.requests).toHaveLength(0);
    expect(r.model).toEqual({ where: `test-model at ${server.url}/chat/completions`, sent: false, why: 'the rules read it' });
    expect(ran).toEqual([capped(compile(rulePlan('volatility of Tesla in 2016')), ROW_CAP)]);
  });

  it('one the rules do not understand: sent, and its plan compiled by the family, exactly as the rules\' plan of the same question', async () => {
    expect(isPlan(parseQuestion(UNREAD, ctx))).toBe(false);
    server.answer(planReply(GOOD));
    const r = await ask(session, UNREAD, { model: model() });
    expect(server.requests).toHaveLength(1);
    expect(r.model).toMatchObject({ sent: true, why: 'the rules did not understand it', outcome: 'plan' });
    expect(r.plan?.family).toBe('figures over a window');
    expect(r.plan?.restatement).toBe('the volatility (standard deviation of daily returns) of TSLA over 2016-01-01 … 2016-12-31 (read by the model)');
    expect(r.notes).toContain('read by the model');
    expect(ran).toEqual([capped(compile(rulePlan('volatility of Tesla in 2016')), ROW_CAP)]);
  });

  it('sends the question alone as the user message, and the data, kinds and schema, nothing else', async () => {
    server.answer(planReply(GOOD));
    await ask(session, UNREAD, { model: model() });
    const body = server.requests[0]?.body as { messages: { role: string; content: string }[]; response_format: { json_schema: { schema: unknown } } };
    expect(body.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(body.messages[1]?.content).toBe(UNREAD);
    const system = body.messages[0]?.content ?? '';
    expect(system).toContain('Symbols with data (4): AAPL (Apple), FXY (Invesco CurrencyShares Japanese Yen Trust), MSFT (Microsoft), TSLA (Tesla).');
    expect(system).toContain('Dates: 2010-06-29 to 2017-11-10.');
    expect(system).toContain('- volatility: the standard deviation of daily returns over a window. E.g. "volatility of Tesla in 2016".');
    expect(system).not.toMatch(/daily_bars|minute_bars|SELECT|stockctl_reader/);
    expect(body.response_format.json_schema.schema).toEqual(planSchema({ symbols: ['AAPL', 'FXY', 'MSFT', 'TSLA'], sectors: ['Consumer Discretionary', 'ETF', 'Information Technology'], rowCap: ROW_CAP }));
  });

  it('with always, one the rules read as well: the model\'s plan is run, the rules\' reading said beside it', async () => {
    server.answer(planReply({ kind: 'aggregate', symbols: ['MSFT'], window: { from: '2016-01-01', to: '2016-12-31' }, stat: 'avg', measure: 'close' }));
    const r = await ask(session, 'average Microsoft close in 2016', { model: model('always') });
    expect(server.requests).toHaveLength(1);
    expect(r.model).toMatchObject({ sent: true, why: 'every question goes to the model (--model always)', outcome: 'plan' });
    expect(r.notes).toContain('the rules read it as: the average close of MSFT over 2016-01-01 … 2016-12-31');
    expect(ran).toEqual([capped(compile(rulePlan('average Microsoft close in 2016')), ROW_CAP)]);
  });

  it.each([
    ['a measure the data lacks', "What is Apple's P/E ratio?", 'out-of-scope'],
    ['a forecast', 'will Tesla close higher next week?', 'out-of-scope'],
    ['SQL typed as a question', "'; DROP TABLE prices; --", 'hostile'],
    ['a company without data', 'Boeing close on 2016-03-04', 'unknown-symbol'],
  ])('never %s, even with always: refused by the rules as they refuse it', async (_name, q, refusal) => {
    const r = await ask(session, q, { model: model('always') });
    expect(server.requests).toHaveLength(0);
    expect(r.notUnderstood?.refusal).toBe(refusal);
    expect(r.model).toMatchObject({ sent: false, why: `the rules refused it (${refusal}), which the model cannot change` });
    expect(ran).toHaveLength(0);
  });

  it('no model given: nothing is sent and no model is said to have been asked', async () => {
    const r = await ask(session, UNREAD);
    expect(server.requests).toHaveLength(0);
    expect(r.model).toBeUndefined();
    expect(r.notUnderstood?.refusal).toBe('not-understood');
  });
});

/** Replies no plan may come from: each is reported and nothing reaches the session. */
const BAD: [string, Scripted, string][] = [
  ['malformed JSON', contentReply('{"kind": "volatility", "symbols": ["TSLA"'), 'the model could not be asked: the model\'s reply is not a plan: not JSON'],
  ['SQL instead of a plan', contentReply("SELECT * FROM prices; DROP TABLE prices"), 'not JSON'],
  ['SQL in the kind', planReply({ ...GOOD, kind: "volatility'; DROP TABLE prices; --" }), 'the model\'s plan was not run: plan.kind: '],
  ['SQL in a symbol', planReply({ ...GOOD, symbols: ["TSLA') UNION SELECT passwd FROM pg_shadow --"] }), 'plan.symbols[0]: '],
  ['shell in a date', planReply({ ...GOOD, window: { from: '$(rm -rf ~)', to: '2016-12-31' } }), 'plan.window.from: '],
  ['SQL in the measure', planReply({ ...GOOD, kind: 'aggregate', stat: 'avg', measure: 'close) FROM prices; DELETE FROM prices; SELECT (1' }), 'plan.measure: '],
  ['SQL in the stat', planReply({ ...GOOD, kind: 'aggregate', measure: 'close', stat: 'pg_sleep(60)' }), 'plan.stat: '],
  ['SQL in the threshold\'s operator', planReply({ kind: 'threshold-count', symbols: ['TSLA'], window: GOOD.window, measure: 'close', threshold: { op: '> 0 OR 1=1 --', value: 1, percent: false } }), 'plan.threshold.op: '],
  ['SQL in the clock', planReply({ kind: 'minute-bars', symbols: ['FXY'], window: { day: '2017-11-10' }, clock: { from: "10:00' OR '1'='1", to: '11:00' } }), 'plan.clock.from: '],
  ['an identifier smuggled as a moving-average length', planReply({ kind: 'crossover', symbols: ['TSLA'], window: GOOD.window, lengths: ['50; DROP TABLE prices', 200] }), 'plan.lengths[0]: '],
  ['a SQL text of its own', planReply({ ...GOOD, sql: 'SELECT * FROM pg_shadow' }), 'plan: unknown key "sql"'],
  ['an unknown symbol', planReply({ ...GOOD, symbols: ['NVDA'] }), 'plan.symbols[0]: "NVDA" is not one of the allowed values'],
  ['dates before the data', planReply({ ...GOOD, window: { from: '1999-01-01', to: '1999-12-31' } }), 'window.from: 1999-01-01 is outside the data (2010-06-29 … 2017-11-10)'],
  ['dates after the data', planReply({ ...GOOD, window: { day: '2024-03-01' } }), 'window.day: 2024-03-01 is outside the data'],
  ['a huge limit', planReply({ kind: 'latest-rows', symbols: ['TSLA'], limit: 50_000_000 }), 'plan.limit: 50000000 is over 1000'],
  ['a kind that does not exist', planReply({ ...GOOD, kind: 'raw-sql' }), 'plan.kind: "raw-sql" is not one of the allowed values'],
  ['a plan the kind cannot take', planReply({ ...GOOD, kind: 'correlation' }), 'symbols: correlation names 2 symbols, got 1'],
  ['kind none', planReply({ kind: 'none', symbols: [] }), 'the model read no question about the data in it'],
  ['a slow reply', { delayMs: 1_000, ...planReply(GOOD) }, 'did not answer within 300 ms (2 attempts)'],
  ['a failing server', { status: 500, body: { error: { message: 'CUDA out of memory' } } }, 'the model server failed (HTTP 500: CUDA out of memory; 2 attempts)'],
  ['a bad key', { status: 401, body: { error: { message: 'Incorrect API key provided' } } }, 'the model server refused no key (ask.model.key_env is empty) (HTTP 401: Incorrect API key provided)'],
  ['a rate limit', { status: 429, headers: { 'retry-after': '0' }, body: { error: { message: 'Rate limit reached' } } }, 'the model server is limiting requests (HTTP 429: Rate limit reached; 2 attempts)'],
];

describe('what a model cannot get run', () => {
  const seen: AskResult[] = [];
  it.each(BAD)('%s: reported, not run', async (_name, reply, said) => {
    server.always(reply);
    const r = await ask(session, UNREAD, { model: model('not-understood', 300) });
    seen.push(r);
    expect(r.notUnderstood?.problem).toContain(said);
    expect(r.notUnderstood?.refusal).toBe('not-understood');
    expect(r.model?.sent).toBe(true);
    expect(r.model?.outcome).toMatch(/^(refused|failed)$/);
    expect(r.plan).toBeUndefined();
    expect(ran).toHaveLength(0);
  });

  it('and between good replies, only the compiler\'s SQL for the validated plans reached the session', async () => {
    server.answer(planReply(GOOD), ...BAD.slice(2, 12).map(([, r]) => r), planReply({ kind: 'latest-rows', symbols: ['AAPL'], limit: 5, order: 'desc' }));
    const results: AskResult[] = [];
    for (let i = 0; i < 12; i++) results.push(await ask(session, UNREAD, { model: model() }));
    expect(results.filter((r) => r.answer).length).toBe(2);
    expect(ran).toEqual([capped(compile(rulePlan('volatility of Tesla in 2016')), ROW_CAP), capped(compile(rulePlan('latest 5 Apple prices')), ROW_CAP)]);
    const text = JSON.stringify(ran);
    for (const bad of ['DROP', 'pg_shadow', 'rm -rf', 'pg_sleep', 'OR 1=1', 'DELETE']) expect(text).not.toContain(bad);
  });
});
