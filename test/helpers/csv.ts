// RFC 4180 fields, for reading a report's CSV back (after its byte-order mark).
export function parseCsv(text: string): string[][] {
  const out: string[][] = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[++i];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',' || (c === '\r' && text[i + 1] === '\n')) {
      out.at(-1)!.push(field);
      field = '';
      if (c === '\r') {
        out.push([]);
        i++;
      }
    } else field += c;
  }
  return out.filter((r) => r.length > 0);
}
