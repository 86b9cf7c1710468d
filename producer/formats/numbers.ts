// Prices and volumes as download sites write them: plain decimals (the fast path), `$1,189.01`, quoted thousands
// separators, European decimal commas (`1.234,56` in `;` files), and volumes with suffixes (`1.23M`).

export interface NumberStyle {
  /** `,` is the decimal mark (European Excel exports, written with `;` or tab between fields). */
  decimalComma: boolean;
}

export const PLAIN: NumberStyle = { decimalComma: false };

const POWERS_OF_TEN = Array.from({ length: 16 }, (_, i) => 10 ** i);

/**
 * A plain decimal (digits, at most one point, at most 15 digits) as a number, without the regex and the parse
 * of the general path; undefined for any other text. The integer of its digits and the power of ten are both
 * exact, so their quotient is the correctly rounded value: the same double as Number(text).
 */
export function plainDecimal(text: string): number | undefined {
  const n = text.length;
  if (n === 0 || n > 16) return undefined;
  let digits = 0;
  let whole = 0;
  let point = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 && point < 0) point = i;
    else if (c >= 48 && c <= 57) {
      whole = whole * 10 + (c - 48);
      digits++;
    } else return undefined;
  }
  if (digits === 0 || digits > 15) return undefined;
  return point < 0 ? whole : whole / (POWERS_OF_TEN[n - 1 - point] as number);
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
/** 1,189.01 or 12,345,678 (commas every three digits) */
const THOUSANDS_COMMA = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/;
/** 1.234,56 or 1.234.567 (points every three digits), in decimal-comma files */
const THOUSANDS_POINT = /^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/;
const SUFFIX: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9 };
/** What sites write for "no value": Yahoo's `null`, Investing.com's `-`, spreadsheets' `N/A`. */
export const NO_VALUE = /^(null|n\/a|na|-|—|none)$/i;

/** The text as a plain decimal string, or undefined when it is none. */
function normalise(raw: string, style: NumberStyle, suffixes: boolean): { text: string; scale: number } | undefined {
  let t = raw.trim().replace(/^[$€£¥]\s*|\s*[$€£¥]$/g, '');
  if (t.startsWith('-$')) t = '-' + t.slice(2);
  let scale = 1;
  const last = t.at(-1)?.toUpperCase() ?? '';
  if (suffixes && last in SUFFIX && t.length > 1) {
    scale = SUFFIX[last] as number;
    t = t.slice(0, -1);
  }
  if (style.decimalComma) {
    if (THOUSANDS_POINT.test(t)) t = t.replaceAll('.', '');
    t = t.replace(',', '.');
  } else if (THOUSANDS_COMMA.test(t)) t = t.replaceAll(',', '');
  return NUMBER.test(t) ? { text: t, scale } : undefined;
}

/** A field as a number, or the reason it is none (the replay's report shows it). */
export function readNumber(field: string | undefined, name: string, style: NumberStyle, volume = false): number | string {
  const plain = field === undefined || style.decimalComma ? undefined : plainDecimal(field);
  if (plain !== undefined) return plain;
  const text = (field ?? '').trim();
  if (text === '' || NO_VALUE.test(text)) return `missing ${name}`;
  const n = normalise(text, style, volume);
  if (!n) return `${name} is not a number: ${JSON.stringify(text.slice(0, 40))}`;
  let value = Number(n.text);
  // A suffixed volume (1.23M) is a rounded figure: the nearest whole number of shares is what it says.
  if (n.scale !== 1) value = Math.round(value * n.scale);
  return Number.isFinite(value) ? value : `${name} is out of range: ${JSON.stringify(text.slice(0, 40))}`;
}

/**
 * The file's decimal mark, from sampled price fields: a comma inside a number of a file whose fields are not
 * separated by commas is a decimal comma (Excel in European locales). A quoted `1,189.01` in a comma-separated
 * file is a thousands separator.
 */
export function detectNumberStyle(delimiter: string, priceSamples: string[]): NumberStyle {
  if (delimiter === ',') return PLAIN;
  const decimalComma = priceSamples.some((s) => /^\s*[-+$€£]?\s*[\d.]*\d,\d+\s*$/.test(s));
  return decimalComma ? { decimalComma: true } : PLAIN;
}
