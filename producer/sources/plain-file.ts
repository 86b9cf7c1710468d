// A local file's bytes, a chunk at a time.

import { closeSync, openSync, readSync } from 'node:fs';

export const READ_BYTES = 4 * 1024;

/**
 * A plain file's bytes, a chunk at a time, read synchronously: the file is local, and a stream's machinery
 * per 4 KB chunk cost more than the read itself (a thousand files are open at once for the merge).
 */
export async function* readPlain(file: string, size = READ_BYTES): AsyncGenerator<Buffer> {
  const fd = openSync(file, 'r');
  try {
    for (;;) {
      const buf = Buffer.allocUnsafe(size);
      const n = readSync(fd, buf, 0, size, null);
      if (n === 0) return;
      yield n < size ? buf.subarray(0, n) : buf;
    }
  } finally {
    closeSync(fd);
  }
}

