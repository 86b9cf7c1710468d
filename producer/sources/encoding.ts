// A text file's bytes as text: UTF-8 (with or without a byte-order mark), or UTF-16 as Excel's "Unicode Text"
// writes it (a byte-order mark, then two bytes a character).

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The encoding its first bytes announce; UTF-8 when they announce none. */
export function sniffEncoding(head: Buffer): TextEncoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** UTF-8 passes through as bytes (the line reader decodes it); UTF-16 is decoded here, its mark dropped. */
export async function* decoded(input: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer | string> {
  let decoder: TextDecoder | undefined;
  let first = true;
  for await (const chunk of input) {
    if (typeof chunk === 'string') {
      yield chunk;
      continue;
    }
    if (first) {
      first = false;
      const encoding = sniffEncoding(chunk);
      if (encoding !== 'utf-8') decoder = new TextDecoder(encoding); // drops the byte-order mark itself
    }
    if (decoder) {
      const text = decoder.decode(chunk, { stream: true });
      if (text) yield text;
    } else yield chunk;
  }
  const rest = decoder?.decode();
  if (rest) yield rest;
}
