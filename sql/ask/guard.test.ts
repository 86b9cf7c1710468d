import { describe, expect, it } from 'vitest';
import { checkSql, UnsafeSql } from './guard.js';
import { HOSTILE_SQL } from './hostile.js';

describe('checkSql (PostgreSQL parser)', () => {
  it('accepts one SELECT over allowed relations, CTEs and functions', async () => {
    await expect(checkSql('WITH r AS (SELECT symbol, avg(close) AS a FROM daily_bars WHERE symbol = ANY($1::text[]) GROUP BY symbol) SELECT * FROM r ORDER BY a DESC LIMIT $2::int')).resolves.toBeUndefined();
  });

  it.each(HOSTILE_SQL)('rejects %s', async (sql) => {
    await expect(checkSql(sql)).rejects.toBeInstanceOf(UnsafeSql);
  });
});
