// The bad-input corpus: files and raw Kafka messages of every kind that goes wrong in practice, each with the
// outcome it must have. Nothing may crash; everything is reported and reconciles.

import { gzipSync } from 'node:zlib';

const H = 'Date,Open,High,Low,Close,Volume,OpenInt';
const ok = (date: string, close = 2) => `${date},1,3,0.5,${close},100,0`;

export interface BadFile {
  kind: string;
  /** The file name; the ticker comes from it (b01.us.txt → B01). */
  name: string;
  body: string | Buffer;
  /** Why the whole file is refused, when it is. */
  unreadable?: RegExp;
  /** [line, reason] of each rejected line. */
  rejected: [number, string][];
  /** [date, close] of the rows that must land, after duplicates and replacements. */
  lands: [string, number][];
}

export const BAD_FILES: BadFile[] = [
  { kind: 'semicolon-delimited file', name: 'b01.us.txt', body: `${H.replaceAll(',', ';')}\n${ok('2017-01-03').replaceAll(',', ';')}\n`, rejected: [], lands: [['2017-01-03', 2]] },
  { kind: 'a row with another delimiter', name: 'b02.us.txt', body: `${H}\n${ok('2017-01-03')}\n${ok('2017-01-04').replaceAll(',', '\t')}\n`, rejected: [[3, '1 fields where the header has 7']], lands: [['2017-01-03', 2]] },
  { kind: 'missing columns', name: 'b03.us.txt', body: 'Date,Open,Close,Volume\n2017-01-03,1,2,100\n', unreadable: /no high, low column/, rejected: [], lands: [] },
  { kind: 'extra columns', name: 'b04.us.txt', body: `${H},Note,Extra\n${ok('2017-01-03')},hello,1\n`, rejected: [], lands: [['2017-01-03', 2]] },
  { kind: 'text in a number', name: 'b05.us.txt', body: `${H}\n2017-01-03,1,3,0.5,two,100,0\n${ok('2017-01-04')}\n`, rejected: [[2, 'close is not a number: "two"']], lands: [['2017-01-04', 2]] },
  { kind: 'NaN', name: 'b06.us.txt', body: `${H}\n2017-01-03,NaN,3,0.5,2,100,0\n`, rejected: [[2, 'open is not a number: "NaN"']], lands: [] },
  { kind: 'Infinity', name: 'b07.us.txt', body: `${H}\n2017-01-03,1,Infinity,0.5,2,100,0\n`, rejected: [[2, 'high is not a number: "Infinity"']], lands: [] },
  { kind: 'negative volume', name: 'b08.us.txt', body: `${H}\n2017-01-03,1,3,0.5,2,-100,0\n`, rejected: [[2, 'negative volume: -100']], lands: [] },
  { kind: 'high below low', name: 'b09.us.txt', body: `${H}\n2017-01-03,1,0.5,3,2,100,0\n`, rejected: [[2, 'high below low: 0.5 < 3']], lands: [] },
  { kind: 'zero price', name: 'b10.us.txt', body: `${H}\n2017-01-03,0,3,0.5,2,100,0\n`, rejected: [[2, 'non-positive open price: 0']], lands: [] },
  { kind: 'date in the future', name: 'b11.us.txt', body: `${H}\n${ok('2099-01-05')}\n`, rejected: [[2, 'date in the future: 2099-01-05']], lands: [] },
  { kind: 'unparseable date', name: 'b12.us.txt', body: `${H}\n${ok('2017-01-03')}\n${ok('yesterday')}\n`, rejected: [[3, 'unparseable date: "yesterday"']], lands: [['2017-01-03', 2]] },
  { kind: 'duplicate rows', name: 'b13.us.txt', body: `${H}\n${ok('2017-01-03')}\n${ok('2017-01-03')}\n`, rejected: [], lands: [['2017-01-03', 2]] },
  { kind: 'rows differing only in values (both rejected: never decided silently)', name: 'b14.us.txt', body: `${H}\n${ok('2017-01-03', 2)}\n${ok('2017-01-03', 2.5)}\n`, rejected: [[2, 'conflicting duplicate'], [3, 'conflicting duplicate']], lands: [] },
  { kind: 'empty file', name: 'b15.us.txt', body: '', rejected: [], lands: [] },
  { kind: 'header only', name: 'b16.us.txt', body: `${H}\n`, rejected: [], lands: [] },
  { kind: 'binary garbage', name: 'b17.us.txt', body: Buffer.from([0x00, 0xff, 0x13, 0x37, 0x0a, 0x00, 0x42, 0x99]), unreadable: /not a text table/, rejected: [], lands: [] },
  { kind: 'a huge line', name: 'b18.us.txt', body: `${H}\n${ok('2017-01-03')}\n2017-01-04,${'9'.repeat(100_000)},3,0.5,2,100,0\n`, rejected: [[3, 'line too long']], lands: [['2017-01-03', 2]] },
  { kind: 'mixed line endings', name: 'b19.us.txt', body: `${H}\r\n${ok('2017-01-03')}\n${ok('2017-01-04')}\r\n${ok('2017-01-05')}`, rejected: [], lands: [['2017-01-03', 2], ['2017-01-04', 2], ['2017-01-05', 2]] },
  { kind: 'a byte-order mark', name: 'b20.us.txt', body: `\uFEFF${H}\n${ok('2017-01-03')}\n`, rejected: [], lands: [['2017-01-03', 2]] },
  { kind: 'float volumes', name: 'b21.us.txt', body: `${H}\n2017-01-03,1,3,0.5,2,100.0,0\n2017-01-04,1,3,0.5,2,100.5,0\n`, rejected: [[3, 'volume is not a whole number: 100.5']], lands: [['2017-01-03', 2]] },
  { kind: 'a quoted number with a thousands separator', name: 'b22.us.txt', body: `${H}\n2017-01-03,1,3000,0.5,"1,234.5",100,0\n`, rejected: [], lands: [['2017-01-03', 1234.5]] },
  { kind: 'blank lines in the middle', name: 'b23.us.txt', body: `${H}\n${ok('2017-01-03')}\n\n\n${ok('2017-01-04')}\n`, rejected: [], lands: [['2017-01-03', 2], ['2017-01-04', 2]] },
  { kind: 'too few fields', name: 'b24.us.txt', body: `${H}\n2017-01-03,1,3\n`, rejected: [[2, '3 fields where the header has 7']], lands: [] },
  { kind: 'a truncated gzip', name: 'b25.us.txt.gz', body: gzipSync(`${H}\n${Array.from({ length: 2000 }, (_, i) => ok(`2010-01-0${(i % 9) + 1}`)).join('\n')}\n`).subarray(0, 60), unreadable: /cannot read it/, rejected: [], lands: [] },
  { kind: 'an unknown layout', name: 'b26.us.txt', body: 'foo,bar,baz\n1,2,3\n', unreadable: /header fits no known layout/, rejected: [], lands: [] },
  { kind: 'day/month order decided from the data', name: 'b27.us.txt', body: `${H}\n${ok('02/01/2017')}\n${ok('03/01/2017')}\n${ok('13/01/2017')}\n`, rejected: [], lands: [['2017-01-02', 2], ['2017-01-03', 2], ['2017-01-13', 2]] },
  { kind: 'a second header in the middle (concatenated files)', name: 'b28.us.txt', body: `${H}\n${ok('2017-01-03')}\n${H}\n${ok('2017-01-04')}\n`, rejected: [[3, 'unparseable date: "Date"']], lands: [['2017-01-03', 2], ['2017-01-04', 2]] },
  { kind: 'bytes that are not UTF-8 in a number', name: 'b29.us.txt', body: Buffer.concat([Buffer.from(`${H}\n2017-01-03,1,3,0.5,2`), Buffer.from([0xe9]), Buffer.from(',100,0\n')]), rejected: [[2, 'close is not a number']], lands: [] },
  { kind: 'whitespace around values', name: 'b30.us.txt', body: `${H}\n 2017-01-03 , 1 , 3 , 0.5 , 2 , 100 , 0 \n`, rejected: [], lands: [['2017-01-03', 2]] },
  { kind: 'a missing value', name: 'b31.us.txt', body: `${H}\n2017-01-03,1,3,,2,100,0\n`, rejected: [[2, 'missing low']], lands: [] },
];

