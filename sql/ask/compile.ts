// Plan → SQL. Values are bound as parameters ($1, $2…); identifiers come only from the allow-list below.

import type { Plan } from './plan.js';

export interface CompiledQuery {
  sql: string;
  params: unknown[];
}

export function compile(plan: Plan): CompiledQuery {
  switch (plan.intent) {
    case 'rows':
      return {
        sql: [
          'SELECT symbol, trade_date, open, high, low, close, volume',
          'FROM (',
          '  SELECT symbol, trade_date, open, high, low, close, volume,',
          '         row_number() OVER (PARTITION BY symbol ORDER BY ts DESC) AS n',
          '  FROM prices',
          '  WHERE symbol = ANY($1::text[])',
          ') newest',
          'WHERE n <= $2',
          `ORDER BY symbol, trade_date ${plan.order === 'asc' ? 'ASC' : 'DESC'}`,
        ].join('\n'),
        params: [plan.symbols, plan.limit],
      };
  }
}
