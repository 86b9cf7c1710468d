// A database connection that comes back: opened on first use, forgotten when it is lost (PostgreSQL restarted or
// went away), and opened again on a later use. While the database is down, a use fails fast with a clear message
// and a new attempt is made at most once per `retryMs`, so a flood of requests does not become a flood of connects.

import pg from 'pg';
import { HttpError } from './respond.js';

export interface Connector<T> {
  /** What is connected to, for messages ("PostgreSQL at 127.0.0.1:15432"). */
  what: string;
  open(): Promise<T>;
  end(conn: T): Promise<void>;
  /** False once the connection is known to be gone. */
  alive(conn: T): boolean;
}

/** The database is down or the connection was lost: the page shows it and the next use tries again. */
export class Unavailable extends HttpError {
  constructor(message: string) {
    super(503, message);
    this.name = 'Unavailable';
  }
}

/** Errors that mean the connection is gone, rather than a statement that failed on a good connection. */
export function isConnectionLoss(e: unknown): boolean {
  if (e instanceof pg.DatabaseError) return /^(08|57P|53)/.test(e.code ?? '');
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return true; // ECONNREFUSED, ECONNRESET, EPIPE, …
  return /Connection terminated|not queryable|Query read timeout|timeout expired/i.test((e as Error | undefined)?.message ?? '');
}

export class Reconnecting<T> {
  private current?: T;
  private opening?: Promise<T>;
  private failed?: { at: number; error: Unavailable };
  private closed = false;

  constructor(
    private readonly connector: Connector<T>,
    private readonly retryMs = 1_000,
    private readonly now = () => Date.now(),
  ) {}

  /** Whether the last attempt to connect failed (the database is down as far as is known). */
  get down(): string | undefined {
    return this.failed?.error.message;
  }

  /** Runs `fn` on the connection; a lost connection is forgotten and its error said as Unavailable. */
  async use<R>(fn: (conn: T) => Promise<R>): Promise<R> {
    const conn = await this.get();
    try {
      return await fn(conn);
    } catch (e) {
      if (!this.connector.alive(conn) || isConnectionLoss(e)) {
        this.forget(conn);
        throw new Unavailable(`lost the connection to ${this.connector.what}: ${(e as Error).message}`);
      }
      throw e;
    }
  }

  async get(): Promise<T> {
    if (this.closed) throw new Unavailable(`the connection to ${this.connector.what} is closed`);
    if (this.current !== undefined && this.connector.alive(this.current)) return this.current;
    if (this.current !== undefined) this.forget(this.current);
    if (this.failed && this.now() - this.failed.at < this.retryMs) throw this.failed.error;
    // Every caller waiting for a connection shares the one attempt.
    this.opening ??= this.open().finally(() => (this.opening = undefined));
    return this.opening;
  }

  /** Drops this connection (if it is still the current one); the next use opens another. */
  forget(conn: T): void {
    if (this.current !== conn) return;
    this.current = undefined;
    void this.connector.end(conn).catch(() => undefined);
  }

  async close(): Promise<void> {
    this.closed = true;
    const conn = this.current ?? (await this.opening?.catch(() => undefined));
    this.current = undefined;
    if (conn !== undefined) await this.connector.end(conn).catch(() => undefined);
  }

  private async open(): Promise<T> {
    try {
      const conn = await this.connector.open();
      if (this.closed) {
        await this.connector.end(conn).catch(() => undefined);
        throw new Unavailable(`the connection to ${this.connector.what} is closed`);
      }
      this.current = conn;
      this.failed = undefined;
      return conn;
    } catch (e) {
      const error = e instanceof Unavailable ? e : new Unavailable(`${this.connector.what} is not reachable: ${(e as Error).message}`);
      this.failed = { at: this.now(), error };
      throw error;
    }
  }
}
