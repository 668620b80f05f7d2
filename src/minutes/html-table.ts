// Raw HTML tables inside Markdown (wiki and notes exports write one on a single line): each cell's list items
// are separate entries. A column headed for actions («Actions: Responsible», «اقدامات») holds action items;
// other columns give only what reads as a decision («Agreed to …», «مقرر شد …»).
import type { Draft } from './items.js';
import { DECISION_START } from './lexicon.js';
import type { Txt } from './normalize.js';
import type { Line } from './sections.js';

export const isHtmlTable = (line: Line) => /^<table\b/i.test(line.body.c);

const ACTION_HEAD = /action|responsible|اقدام|مسئول/i;
const NOTES_HEAD = /notes?|discussion|توضیح|مذاکرات/i;

/** Pieces of `t` between an opening tag and the matching close, as offsets into `t.c`. */
function spans(t: Txt, tag: string): Txt[] {
  const out: Txt[] = [];
  const re = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'gi');
  for (const m of t.c.matchAll(re)) {
    const start = m.index + m[0].indexOf('>') + 1;
    out.push(t.slice(start, start + m[1]!.length));
  }
  return out;
}

const plain = (t: Txt) => t.remove(/<[^>]*>/g).trim();

/**
 * The column of actions: one whose heading opens with them («Actions: Responsible / None»), or names them and not
 * the notes («Notes/Action Items» holds notes).
 */
const actionColumn = (heads: string[]) => {
  const lead = heads.findIndex((h) => /^\W*actions?\b/i.test(h));
  return lead >= 0 ? lead : heads.findIndex((h) => ACTION_HEAD.test(h) && !NOTES_HEAD.test(h));
};

/** A body that settles something in a notes cell: «Group agreed to publish …», «The committee decided to …». */
const BODY_DECIDED = /^(?:[\p{L}&-]+\s+){1,3}?(?:agreed|decided|resolved|voted)\s+(?:to|that|unanimously)\s/iu;

/** An empty cell, or one that says there is nothing to do («N/A», «No action», «None»). */
const NOTHING = /^(?:n\/?a|none|no\s+actions?|-+|tbd)\.?$/i;

export function htmlTableDrafts(line: Line): { draft: Draft; action: boolean }[] {
  const rows = spans(line.body, 'tr');
  const head = rows.find((r) => /<th\b/i.test(r.c));
  const heads = head ? spans(head, 'th').map((h) => plain(h).c) : [];
  return tableDrafts(
    heads,
    rows.filter((r) => r !== head).map((row) => ({ no: line.no, cells: spans(row, 'td') })),
  );
}

/**
 * A Markdown table whose one heading names both the actions and who does them («Actions: Responsible/None»),
 * beside the topic and the notes: its cells are read as an HTML table's are (the list items in a cell, written
 * as HTML, are entries each), the actions from that column and only what decides from the others.
 */
export function pipeActionTable(heads: string[]): boolean {
  const at = actionColumn(heads);
  return at >= 0 && /^\W*actions?\b/i.test(heads[at]!) && /responsib|owner|who/i.test(heads[at]!) && heads.length >= 2;
}

/** A table's rows, HTML or Markdown, read by its headings: the entries of its actions column, and what decides elsewhere. */
export function tableDrafts(
  heads: string[],
  rows: { no: number; cells: Txt[] }[],
): { draft: Draft; action: boolean }[] {
  const actionCol = actionColumn(heads);
  const out: { draft: Draft; action: boolean }[] = [];
  for (const row of rows) {
    row.cells.forEach((cell, col) => {
      const items = spans(cell, 'li');
      for (const item of (items.length ? items : [cell]).map(plain)) {
        const action = col === actionCol;
        if (!item.c || NOTHING.test(item.c) || !(action || DECISION_START.test(item.c) || BODY_DECIDED.test(item.c)))
          continue;
        const draft: Draft = {
          line: row.no,
          number: null,
          text: item,
          owner: null,
          ownerColumn: false,
          deadline: null,
          deadlineColumn: false,
          marker: 'bullet',
        };
        out.push({ draft, action });
      }
    });
  }
  return out;
}
