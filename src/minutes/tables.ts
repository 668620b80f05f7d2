// Resolution tables: tab-separated (Word and Excel copies, .docx tables) or pipe/markdown rows. Columns are
// found from the header row (ردیف، مصوبه، متولی، بازه زمانی / #, Action, Owner, Due) or guessed from the cells.
import { parseNumber } from '../core/numbers.js';
import { pipeActionTable } from './html-table.js';
import { Txt } from './normalize.js';
import type { Line } from './sections.js';

export interface TableRow {
  line: number;
  number: number | null;
  text: Txt;
  /** The owner cell, or null when the table has no owner column. */
  owner: Txt | null;
  /** The deadline cell, or null when the table has no deadline column. */
  deadline: Txt | null;
}

type Role = 'number' | 'text' | 'owner' | 'deadline' | 'skip';

/**
 * Who helps is not who acts: «دستگاه همکار», «همکاران», «Supported by» head the partners' column, which would
 * otherwise pass for the owners' («دستگاه …»).
 */
const PARTNER =
  /^(?:(?:دستگاه|واحد|نهاد)(?:\s*(?:های|ها))?\s+)?همکار|^(?:supported\s+by|support(?:ing)?|consulted|informed|partners?|with)$/i;

const ROLE_WORDS: [Role, RegExp][] = [
  ['number', /^(?:ردیف|شماره|#|no\.?|number|item\s*#|بند|row)$/i],
  ['skip', PARTNER],
  [
    'owner',
    /متولی|مسئول|اقدام\s*کننده|مجری|پیگیری\s*کننده|عهده\s*دار|دستگاه|مرجع\s+(?:اقدام|پیگیری)|پاسخ\s*گو|واحد\s+(?:مربوط|اقدام|اجرایی)|owner|responsible|assignee|assigned|action\s+by|who|lead|^(?:persons?|people|dri|names?|by\s+whom|champion|نام|نام\s+و\s+نام\s+خانوادگی)$/i,
  ],
  ['deadline', /بازه|مهلت|زمان|سررسید|موعد|تاریخ|^مدت|deadline|due|when|date|timeline|time\s*frame|^eta$|target|^by$/i],
  ['skip', /وضعیت|status|توضیحات|ملاحظات|notes?|remarks?|نتیجه/i],
  ['text', /مصوب|شرح|عنوان|موضوع|تصمیم|متن|decision|action|item|description|task|resolution|what|summary/i],
];

export function isTableRow(line: Line): boolean {
  const c = line.raw.c;
  if (c.includes('\t')) return c.split('\t').filter((x) => x.trim()).length >= 2;
  // A Markdown table may leave out its edge pipes («Action | Who | By when»): three cells at least.
  return (/^\s*\|.*\|/.test(c) && c.split('|').length >= 3) || /^[^|\s][^|]*\s\|\s[^|]*\s\|\s/.test(c);
}

export function cells(line: Line): Txt[] {
  const raw = line.raw;
  if (raw.c.includes('\t')) return raw.split(/\t/g).map((x) => x.trim());
  const parts = raw
    .trim()
    .split(/\|/g)
    .map((x) => x.trim());
  return parts.slice(parts[0]?.c === '' ? 1 : 0, parts[parts.length - 1]?.c === '' ? -1 : undefined);
}

export const isSeparator = (row: Txt[]) => row.every((x) => /^:?-{2,}:?$|^$/.test(x.c));

function headerRoles(row: Txt[]): Role[] | null {
  const roles = row.map((cell) => {
    const c = cell.c.replace(/[*_]/g, '').trim();
    if (!c || c.length > 40) return null;
    return ROLE_WORDS.find(([, re]) => re.test(c))?.[0] ?? null;
  });
  const known = roles.filter(Boolean).length;
  if (known < 2 || !roles.includes('text')) return null;
  return roles.map((r) => r ?? 'skip');
}

/**
 * «موضوع | شرح اقدام | مسئول», «Topic | Decision | Action | Owner»: of several text columns the one that says what
 * is to be done is the resolution, before the decision and the subject it belongs to.
 */
const TEXT_RANK: RegExp[] = [/اقدام|action|task|to\s*-?\s*do/i, /مصوب|تصمیم|decision|resolution|شرح|متن|description/i];

function oneTextColumn(roles: Role[], header: Txt[]): Role[] {
  const texts = roles.flatMap((r, i) => (r === 'text' ? [i] : []));
  if (texts.length < 2) return roles;
  const rank = (i: number) => {
    const at = TEXT_RANK.findIndex((re) => re.test(header[i]!.c));
    return at < 0 ? TEXT_RANK.length : at;
  };
  const best = texts.reduce((a, b) => (rank(b) < rank(a) ? b : a));
  return roles.map((r, i) => (r === 'text' && i !== best ? 'skip' : r));
}

/** Guesses roles from the data when there is no header row: numbers, the long text, dates, short names. */
function guessRoles(rows: Txt[][]): Role[] {
  const width = Math.max(...rows.map((r) => r.length));
  const roles: Role[] = Array(width).fill('skip');
  const col = (i: number) => rows.map((r) => r[i]?.c ?? '');
  let textCol = 0;
  let best = -1;
  for (let i = 0; i < width; i++) {
    const cs = col(i);
    const avg = cs.reduce((n, x) => n + x.length, 0) / cs.length;
    if (cs.filter((x) => parseNumber(x) !== null).length >= cs.length * 0.6) roles[i] = 'number';
    else if (avg > best) {
      best = avg;
      textCol = i;
    }
  }
  roles[textCol] = 'text';
  for (let i = textCol + 1; i < width; i++) {
    if (roles[i] !== 'skip') continue;
    const cs = col(i).filter((x) => x.trim() && !/^-+$/.test(x.trim()));
    const role: Role = mostlyDates(cs) ? 'deadline' : 'owner';
    if (!roles.includes(role)) roles[i] = role;
  }
  return roles;
}

/** Whether most of a column's filled cells say when, not who. */
function mostlyDates(cells: string[]): boolean {
  const cs = cells.filter((x) => x.trim() && !/^-+$/.test(x.trim()));
  const datey = cs.filter((x) =>
    /\d{2,4}[/-]\d|ظرف|تا\s|پایان|هفته|ماه|روز|جلسه|فوری|\d|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|next|end|asap|weeks?|months?|meeting|quarter|q[1-4]|ongoing|tbc|tbd)\b/i.test(
      x,
    ),
  ).length;
  return cs.length > 0 && datey >= cs.length * 0.5;
}

/**
 * Where a second table starts among rows read as one (tables one under another, a blank line apart): a row past
 * the first table's heading that is itself a heading — one a separator row underlines (`|---|`), or one that
 * has a number column (`ردیف`, `#`) — starts new columns. A data row that merely holds such words does neither.
 */
function tableStarts(rows: Txt[][]): number[] {
  const starts = [0];
  for (let i = 1; i < rows.length; i++) {
    if (isSeparator(rows[i]!) || i - starts[starts.length - 1]! < 3) continue;
    const roles = headerRoles(rows[i]!);
    const underlined = !!rows[i + 1]?.length && isSeparator(rows[i + 1]!);
    if (roles && (underlined || roles.includes('number'))) starts.push(i);
  }
  return starts;
}

/** Reads table lines (already known to be rows). `strict` accepts headerless tables. */
export function readTable(lines: Line[], strict: boolean): TableRow[] {
  const all = lines.map((l) => cells(l));
  const starts = tableStarts(all);
  if (starts.length > 1)
    return starts.flatMap((s, k) => readOneTable(lines.slice(s, starts[k + 1]), strict && k === 0));
  return readOneTable(lines, strict);
}

function readOneTable(lines: Line[], strict: boolean): TableRow[] {
  const rows = lines.map((l) => ({ line: l.no, cells: cells(l) })).filter((r) => !isSeparator(r.cells));
  if (!rows.length) return [];
  const headerAt = rows.findIndex((r) => headerRoles(r.cells));
  let roles: Role[];
  let data = rows;
  if (headerAt >= 0 && headerAt < 3) {
    roles = oneTextColumn(headerRoles(rows[headerAt]!.cells)!, rows[headerAt]!.cells);
    data = rows.slice(headerAt + 1);
  } else if (strict) {
    // A row a separator underlines is the heading, even one whose words say nothing known («Points: | Notes: |
    // Resposible:»): the columns are guessed from the rows under it.
    const underlined = lines.length > 2 && isSeparator(cells(lines[1]!)) ? 1 : 0;
    data = rows.slice(underlined);
    roles = guessRoles(data.map((r) => r.cells));
  } else {
    return [];
  }
  // «Action | By | When»: a column headed «By» alone holds who when its cells are names, and by when otherwise.
  if (headerAt >= 0 && !roles.includes('owner')) {
    const by = rows[headerAt]!.cells.findIndex((c) => /^by$/i.test(c.c.replace(/[*_]/g, '').trim()));
    if (by >= 0 && roles[by] === 'deadline' && !mostlyDates(data.map((r) => r.cells[by]?.c ?? '')))
      roles = roles.map((r, i) => (i === by ? 'owner' : r));
  }
  const at = (role: Role) => roles.indexOf(role);
  // «متولی / همکار»: one column for who acts and who helps; what the cell names after its slash only helps.
  const ownerHeading = headerAt >= 0 && at('owner') >= 0 ? rows[headerAt]!.cells[at('owner')]!.c : '';
  const paired = /[/|]\s*(?:(?:دستگاه|واحد)(?:\s*(?:های|ها))?\s+)?همکار|[/|]\s*(?:support|partner)/i.test(ownerHeading);
  const out: TableRow[] = [];
  for (const row of data) {
    const get = (role: Role) => (at(role) >= 0 ? (row.cells[at(role)] ?? row.cells[0]!.slice(0, 0)) : null);
    const text = get('text');
    if (!text?.c) continue;
    const numberCell = get('number');
    const number = numberCell ? parseNumber(numberCell.c.replace(/[.\-)]$/, '')) : null;
    const prev = out[out.length - 1];
    if (numberCell && !numberCell.c && prev) {
      // A merged or wrapped cell: the row continues the previous resolution.
      prev.text = Txt.join([prev.text, text]);
      continue;
    }
    const ownerCell = get('owner');
    const slash = paired && ownerCell ? ownerCell.c.search(/\s*[/|]/) : -1;
    const owner = slash > 0 ? ownerCell!.slice(0, slash) : ownerCell;
    out.push({ line: row.line, number, text, owner, deadline: get('deadline') });
  }
  return out;
}

