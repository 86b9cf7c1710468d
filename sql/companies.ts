// The companies table that `ask` resolves names with: shipped as sql/data/companies.csv, upserted on migrate.

import { readFileSync } from 'node:fs';
import type pg from 'pg';
import { fromRoot } from '../config/paths.js';
import { splitDelimited } from '../producer/formats/csv.js';

export interface Company {
  symbol: string;
  name: string;
  aliases: string[];
  sector: string;
}

export function readCompanies(file = fromRoot('sql', 'data', 'companies.csv')): Company[] {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  return lines.slice(1).map((line, i) => {
    const [symbol, name, aliases, sector] = splitDelimited(line);
    if (!symbol || !name) throw new Error(`${file}:${i + 2}: symbol and name are required`);
    return { symbol: symbol.trim().toUpperCase(), name: name.trim(), aliases: (aliases ?? '').split('|').map((a) => a.trim()).filter(Boolean), sector: (sector ?? '').trim() };
  });
}

export async function loadCompanies(client: pg.Client, companies = readCompanies()): Promise<void> {
  await client.query(
    `INSERT INTO companies (symbol, name, aliases, sector)
     SELECT symbol, name, aliases::text[], sector FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS c(symbol, name, aliases, sector)
     ON CONFLICT (symbol) DO UPDATE SET name = EXCLUDED.name, aliases = EXCLUDED.aliases, sector = EXCLUDED.sector`,
    [companies.map((c) => c.symbol), companies.map((c) => c.name), companies.map((c) => `{${c.aliases.map((a) => JSON.stringify(a)).join(',')}}`), companies.map((c) => c.sector)],
  );
}
