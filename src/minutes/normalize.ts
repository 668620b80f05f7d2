// Two aligned views of the same text. `d` (display) is what the secretary wrote, cleaned of invisible
// marks and Arabic letter forms; `c` (canonical) has the same length but Latin digits, ZWNJ as a space and
// ASCII punctuation, so every rule matches one spelling while owners and texts are cut from `d` as written.

/** Marks that copied text carries invisibly (bidi controls, BOM, zero-width space, soft hyphen). */
const INVISIBLE = /[\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF\u00AD]/g;
const ODD_SPACE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** `&#x20;`, `&amp;`: what Markdown exports leave of spaces and ampersands. */
function decodeEntities(s: string): string {
  return s.replace(/&(?:#x([0-9a-f]{1,6})|#(\d{1,7})|(amp|lt|gt|quot|apos|nbsp));/gi, (all, hex, dec, name) => {
    if (name) return ENTITIES[name.toLowerCase()] ?? all;
    const code = hex ? Number.parseInt(hex, 16) : Number(dec);
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
  });
}

/** Display form: what the parser returns. Keeps digits, ZWNJ and inner spacing as written. */
export function toDisplay(raw: string): string {
  return (
    decodeEntities(raw)
      .replace(/\r\n?|[\v\f\u2028\u2029]/g, '\n')
      .replace(INVISIBLE, '')
      .replace(ODD_SPACE, ' ')
      // A run of blanks longer than any indent or column gap (a page's layout pasted as text; half-spaces, which the
      // rules read as spaces, too) is cut to 32: past that it says nothing more, and rules that look back over
      // blanks would each read it again.
      .replace(/([ \t\u200C\u200D]{32})[ \t\u200C\u200D]+/g, '$1')
      // A kashida stretching a word («شـورا») is typography; alone between spaces it is a dash and stays.
      .replace(/(?<=\p{L})\u0640+(?=\p{L})/gu, '')
      .replace(/[يى]/g, 'ی')
      .replace(/ك/g, 'ک')
      // From the first blank of a run only: tried from every blank, a long run is read again from each.
      .replace(/(?<! ) +$/gm, '')
  );
}

/** One-for-one replacements, so canonical offsets are display offsets. */
const CANON: Record<string, string> = {
  '\u200C': ' ',
  '\u200D': ' ',
  '،': ',',
  '٬': ',',
  '؛': ';',
  '؟': '?',
  '٫': '.',
  '٪': '%',
  ة: 'ه',
  أ: 'ا',
  إ: 'ا',
  ٱ: 'ا',
  ؤ: 'و',
  '–': '-',
  '—': '-',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '：': ':',
  '«': '"',
  '»': '"',
  '“': '"',
  '”': '"',
  '’': "'",
  '‘': "'",
};
for (let i = 0; i < 10; i++) {
  CANON['۰۱۲۳۴۵۶۷۸۹'[i]!] = String(i);
  CANON['٠١٢٣٤٥٦٧٨٩'[i]!] = String(i);
}
const CANON_RE = new RegExp(`[${Object.keys(CANON).join('')}]`, 'g');

export function toCanon(display: string): string {
  return display.replace(CANON_RE, (ch) => CANON[ch] ?? ch);
}

/** A piece of text in both views; every operation keeps them aligned. */
export class Txt {
  constructor(
    readonly d: string,
    readonly c: string,
  ) {}

  static of(raw: string): Txt {
    const d = toDisplay(raw);
    return new Txt(d, toCanon(d));
  }

  static join(parts: Txt[], sep = ' '): Txt {
    return new Txt(parts.map((p) => p.d).join(sep), parts.map((p) => p.c).join(sep));
  }

  get length(): number {
    return this.c.length;
  }

  slice(start: number, end?: number): Txt {
    return new Txt(this.d.slice(start, end), this.c.slice(start, end));
  }

  /** Trims whitespace and the given extra characters (canonical spelling) from both ends. */
  trim(extra = ''): Txt {
    const skip = (ch: string | undefined) => ch !== undefined && (/\s/.test(ch) || extra.includes(ch));
    let s = 0;
    let e = this.c.length;
    while (s < e && skip(this.c[s])) s++;
    while (e > s && skip(this.c[e - 1])) e--;
    return s === 0 && e === this.c.length ? this : this.slice(s, e);
  }

  lines(): Txt[] {
    const out: Txt[] = [];
    let start = 0;
    for (;;) {
      const nl = this.c.indexOf('\n', start);
      if (nl < 0) break;
      out.push(this.slice(start, nl));
      start = nl + 1;
    }
    out.push(this.slice(start));
    return out;
  }

  /** Drops every match of a canonical pattern (must be global) from both views. */
  remove(re: RegExp): Txt {
    let d = '';
    let c = '';
    let last = 0;
    for (const m of this.c.matchAll(re)) {
      d += this.d.slice(last, m.index);
      c += this.c.slice(last, m.index);
      last = m.index + m[0].length;
    }
    return last === 0 ? this : new Txt(d + this.d.slice(last), c + this.c.slice(last));
  }

  /** Splits on a canonical pattern (must be global); separators are dropped. */
  split(re: RegExp): Txt[] {
    const out: Txt[] = [];
    let last = 0;
    for (const m of this.c.matchAll(re)) {
      out.push(this.slice(last, m.index));
      last = m.index + m[0].length;
    }
    out.push(this.slice(last));
    return out;
  }
}
