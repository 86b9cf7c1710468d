import { describe, expect, it } from 'vitest';
import { encodeMessage, MESSAGE_SCHEMA_VERSION, readContract, toMessage } from './message.js';

const row = { symbol: 'TSLA', ts: '2017-11-10T00:00:00', open: 302.5, high: 308.36, low: 301.85, close: 302.99, volume: 4621912 };

const typeOf = (v: unknown) => (typeof v === 'string' ? 'string' : Number.isInteger(v) ? 'integer' : 'number');
const CONTRACT_JS: Record<string, string[]> = { int: ['integer'], long: ['integer'], double: ['number', 'integer'], string: ['string'], 'local-timestamp': ['string'] };

describe('the Kafka message', () => {
  it('has exactly the fields of producer/message-schema.json, in order, with their types', () => {
    const contract = readContract();
    const message = toMessage(row, 1732540000123);
    expect(Object.keys(message)).toEqual(contract.fields.map((f) => f.name));
    for (const f of contract.fields) expect(CONTRACT_JS[f.type]).toContain(typeOf((message as unknown as Record<string, unknown>)[f.name]));
    expect(MESSAGE_SCHEMA_VERSION).toBe(contract.version);
  });

  it('is encoded as JSON.stringify would encode it', () => {
    for (const r of [row, { ...row, symbol: 'BRK-B', ts: '2017-11-10T09:31:00.250', open: 1e-7, high: 123456789.125, volume: 0 }]) {
      expect(encodeMessage(r, 1732540000123)).toBe(JSON.stringify(toMessage(r, 1732540000123)));
    }
  });

  it('round-trips prices exactly through JSON', () => {
    const back = JSON.parse(encodeMessage({ ...row, open: 0.42388, close: 1234.5678 }, 1));
    expect(back.open).toBe(0.42388);
    expect(back.close).toBe(1234.5678);
    expect(JSON.stringify(back.open)).toBe('0.42388');
  });
});
