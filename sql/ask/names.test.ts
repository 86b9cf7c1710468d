import { describe, expect, it } from 'vitest';
import { readCompanies } from '../companies.js';
import { confidentCorrection, editDistance, fuzzyCompanies, resolveNames, shareNoun } from './names.js';

const companies = readCompanies();
const data = new Set(['AAPL', 'AMD', 'AMZN', 'FB', 'GOOGL', 'IBM', 'INTC', 'JPM', 'KO', 'MSFT', 'NFLX', 'NVDA', 'TSLA', 'ZZTOP']);
const symbols = (q: string) => resolveNames(q, companies, data).matches.map((m) => m.symbols.join('|'));

describe('the companies table', () => {
  it('covers the S&P 500 and every ticker of the test data', () => {
    expect(companies.length).toBeGreaterThanOrEqual(500);
    const listed = new Set(companies.map((c) => c.symbol));
    for (const s of ['AAPL', 'AMD', 'AMZN', 'FB', 'GOOGL', 'IBM', 'INTC', 'JPM', 'KO', 'MSFT', 'NFLX', 'NVDA', 'TSLA']) expect(listed).toContain(s);
  });
});

describe('resolveNames', () => {
  it.each([
    ['recent Tesla prices', ['TSLA']],
    ['tesla motors close', ['TSLA']],
    ['TSLA close', ['TSLA']],
    ['tsla close', ['TSLA']],
    ['$tsla close', ['TSLA']],
    ['Apple Inc prices', ['AAPL']],
    ["Apple's highest close", ['AAPL']],
    ['Facebook volume', ['FB']],
    ['Meta volume', ['FB']],
    ['Coca-Cola and JP Morgan', ['KO', 'JPM']],
    ['International Business Machines', ['IBM']],
    ['compare AMD with Nvidia', ['AMD', 'NVDA']],
    ['ZZTOP rows', ['ZZTOP']],
  ])('%s → %j', (q, expected) => expect(symbols(q).sort()).toEqual([...expected].sort()));

  it('asks back when a name fits several symbols', () => {
    expect(symbols('Google prices')).toEqual(['GOOG|GOOGL']);
    expect(symbols('Alphabet prices')).toEqual(['GOOG|GOOGL']);
  });

  it('does not read common words as tickers', () => {
    expect(symbols('A quick look at ALL prices NOW')).toEqual([]);
    expect(symbols('is it low or key')).toEqual([]);
  });

  it('finds a sector', () => {
    expect(resolveNames('best tech stocks last month', companies, data).sector?.name).toBe('Information Technology');
    expect(resolveNames('average return by sector', companies, data).sector).toBeUndefined();
  });
});

describe('typos', () => {
  it('measures transpositions as one edit', () => {
    expect(editDistance('microsfot', 'microsoft')).toBe(1);
    expect(editDistance('tesla', 'tesla')).toBe(0);
  });

  it('reads a clear misspelling, and offers options for an unclear one', () => {
    const [teslaa] = fuzzyCompanies(['teslaa'], companies);
    expect(confidentCorrection('teslaa', teslaa?.candidates ?? [])?.map((c) => c.symbol)).toEqual(['TSLA']);
    const [micro] = fuzzyCompanies(['mircosoft'], companies);
    expect(confidentCorrection('mircosoft', micro?.candidates ?? [])?.map((c) => c.symbol)).toEqual(['MSFT']);
    expect(fuzzyCompanies(['zzzzzzzz'], companies)).toEqual([]);
  });
});

describe('a ticker inside a longer name', () => {
  it('is a word of that name, not a ticker of its own', () => {
    expect(resolveNames('the iShares MSCI India ETF closes', companies, new Set(['INDA', 'MSCI'])).matches.map((m) => m.symbols.join('|'))).toEqual(['INDA']);
    expect(resolveNames('MSCI closes', companies, new Set(['INDA', 'MSCI'])).matches.map((m) => m.symbols.join('|'))).toEqual(['MSCI']);
  });
});

describe('shareNoun', () => {
  it('gives each name of a list the plural noun they share, when each is then a known name', () => {
    expect(shareNoun('rank the yen, India and base metals ETFs by volume', companies)).toBe('rank the yen ETF, India ETF and base metals ETF by volume');
    expect(shareNoun('the yen & base metals funds', companies)).toBe('the yen fund & base metals fund');
  });
  it('leaves a list alone when one of its names is not known with the noun', () => {
    expect(shareNoun('Apple and Microsoft stocks', companies)).toBe('Apple and Microsoft stocks');
    expect(shareNoun('rank the yen, gold and India ETFs', companies)).toBe('rank the yen, gold and India ETFs');
  });
});