export interface BadMessage {
  kind: string;
  value: Buffer | string | null;
  /** The quarantine reason; none for messages that must land. */
  reason?: string;
}

const good = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ v: 1, symbol: 'ZZTEST', ts: '2020-01-02T00:00:00', open: 10, high: 12, low: 9, close: 11, volume: 1000, produced_at: 1_700_000_000_000, ...over });

/** Raw messages produced straight to the price topic, bypassing the replay's own checks. */
export const BAD_MESSAGES: BadMessage[] = [
  { kind: 'not JSON', value: 'not json at all', reason: 'not a JSON object' },
  { kind: 'truncated JSON', value: '{"v":1,"symbol":"ZZTEST","ts":"2020-01-0', reason: 'not a JSON object' },
  { kind: 'binary bytes', value: Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x9c]), reason: 'not a JSON object' },
  { kind: 'null value (tombstone)', value: null, reason: 'empty message' },
  { kind: 'empty value', value: '', reason: 'empty message' },
  { kind: 'a JSON array', value: '[1,2,3]', reason: 'not a JSON object' },
  { kind: 'unknown schema version', value: good({ v: 7 }), reason: 'unknown schema version 7' },
  { kind: 'text where a number belongs', value: good({ open: 'ten' }), reason: 'field open is not a number: ten' },
  { kind: 'text where an integer belongs', value: good({ volume: 'lots' }), reason: 'field volume is not an integer: lots' },
  { kind: 'impossible date', value: good({ ts: '2020-02-30' }), reason: 'unparseable timestamp: 2020-02-30' },
  { kind: 'negative price', value: good({ close: -1 }), reason: 'non-positive close price: -1' },
  { kind: 'high below low', value: good({ high: 1, low: 2 }), reason: 'high below low: 1 < 2' },
  { kind: 'negative volume', value: good({ volume: -10 }), reason: 'negative volume: -10' },
  { kind: 'missing field', value: good({ symbol: undefined }), reason: 'missing field symbol' },
  { kind: 'large message without the fields', value: `{"v":1,"pad":"${'x'.repeat(500_000)}"}`, reason: 'missing field symbol' },
  { kind: 'lower-case symbol', value: good({ symbol: 'zztest' }), reason: 'bad symbol: zztest' },
  // Valid: a new row, its exact duplicate (absorbed), a changed version (replaces it), another day.
  { kind: 'valid', value: good({ ts: '2020-01-02T00:00:00' }) },
  { kind: 'exact duplicate', value: good({ ts: '2020-01-02T00:00:00' }) },
  { kind: 'changed version', value: good({ ts: '2020-01-02T00:00:00', close: 11.5 }) },
  { kind: 'valid', value: good({ ts: '2020-01-03T00:00:00' }) },
];
