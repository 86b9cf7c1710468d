// `stockctl ask` with a language model, on the real stack: the model is a scripted chat-completions server on
// loopback, PostgreSQL logs every statement of the read-only role, and whatever the model replies, the only SQL
// run inside a read-only transaction is the compiler's for a validated plan.

import { readFileSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layout } from '../cli/layout.js';
import { waitCaughtUp } from '../cli/pipeline.js';
import { fromRoot } from '../config/paths.js';
import { compile } from '../sql/ask/compile.js';
import { capped, QUERY_SETTINGS } from '../sql/ask/execute.js';
import { contentReply, planReply, ScriptedServer, type Scripted } from '../sql/ask/model/scripted-server.js';
import { toPlan } from '../sql/ask/model/to-plan.js';
import { validatePlan } from '../sql/ask/model/validate.js';
import { Harness } from './harness.js';

/** Read by no rule: it goes to the model. */
const UNREAD = 'how jumpy was Tesla in 2016, by the standard deviation of its daily moves';
const GOOD = { kind: 'volatility', symbols: ['TSLA'], window: { from: '2016-01-01', to: '2016-12-31' } };

/** Statements of the read-only role in the server's log since `offset`, in order (multi-line ones joined back). */
function loggedStatements(file: string, offset: number): string[] {
  const text = readFileSync(file).subarray(offset).toString('utf8');
  return text
    .split(/\n(?=\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})/)
    .map((record) => /LOG:\s+(?:statement|execute [^:]*):\s([\s\S]*)$/.exec(record)?.[1])
    .filter((s): s is string => s !== undefined)
    .map((s) => s.replace(/\n\t/g, '\n').trim());
}

