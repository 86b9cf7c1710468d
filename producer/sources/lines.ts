// Lines of a byte stream, pulled a chunk at a time: a file is read only as fast as its lines are consumed.
// (readline's async iterator reads ahead without limit; with a thousand files open for the merge, that held
// every file in memory at once.)

import { StringDecoder } from 'node:string_decoder';

export interface Line {
  /** The line without its break, cut to the first `keep` characters when longer. */
  text: string;
  /** Its full length in characters. */
  length: number;
}

/** A line as kept in a chunk: its text, or, when it was cut, a Line (an object per line cost a third of the memory). */
export type ChunkLine = string | Line;

const lineOf = (l: ChunkLine): Line => (typeof l === 'string' ? { text: l, length: l.length } : l);

/**
 * The lines that each chunk of the input completes, one array per chunk (a chunk that completes none yields
 * nothing). Splits on \n, \r\n and a lone \r, as readline does; a final line without a break is a line too.
 */
export async function* readLineChunks(input: AsyncIterable<Buffer | string>, keep: number): AsyncGenerator<ChunkLine[]> {
  const decoder = new StringDecoder('utf8');
  const breaks = /\r\n?|\n/g;
  let head = '';
  let length = 0;
  let pending = false; // a line is open (text seen since the last break)
  let afterCr = false; // the last chunk ended on \r: a \n starting the next one belongs to it
  const add = (part: string) => {
    if (part === '') return;
    pending = true;
    length += part.length;
    if (head.length < keep) head += part.slice(0, keep - head.length);
  };
  const take = (): ChunkLine => {
    const line = length > head.length ? { text: head, length } : head;
    head = '';
    length = 0;
    pending = false;
    return line;
  };
  for await (const chunk of input) {
    let text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (afterCr && text.startsWith('\n')) text = text.slice(1);
    afterCr = false;
    const lines: ChunkLine[] = [];
    let start = 0;
    breaks.lastIndex = 0;
    for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
      add(text.slice(start, m.index));
      lines.push(take());
      start = m.index + m[0].length;
      if (m[0] === '\r' && start === text.length) afterCr = true;
    }
    add(text.slice(start));
    if (lines.length > 0) yield lines;
  }
  add(decoder.end());
  if (pending) yield [take()];
}

/** The same lines one at a time. */
export async function* readLines(input: AsyncIterable<Buffer | string>, keep: number): AsyncGenerator<Line> {
  for await (const lines of readLineChunks(input, keep)) for (const l of lines) yield lineOf(l);
}