/** A heading cell alone on its line: its role, or null when it names none. */
function flatRole(line: Line): Role | null {
  const c = line.raw.c.replace(/[*_:]/g, '').trim();
  if (!c || c.length > 40 || isTableRow(line)) return null;
  return ROLE_WORDS.find(([, re]) => re.test(c))?.[0] ?? null;
}

/**
 * A table copied from a web page or a Word file with one cell to a line: «ردیف», «شرح مصوبه», «مسئول اجرا», «مهلت»
 * on lines of their own, then each row as its number and its cells, one under another. Read when a number heading
 * opens it, two headings or more follow it (one of them the text), and each row starts with its running number
 * and holds as many cells as there are headings; it ends at the first row that does not. Returns the rows and the
 * index of the first line after them, or null.
 */
export function readFlatTable(lines: Line[], at: number): { rows: TableRow[]; next: number } | null {
  if (flatRole(lines[at]!) !== 'number') return null;
  const filled: number[] = [];
  // At most a dozen headings, and then the rows: each line is looked at once.
  let i = at + 1;
  const header: Txt[] = [lines[at]!.raw.trim()];
  const roles: Role[] = ['number'];
  for (; i < lines.length && header.length < 12; i++) {
    const line = lines[i]!;
    if (!line.raw.c.trim()) continue;
    const role = flatRole(line);
    if (!role || role === 'number') break;
    header.push(line.raw.trim());
    roles.push(role);
  }
  if (header.length < 3 || !roles.includes('text') || !(roles.includes('owner') || roles.includes('deadline')))
    return null;
  const width = header.length;
  const columns = oneTextColumn(roles, header);
  const rows: TableRow[] = [];
  let next = i;
  for (let expect = 1; ; expect++) {
    filled.length = 0;
    let j = next;
    for (; j < lines.length && filled.length < width; j++) if (lines[j]!.raw.c.trim()) filled.push(j);
    if (filled.length < width) break;
    const cellsOf = filled.map((k) => lines[k]!.raw.trim());
    if (parseNumber(cellsOf[0]!.c.replace(/[.\-)]$/, '')) !== expect) break;
    // A row whose cells run into the next row's number has a cell wrapped on two lines: it is not read as cells.
    if (cellsOf.slice(1).some((c) => parseNumber(c.c.replace(/[.\-)]$/, '')) === expect + 1)) break;
    const get = (role: Role) => {
      const k = columns.indexOf(role);
      return k >= 0 ? cellsOf[k]! : null;
    };
    const text = get('text');
    if (!text?.c) break;
    // The last row is followed by a line of prose or a signature, not by a short line with no mark: that is
    // one of its cells wrapped on two lines.
    let after = j;
    while (after < lines.length && !lines[after]!.raw.c.trim()) after++;
    const tail = lines[after]?.raw.c.trim() ?? '';
    const wrapped =
      !!tail &&
      parseNumber(tail.replace(/[.\-)]$/, '')) !== expect + 1 &&
      !/[:.!?؟]/.test(tail) &&
      tail.split(/\s+/).length <= 5;
    if (wrapped) break;
    rows.push({ line: lines[filled[0]!]!.no, number: expect, text, owner: get('owner'), deadline: get('deadline') });
    next = j;
  }
  return rows.length ? { rows, next } : null;
}

/**
 * The rows of a Markdown table whose heading row (underlined by a separator) holds one column of actions and who
 * does them («Actions: Responsible/None»), from `at`; null when the table there is not one.
 */
export function actionTableAt(lines: Line[], at: number): { heads: string[]; rows: Line[] } | null {
  const head = lines[at];
  const under = lines[at + 1];
  if (!head || !under || !isTableRow(head) || !isTableRow(under) || !isSeparator(cells(under))) return null;
  const heads = cells(head).map((c) => c.c.replace(/<[^>]*>|[*_]/g, '').trim());
  if (!pipeActionTable(heads)) return null;
  let end = at + 2;
  while (end < lines.length && isTableRow(lines[end]!)) end++;
  return { heads, rows: lines.slice(at + 2, end) };
}
