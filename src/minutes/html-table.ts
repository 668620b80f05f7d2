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

export function htmlTableDrafts(line: Line): { draft: Draft; action: boolean }[] {
  const rows = spans(line.body, 'tr');
  const head = rows.find((r) => /<th\b/i.test(r.c));
  const heads = head ? spans(head, 'th').map((h) => plain(h).c) : [];
  const actionCol = heads.findIndex((h) => ACTION_HEAD.test(h) && !NOTES_HEAD.test(h));
  const out: { draft: Draft; action: boolean }[] = [];
  for (const row of rows) {
    if (row === head) continue;
    spans(row, 'td').forEach((cell, col) => {
      const items = spans(cell, 'li');
      for (const item of (items.length ? items : [cell]).map(plain)) {
        const action = col === actionCol;
        if (!item.c || !(action || DECISION_START.test(item.c))) continue;
        const draft: Draft = {
          line: line.no,
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
