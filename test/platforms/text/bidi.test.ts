// Every Persian sentence peygir says, laid out by a real implementation of the Unicode bidi algorithm the
// way a chat client shows a line (its direction from its first strong letter): the line must stay
// right-to-left, and each command with its arguments, date, time or Latin phrase must read whole, in the
// order it was written, with the fragments following one another from right to left.
import bidiModule from 'bidi-js';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { MESSAGES } from '../../../src/core/i18n.js';
import { defaultSettings } from '../../../src/core/schedule/settings.js';
import type { Reply } from '../../../src/core/types.js';
import { renderSlack } from '../../../src/platforms/slack/render.js';
import { BALE_MARKDOWN } from '../../../src/platforms/telegram/dialect.js';
import { renderTelegram } from '../../../src/platforms/telegram/render.js';
import { type BidiMarks, isolateLtr, ltrFragments, MARK_BIDI } from '../../../src/platforms/text/bidi.js';

// A UMD package: at run time the default import is the factory itself; TypeScript types it as `.default`.
const bidiFactory =
  (bidiModule as unknown as { default?: typeof bidiModule.default }).default ??
  (bidiModule as unknown as typeof bidiModule.default);
const bidi = bidiFactory();

/** Sample arguments by parameter name: realistic values, with Latin names and dates among them. */
const SAMPLES: Record<string, unknown> = {
  n: 3,
  done: 2,
  total: 5,
  k: 2,
  open: 4,
  overdue: 1,
  prog: 3,
  created: 12,
  updated: 3,
  d: '۱۴۰۱/۰۸/۱۰',
  days: '۴',
  names: 'کمیته فاوا، کمیته UNSD',
  owner: 'کمیته UNSD',
  owners: 'کمیته فاوا',
  who: 'کمیته فاوا',
  name: 'کارگروه GIS',
  known: 'کمیته فاوا، کمیته UNSD',
  pairs: 'کمیته فاوا = کمیته فناوری',
  cmd: 'done',
  token: 'abc',
  s: 'در حال انجام',
  from: 'باز',
  to: 'انجام شد',
  when: '۱۴۰۱/۰۸/۱۰ ۰۸:۳۰',
  date: '۱۴۰۱/۰۸/۱۰',
  until: '۱۴۰۱/۰۸/۱۷',
  note: 'نامه به UNSD ارسال شد',
  address: 'telegram:-1001234',
  line: 'روشن · هفتگی: یکشنبه ۱۰:۰۰',
  why: 'file is not a docx document',
  chat: 'گروه کمیته فاوا',
  scope: 'جلسه ۵۵',
  where: 'کمیته فاوا',
  reason: 'ربات را Sara Ahmadi از گروه حذف کرد',
  id: '-1001234',
  committee: 'کمیته فاوا',
  noun: 'گروه',
  status: 'باز',
  folder: './reports',
  chats: 'گروه کمیته فاوا',
  text: 'مصوبه نمونه',
  due: '۱۴۰۵/۱۰/۰۱',
  what: 'مهلت',
  chair: 'دکتر رحیمی',
  secretary: 'Sara Ahmadi',
  stored: 'جلسه ۵۵ · ۱۴۰۱/۰۸/۱۰',
  file: 'minutes.docx',
  role: 'دبیر',
  url: 'https://peygir.example/desk/in/abc',
  of: 12,
  meeting: '۵۵',
  row: 4,
  field: 'شماره',
  items: '۳، ۵',
  alias: 'فاوا',
  typed: '25:00',
  min: 0,
  max: 60,
  label: 'ساعت ارسال یادآوری‌ها',
  changes: 'ساعت ارسال یادآوری‌ها از «۰۹:۰۰» به «۱۰:۰۰»',
  q: 'ثبت احوال UNSD',
  limit: 4000,
  length: 4052,
  jalali: '1403/10/12',
  chosen: 'بدون مهلت',
  into: 'کارگروه GIS',
  numbers: '۵، ۷',
  by: 'Sara Ahmadi',
  mark: 'شناخته',
  spelling: 'دفتر UNSD',
  y: 1406,
  official: false,
  dates: '۱۴۰۶/۰۱/۱۴ (برآورد)، ۱۴۰۶/۰۳/۰۴ (برآورد)',
  years: '۱۴۰۵، ۱۴۰۶',
};
/** Parameters whose name says too little. */
const SPECIAL: Record<string, unknown[]> = {
  'fa.daysOverdue': [5],
  'fa.remind.settingsLine': [defaultSettings(loadConfig({}))],
  'fa.pausePast': ['2026-04-04'],
  'fa.memory.noOwner': [[8, 9]],
};

