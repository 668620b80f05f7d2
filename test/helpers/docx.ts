// A .docx read back: its parts unzipped, the body's table as rows of cells of lines, and the text of a part, so
// a test asserts what Word would show (and the right-to-left and font markers it would obey).
import JSZip from 'jszip';

export interface DocxParts {
  files: string[];
  part(name: string): string;
}

/** The document's parts; the XML ones as text. jszip is the unzipper mammoth (which reads minutes) brings. */
export async function openDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.keys(zip.files);
  const texts = new Map<string, string>();
  for (const name of files.filter((f) => f.endsWith('.xml') || f.endsWith('.rels'))) {
    texts.set(name, await zip.file(name)!.async('string'));
  }
  return {
    files,
    part(name) {
      const text = texts.get(name);
      if (text === undefined) throw new Error(`no ${name} in the document (has ${files.join(', ')})`);
      return text;
    },
  };
}

const fromXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

const all = (xml: string, tag: string) =>
  [...xml.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!);

/** Each paragraph's text. */
export function paragraphs(xml: string): string[] {
  return all(xml, 'w:p').map((p) =>
    all(p, 'w:t')
      .map((t) => fromXml(t))
      .join(''),
  );
}

export interface DocxCell {
  lines: string[];
  /** `restart` where a cell spans the rows below it, `continue` in those rows. */
  vMerge: 'restart' | 'continue' | null;
}

/** The rows of the document's tables, each a list of cells. */
export function tableRows(xml: string): DocxCell[][] {
  return all(xml, 'w:tr').map((tr) =>
    all(tr, 'w:tc').map((tc) => {
      const merge = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(tc);
      return {
        lines: paragraphs(tc),
        vMerge: merge ? ((merge[1] ?? 'continue') as 'restart' | 'continue') : null,
      };
    }),
  );
}

/** The cells' first lines, a row at a time: what a reader sees at a glance. */
export const rowTexts = (rows: DocxCell[][]) => rows.map((r) => r.map((c) => c.lines.join('\n')));
