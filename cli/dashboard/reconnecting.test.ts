import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { isConnectionLoss, Reconnecting, type Connector } from './reconnecting.js';

interface Conn {
  id: number;
  alive: boolean;
  ended: boolean;
}

function fakeDb() {
  const db = { up: true, opened: 0, attempts: 0, conns: [] as Conn[] };
  const connector: Connector<Conn> = {
    what: 'PostgreSQL at 127.0.0.1:1',
    async open() {
      db.attempts++;
      await Promise.resolve();
      if (!db.up) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
      const conn = { id: ++db.opened, alive: true, ended: false };
      db.conns.push(conn);
      return conn;
    },
    end: async (c) => void (c.ended = true),
    alive: (c) => c.alive,
  };
  return { db, connector };
}

describe('Reconnecting', () => {
  it('opens once for callers at the same moment, and keeps the connection', async () => {
    const { db, connector } = fakeDb();
    const r = new Reconnecting(connector);
    const ids = await Promise.all([1, 2, 3].map(() => r.use(async (c) => c.id)));
    expect(ids).toEqual([1, 1, 1]);
    expect(await r.use(async (c) => c.id)).toBe(1);
    expect(db.opened).toBe(1);
  });

  it('a lost connection is forgotten and the next use opens another', async () => {
    const { db, connector } = fakeDb();
    const r = new Reconnecting(connector);
    await r.use(async () => undefined);
    (db.conns[0] as Conn).alive = false; // the server restarted
    expect(await r.use(async (c) => c.id)).toBe(2);
    expect((db.conns[0] as Conn).ended).toBe(true);
    // Lost in the middle of a use: said as Unavailable (503), and the next use reconnects.
    await expect(r.use(async () => { throw Object.assign(new Error('Connection terminated unexpectedly')); })).rejects.toMatchObject({ status: 503, name: 'Unavailable' });
    expect(await r.use(async (c) => c.id)).toBe(3);
  });

  it('a failed statement on a good connection keeps the connection and its own error', async () => {
    const { db, connector } = fakeDb();
    const r = new Reconnecting(connector);
    const syntax = Object.assign(new pg.DatabaseError('syntax error', 10, 'error'), { code: '42601' });
    await expect(r.use(async () => { throw syntax; })).rejects.toBe(syntax);
    await r.use(async () => undefined);
    expect(db.opened).toBe(1);
  });

  it('while the database is down: fails fast with a clear message, tries again at most once per retry interval', async () => {
    const { db, connector } = fakeDb();
    let now = 0;
    const r = new Reconnecting(connector, 1_000, () => now);
    db.up = false;
    for (let i = 0; i < 50; i++) await expect(r.use(async () => undefined)).rejects.toThrow('PostgreSQL at 127.0.0.1:1 is not reachable: connect ECONNREFUSED 127.0.0.1:1');
    expect(db.attempts).toBe(1);
    expect(r.down).toContain('not reachable');
    db.up = true;
    now = 1_000;
    expect(await r.use(async (c) => c.id)).toBe(1);
    expect(r.down).toBeUndefined();
  });

  it('close ends the connection, also one still opening', async () => {
    const { db, connector } = fakeDb();
    const r = new Reconnecting(connector);
    const opening = r.get();
    await r.close();
    await expect(opening).rejects.toThrow('closed');
    expect(db.conns.every((c) => c.ended)).toBe(true);
    await expect(r.get()).rejects.toThrow('closed');
  });
});

describe('isConnectionLoss', () => {
  it('tells a lost connection from a failed statement', () => {
    const dbError = (code: string) => Object.assign(new pg.DatabaseError('x', 1, 'error'), { code });
    expect(isConnectionLoss(dbError('57P01'))).toBe(true); // terminating connection due to administrator command
    expect(isConnectionLoss(dbError('08006'))).toBe(true);
    expect(isConnectionLoss(dbError('53300'))).toBe(true); // too many connections
    expect(isConnectionLoss(dbError('57014'))).toBe(false); // statement timeout
    expect(isConnectionLoss(dbError('42P01'))).toBe(false);
    expect(isConnectionLoss(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isConnectionLoss(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isConnectionLoss(new Error('something else'))).toBe(false);
  });
});
