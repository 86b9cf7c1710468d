// The plan's JSON Schema, defined once: what the model is asked to return (structured output or a tool's
// parameters) and what its reply is checked against (validate.ts). The types below tie it to the Plan type, so
// a slot added to the plan and not here, or an enum that drifts, fails the type check.

import type { Measure, Period, Plan, Stat, Threshold, Window } from '../plan.js';
import { KINDS } from './kinds.js';

/** A window as the model gives it: dates only; the label is written by the project. */
export type ModelWindow = Omit<Window, 'label'>;

/** What the model fills: the plan without what the project writes itself (family, restatement, notes, words used). */
export type ModelPlan = Omit<Plan, 'family' | 'restatement' | 'notes' | 'used' | 'window' | 'baseWindow'> & { window?: ModelWindow; baseWindow?: ModelWindow };

/** The subset of JSON Schema used here (the subset OpenAI's strict structured outputs accept). */
export interface SchemaNode {
  type?: string | string[];
  description?: string;
  enum?: (string | number | boolean | null)[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: false;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
}

/** An enum list that holds every member of the union T and nothing else (checked when compiled). */
const every =
  <T extends string>() =>
  <const A extends readonly T[]>(a: A & ([T] extends [A[number]] ? unknown : never)): A =>
    a;

export const MEASURES = every<Measure>()(['close', 'open', 'high', 'low', 'volume', 'range', 'return', 'gap', 'intraday', 'ma', 'vs_ma', 'off_high', 'high_so_far', 'high_52w', 'low_52w']);
export const STATS = every<Stat>()(['avg', 'min', 'max', 'sum', 'median', 'stddev', 'change', 'count', 'vwap', 'first', 'last']);
export const PERIODS = every<Period>()(['week', 'month', 'quarter', 'year']);
export const ORDERS = every<NonNullable<Plan['order']>>()(['asc', 'desc']);
export const DIRECTIONS = every<NonNullable<Plan['direction']>>()(['up', 'down']);
export const OPS = every<Threshold['op']>()(['>', '<', '>=', '<=']);

/** The model's way to say the question is not one the data answers. */
export const NO_KIND = 'none';

export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
export const CLOCK_PATTERN = '^([01]\\d|2[0-3]):[0-5]\\d$';
/** The longest moving average the SQL computes (sql-parts.ts). */
export const MAX_MA = 400;
export const MAX_SYMBOLS = 20;
export const MAX_TRADING_DAYS = 20_000;
/**
 * Past this many symbols the schema gives their form, not their list: strict structured outputs limit the size of
 * an enum. validate.ts checks the symbols against the data either way.
 */
export const MAX_SYMBOL_ENUM = 250;
export const SYMBOL_PATTERN = '^[A-Z0-9][A-Z0-9.^-]{0,14}$';

/** Optional slots are required but nullable: OpenAI's strict mode wants every property listed. */
const nullable = (n: SchemaNode): SchemaNode => (n.type === 'object' ? { anyOf: [n, { type: 'null' }] } : { ...n, type: [n.type as string, 'null'], ...(n.enum ? { enum: [...n.enum, null] } : {}) });
const object = <P extends Record<string, SchemaNode>>(properties: P, required: (keyof P & string)[]): SchemaNode => ({
  type: 'object',
  properties: Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, required.includes(k) ? v : nullable(v)])),
  required: Object.keys(properties),
  additionalProperties: false,
});
const date = (description: string): SchemaNode => ({ type: 'string', pattern: DATE_PATTERN, description });

function windowSchema(): SchemaNode {
  const properties = {
    from: date('first day, inclusive (YYYY-MM-DD)'),
    to: date('last day, inclusive (YYYY-MM-DD)'),
    day: date('the one day asked about (then from and to are that day, or null)'),
    tradingDays: { type: 'integer', minimum: 1, maximum: MAX_TRADING_DAYS, description: 'the N newest trading days up to `to`' },
    firstTradingDays: { type: 'integer', minimum: 1, maximum: MAX_TRADING_DAYS, description: 'the N oldest trading days from `from` (no later than `to`)' },
    anchored: { type: 'boolean', description: 'true: a change is measured from the close of `from` (the question named that day); false: from the close before the window' },
    before: { type: 'boolean', description: 'the window runs from the start of the data up to `to`' },
  } satisfies { [K in keyof Required<ModelWindow>]: SchemaNode };
  return object(properties, []);
}

export interface SchemaData {
  /** Symbols with data: the only ones a plan may name. */
  symbols: string[];
  /** Sectors of the companies table. */
  sectors: string[];
  rowCap: number;
}

/** The plan's JSON Schema for this data (its symbols, sectors and row cap are enums and bounds in it). */
export function planSchema(data: SchemaData): SchemaNode {
  const properties = {
    kind: { type: 'string', enum: [...Object.keys(KINDS), NO_KIND], description: `the kind of question; ${NO_KIND}: not a question the data answers` },
    symbols: { type: 'array', items: data.symbols.length <= MAX_SYMBOL_ENUM ? { type: 'string', enum: data.symbols } : { type: 'string', pattern: SYMBOL_PATTERN }, maxItems: MAX_SYMBOLS, description: 'the symbols the question names, in its order; [] for questions over every stock' },
    everyStock: { type: 'boolean', description: 'the question is about every stock with data (rankings, counts of stocks)' },
    sector: { type: 'string', enum: data.sectors, description: 'a sector the question limits itself to' },
    window: windowSchema(),
    baseWindow: windowSchema(),
    measure: { type: 'string', enum: [...MEASURES], description: 'the daily value asked about' },
    lengths: { type: 'array', items: { type: 'integer', minimum: 1, maximum: MAX_MA }, minItems: 1, maxItems: 2, description: 'moving-average lengths in sessions' },
    stat: { type: 'string', enum: [...STATS], description: 'how a window\'s daily values become one number' },
    groupBy: { type: 'string', enum: [...PERIODS] },
    order: { type: 'string', enum: [...ORDERS] },
    limit: { type: 'integer', minimum: 0, maximum: data.rowCap, description: 'rows asked for; 0 = all' },
    threshold: object(
      {
        op: { type: 'string', enum: [...OPS] },
        value: { type: 'number', minimum: -1e9, maximum: 1e9 },
        percent: { type: 'boolean', description: 'the value is a percentage (5 = 5%)' },
        abs: { type: 'boolean', description: 'the size of the move, either way' },
      } satisfies { [K in keyof Required<Threshold>]: SchemaNode },
      ['op', 'value', 'percent'],
    ),
    direction: { type: 'string', enum: [...DIRECTIONS] },
    clock: object({ from: { type: 'string', pattern: CLOCK_PATTERN }, to: { type: 'string', pattern: CLOCK_PATTERN } } satisfies { [K in keyof Required<NonNullable<Plan['clock']>>]: SchemaNode }, ['from', 'to']),
  } satisfies { [K in keyof Required<ModelPlan>]: SchemaNode };
  return object(properties, ['kind', 'symbols']);
}