describe('stockctl ask with a model on the real stack', { timeout: 300_000 }, () => {
  let server: ScriptedServer;
  let h: Harness;
  let pgLog: string;

  beforeAll(async () => {
    server = await ScriptedServer.start();
    h = await Harness.create('ask-model', { STOCKCTL_ASK_MODEL_URL: server.url, STOCKCTL_ASK_MODEL_NAME: 'scripted-model', STOCKCTL_ASK_MODEL_TIMEOUT_MS: '1000', STOCKCTL_ASK_MODEL_RETRIES: '0' });
    const up = await h.cli(['up']);
    if (up.status !== 0) throw new Error(`up failed:\n${up.stdout}\n${up.stderr}`);
    const replay = await h.cli(['replay', fromRoot('data', 'sample'), '--speed', 'max']);
    if (replay.status !== 0) throw new Error(`replay failed:\n${replay.stderr}`);
    await waitCaughtUp(h.config, 300_000);
    // Every statement of the read-only role goes to the server's log, read back below.
    await h.sql(`ALTER ROLE ${h.config.postgres.reader_user} SET log_statement = 'all'`);
    pgLog = layout(h.config).postgres.log;
  });

  afterAll(async () => {
    await h?.cli(['down', '--purge']);
    await server?.close();
  });

  it('answers a question the rules do not read from the model\'s plan, as the rules answer theirs, and --explain says so', async () => {
    server.reset();
    server.always(planReply(GOOD));
    const explained = await h.cli(['ask', UNREAD, '--explain', '--no-chart']);
    expect(explained.status, explained.stderr).toBe(0);
    expect(explained.stdout).toContain('read as: the volatility (standard deviation of daily returns) of TSLA over 2016-01-01 … 2016-12-31 (read by the model)');
    expect(explained.stdout).toContain('read by: the model, as a plan of the figures over a window family (volatility)');
    expect(explained.stdout).toContain(`model: sent to scripted-model at ${server.url}/chat/completions (the rules did not understand it); its plan passed validation`);
    expect(server.requests).toHaveLength(1);

    const byModel = await h.cli(['ask', UNREAD, '--format', 'json', '--no-sql']);
    const byRules = await h.cli(['ask', 'volatility of Tesla in 2016', '--format', 'json', '--no-sql']);
    expect(byModel.status).toBe(0);
    expect(JSON.parse(byModel.stdout)).toEqual(JSON.parse(byRules.stdout));
    expect(server.requests).toHaveLength(2); // the rules read the second: not sent
  });

  it('sends nothing with --model never, nor what the rules refuse for a reason of their own, even with always', async () => {
    server.reset();
    const never = await h.cli(['ask', UNREAD, '--model', 'never']);
    expect(never.status).toBe(2);
    const scope = await h.cli(['ask', "What is Apple's P/E ratio?", '--model', 'always', '--explain']);
    expect(scope.status).toBe(2);
    expect(scope.stderr).toContain('model: not sent to scripted-model');
    expect(scope.stderr).toContain('the rules refused it (out-of-scope), which the model cannot change');
    expect(server.requests).toHaveLength(0);
  });

  it('reports every bad reply with exit 2, and the read-only role runs nothing but the compiler\'s SQL', async () => {
    const bad: [Scripted, string][] = [
      [planReply({ ...GOOD, kind: "volatility'; DROP TABLE prices; --" }), 'plan.kind: '],
      [planReply({ ...GOOD, symbols: ["TSLA') UNION SELECT passwd FROM pg_shadow --"] }), 'plan.symbols[0]: '],
      [planReply({ ...GOOD, kind: 'aggregate', stat: 'avg', measure: 'close) FROM prices; DELETE FROM prices; SELECT (1' }), 'plan.measure: '],
      [planReply({ ...GOOD, window: { from: '$(rm -rf ~)', to: '2016-12-31' } }), 'plan.window.from: '],
      [planReply({ ...GOOD, window: { from: '1950-01-01', to: '1950-12-31' } }), 'is outside the data'],
      [planReply({ kind: 'latest-rows', symbols: ['TSLA'], limit: 99_999_999 }), 'plan.limit: 99999999 is over 1000'],
      [planReply({ ...GOOD, symbols: ['NVDA'] }), 'plan.symbols[0]: "NVDA" is not one of the allowed values'],
      [contentReply('SELECT * FROM prices; DROP TABLE prices'), "the model's reply is not a plan: not JSON"],
      [{ status: 500, body: { error: { message: 'model crashed' } } }, 'the model server failed (HTTP 500: model crashed; 1 attempt)'],
      [{ delayMs: 1_500, ...planReply(GOOD) }, 'did not answer within 1000 ms (1 attempt)'],
    ];
    server.reset();
    const offset = statSync(pgLog).size;
    for (const [reply, said] of bad) {
      server.answer(reply);
      const res = await h.cli(['ask', UNREAD, '--no-chart']);
      expect(res.status, res.stderr).toBe(2);
      expect(res.stderr).toContain('could not answer: ');
      expect(res.stderr).toContain(said);
      expect(res.stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
    server.answer(planReply(GOOD));
    expect((await h.cli(['ask', UNREAD, '--no-chart'])).status).toBe(0);

    // Inside read-only transactions: exactly the one validated plan's compiled SQL.
    const statements = loggedStatements(pgLog, offset);
    const inside: string[] = [];
    let open = false;
    for (const s of statements) {
      if (s === 'BEGIN READ ONLY') open = true;
      else if (s === 'ROLLBACK') open = false;
      else if (open && !/^SET LOCAL statement_timeout = \d+$/.test(s) && !QUERY_SETTINGS.includes(s)) inside.push(s);
    }
    const valid = validatePlan(GOOD, { symbols: ['AAPL', 'GOOGL', 'MSFT', 'TSLA'], sectors: [], rowCap: h.config.ask.row_cap, data: { oldest: '2000-01-01', newest: '2017-11-10' } });
    if (!('plan' in valid)) throw new Error(valid.errors.join('; '));
    expect(inside).toEqual([capped(compile(toPlan(valid.plan)), h.config.ask.row_cap).sql]);
    // Outside them, only the engine's own fixed reads of what the data holds; no trace of any reply.
    const fixed = [/^SELECT min\(trade_date\) AS oldest, max\(trade_date\) AS newest FROM prices$/, /^SELECT symbol, name, aliases, sector FROM companies$/, /^SELECT symbols_with_prices\(\) AS symbol$/, /^SELECT s AS symbol, \(SELECT max\(ts\) FROM prices WHERE symbol = s\)/, /^SELECT symbol, min\(trade_date\) AS first_day, max\(trade_date\) AS last_day FROM prices WHERE symbol = ANY\(\$1::text\[\]\)/];
    const outside = statements.filter((s) => !inside.includes(s) && !QUERY_SETTINGS.includes(s) && !/^(BEGIN READ ONLY|ROLLBACK|SET LOCAL statement_timeout = \d+)$/.test(s));
    expect(outside.filter((s) => !fixed.some((re) => re.test(s)))).toEqual([]);
    expect(statements.join('\n')).not.toMatch(/DROP|DELETE|pg_shadow|passwd|rm -rf|UNION SELECT/);
  });
});