function params(fn: (...args: never[]) => unknown): string[] {
  const m = /^\(?([^)=]*)\)?\s*=>/.exec(fn.toString());
  return (m?.[1] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Every Persian template, filled in: `[where, sentence]`. */
function templates(o: unknown, path: string): [string, string][] {
  if (typeof o === 'string') return [[path, o]];
  if (typeof o === 'function') {
    const fn = o as (...args: unknown[]) => unknown;
    const args =
      SPECIAL[path] ??
      params(fn).map((p) => {
        if (!(p in SAMPLES)) throw new Error(`${path}: add a sample for parameter «${p}»`);
        return SAMPLES[p];
      });
    return templates(fn(...args), path);
  }
  if (Array.isArray(o)) return o.flatMap((v, i) => templates(v, `${path}[${i}]`));
  if (o && typeof o === 'object') return Object.entries(o).flatMap(([k, v]) => templates(v, `${path}.${k}`));
  return [];
}

const MARKS = /[\u200E\u200F\u2066-\u2069]/g;

/** What a client shows for one line, left to right on the screen, without the invisible marks. */
function visual(written: string): { rtl: boolean; shown: string } {
  // bidi-js reads UTF-16 units, so an emoji's surrogates would count as letters; Unicode makes emoji neutral.
  const line = written.replace(/\p{Extended_Pictographic}/gu, '\uFFFC');
  const levels = bidi.getEmbeddingLevels(line, 'auto');
  return { rtl: levels.paragraphs[0]!.level === 1, shown: bidi.getReorderedString(line, levels).replace(MARKS, '') };
}

/** Problems a Persian reader would see in `marked` (the line as sent), given the line as written. */
function problems(written: string, marked: string): string[] {
  const out: string[] = [];
  if (!/[\u0620-\u064A\u0671-\u06D3]/.test(written)) return out;
  const { rtl, shown } = visual(marked);
  if (!rtl) out.push('the line reads left to right');
  let before = shown.length;
  for (const fragment of ltrFragments(written)) {
    const at = shown.lastIndexOf(fragment, before - fragment.length);
    if (at < 0) out.push(`«${fragment}» is not shown whole, or not right of what follows it: ${shown}`);
    else before = at;
  }
  return out;
}

const ALL = templates(MESSAGES.fa, 'fa');
const textReply = (text: string): Reply => ({ blocks: [{ type: 'text', text }] });
const unHtml = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
/** Bale's look-alikes for its Markdown characters read as the characters themselves. */
const unBale = (s: string) => s.replace(/٭/g, '*').replace(/‗/g, '_').replace(/ˋ/g, '`').replace(/⁆/g, ']');
const unMrkdwn = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('right-to-left order of every Persian template', () => {
  it('covers the whole catalogue, commands and Latin fragments included', () => {
    expect(ALL.length).toBeGreaterThan(120);
    const fragments = ALL.flatMap(([, s]) => ltrFragments(s));
    expect(fragments).toEqual(expect.arrayContaining(['/done ۳', '/snooze ۳ ۱۴۰۱/۰۸/۱۰', 'UNSD', 'weekly sun 10:00']));
  });

  it('measures something: without marks the known cases come out scrambled', () => {
    expect(visual('مثلاً /done ۳').shown).toContain('done ۳/');
    expect(problems('مثلاً /snooze ۳ ۱۴۰۱/۰۸/۱۰', 'مثلاً /snooze ۳ ۱۴۰۱/۰۸/۱۰')).not.toEqual([]);
    const scrambled = ALL.filter(([, s]) => s.split('\n').some((l) => problems(l, l).length > 0));
    expect(scrambled.length).toBeGreaterThan(20);
  });

  for (const [name, render] of [
    [
      'Telegram',
      (s: string) =>
        renderTelegram(textReply(s), 'fa')
          .map((m) => unHtml(m.text))
          .join('\n'),
    ],
    [
      'Bale',
      (s: string) =>
        renderTelegram(textReply(s), 'fa', BALE_MARKDOWN)
          .map((m) => unBale(m.text))
          .join('\n'),
    ],
    [
      'Slack',
      (s: string) => unMrkdwn(String((renderSlack(textReply(s), 'fa')[0]!.blocks[0]!.text as { text: string }).text)),
    ],
  ] as const) {
    it(`reads right in ${name}`, () => {
      const wrong = ALL.flatMap(([where, s]) => {
        const lines = render(s).split('\n');
        return s.split('\n').flatMap((l, i) => problems(l, lines[i]!).map((p) => `${where}: ${p}`));
      });
      expect(wrong).toEqual([]);
    });
  }

  it('keeps each command a token of its own that Telegram still detects', () => {
    for (const marks of [MARK_BIDI] as BidiMarks[]) {
      for (const [where, s] of ALL) {
        const marked = isolateLtr(s, marks);
        // A slash inside a link (after `:`, `/` or a Latin letter) is a path, not a command.
        for (const m of marked.matchAll(/(?<![\w:/.])\/[a-z]+/g)) {
          const before = marked[m.index! - 1] ?? '';
          expect(`${where}: ${before}`).toMatch(/: (|\s|\u200E|\u200F|[«(،])$/u);
        }
      }
    }
  });
});
