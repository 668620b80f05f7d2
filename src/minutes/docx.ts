// .docx → text the parser reads: mammoth gives HTML, in which tables become tab-separated rows and lists
// numbered or bulleted lines, so a Word table and a Word list parse like their plain-text twins.
import { MinutesError } from './types.js';
import { assertUnpackedSize } from './zip-bound.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

/** Walks mammoth's (flat, well-formed) HTML once, keeping only what the parser needs. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  const lists: { ordered: boolean; n: number }[] = [];
  let line = '';
  /** A list number or heading mark waiting for the first words of its line. */
  let prefix = '';
  let row: string[] | null = null;
  let cell: string | null = null;
  let tableDepth = 0;
  const flush = () => {
    if (cell !== null) cell += ' ';
    else if (line.trim()) out.push(line.trimEnd());
    if (cell === null) line = '';
  };
  for (const m of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*>|([^<]+)/gi)) {
    if (m[3] !== undefined) {
      const text = decode(m[3]).replace(/[\t\n]+/g, ' ');
      if (cell !== null) cell += text;
      else if (line || text.trim()) {
        line = (line ? line : prefix) + text;
        prefix = '';
      }
      continue;
    }
    const closing = m[1] === '/';
    const tag = m[2]!.toLowerCase();
    if (tag === 'table') {
      flush();
      tableDepth += closing ? -1 : 1;
    } else if (tag === 'tr' && tableDepth === 1) {
      if (closing && row) out.push(row.join('\t'));
      row = closing ? null : [];
    } else if ((tag === 'td' || tag === 'th') && tableDepth === 1) {
      if (closing && cell !== null) row?.push(cell.replace(/\s+/g, ' ').trim());
      cell = closing ? null : '';
    } else if (tag === 'br') {
      if (cell !== null) cell += ' ';
      else flush();
    } else if (tag === 'ol' || tag === 'ul') {
      flush();
      if (closing) lists.pop();
      else lists.push({ ordered: tag === 'ol', n: 0 });
    } else if (tag === 'li') {
      flush();
      const list = lists[lists.length - 1];
      if (!closing && list && cell === null) {
        list.n++;
        prefix = `${'  '.repeat(lists.length - 1)}${list.ordered ? `${list.n}. ` : '- '}`;
      }
    } else if (/^(?:p|div|h[1-6])$/.test(tag)) {
      flush();
      if (!closing && tag[0] === 'h' && cell === null) prefix = `${'#'.repeat(Number(tag[1]))} `;
    }
  }
  flush();
  return out.join('\n');
}

/** The text of a .docx; a damaged or non-Word file is a MinutesError with a message for the secretary. */
export async function docxToText(buffer: Buffer): Promise<string> {
  assertUnpackedSize(buffer);
  let html: string;
  try {
    // Loaded on the first .docx: most deployments read text minutes and need not carry it in memory.
    const { default: mammoth } = await import('mammoth');
    html = (await mammoth.convertToHtml({ buffer })).value;
  } catch {
    throw new MinutesError(
      'This .docx file could not be opened: it looks damaged or incomplete. Save it again from Word and send it once more.',
    );
  }
  return htmlToText(html);
}
