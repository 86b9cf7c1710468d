// A symbol typed in the page's field that is neither in the data nor among the known companies is refused, with
// the nearest known symbol offered ("TSLAA": did you mean TSLA?).

import { editDistance } from '../../sql/ask/names.js';

/** The nearest candidate within one typo (two for long symbols); earlier candidates win ties (data first). */
export function closestSymbol(symbol: string, candidates: string[]): string | undefined {
  const allowed = symbol.length >= 6 ? 2 : 1;
  let best: { symbol: string; distance: number } | undefined;
  for (const c of candidates) {
    const distance = editDistance(symbol, c);
    if (distance <= allowed && distance < (best?.distance ?? Infinity)) best = { symbol: c, distance };
  }
  return best?.symbol;
}

/** What the page shows for the symbols it cannot use. */
export function unknownMessage(unknown: { symbol: string; suggestion?: string }[]): string {
  return unknown.map((u) => `unknown symbol ${u.symbol}${u.suggestion ? `: did you mean ${u.suggestion}?` : ' (no data and no company of that symbol)'}`).join('; ');
}
