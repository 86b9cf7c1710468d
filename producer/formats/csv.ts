// Splitting delimited text lines (RFC 4180 quoting); shared by the replay reader and the companies loader.

export function splitDelimited(line: string, delimiter = ','): string[] {
  if (!line.includes('"')) return line.split(delimiter);
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}

/** The delimiter of a header line: comma unless the line clearly uses semicolons or tabs instead. */
export function detectDelimiter(header: string): ',' | ';' | '\t' {
  const count = (d: string) => header.split(d).length - 1;
  const commas = count(',');
  if (count('\t') > commas && count('\t') >= count(';')) return '\t';
  if (count(';') > commas) return ';';
  return ',';
}
