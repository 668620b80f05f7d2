// Every Persian sentence peygir says, laid out by a real implementation of the Unicode bidi algorithm the
// way a chat client shows a line (its direction from its first strong letter): the line must stay
// right-to-left, and each command with its arguments, date, time or Latin phrase must read whole, in the
// order it was written, with the fragments following one another from right to left.
import bidiModule from 'bidi-js';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { MESSAGES } from '../../../src/core/i18n.js';
import { defaultSettings } from '../../../src/core/schedule/settings.js';
import type { Language, Reply } from '../../../src/core/types.js';
import { renderPlain } from '../../../src/platforms/plain.js';
import { markPressed, renderSlack, slackText } from '../../../src/platforms/slack/render.js';
import { BALE_MARKDOWN, TELEGRAM_HTML } from '../../../src/platforms/telegram/dialect.js';
import { alertText, whoLine } from '../../../src/platforms/telegram/press.js';
import { captionText, mentionPrefix, renderTelegram } from '../../../src/platforms/telegram/render.js';
import { type BidiMarks, isolateLtr, ltrFragments, MARK_BIDI } from '../../../src/platforms/text/bidi.js';
import { blockText } from '../../slack/harness.js';

// A UMD package: at run time the default import is the factory itself; TypeScript types it as `.default`.
const bidiFactory =
  (bidiModule as unknown as { default?: typeof bidiModule.default }).default ??
  (bidiModule as unknown as typeof bidiModule.default);
const bidi = bidiFactory();

/** Sample arguments by parameter name: realistic values, with Latin names and dates among them. */
const SAMPLES: Record<string, unknown> = {
  mb: 10,
  allowed: 'pdf، png، jpg',
  size: '۱٫۲ مگابایت',
  // A mobile number as displayPhone gives it in Persian: isolated left to right.
  phone: '\u2066۰۹۱۲ ۱۲۳ ۴۵۶۷\u2069',
  n: 3,
  done: 2,
  total: 5,
  k: 2,
  open: 4,
  overdue: 1,
  notDone: 5,
  blocked: 1,
  prog: 3,
  created: 12,
  updated: 3,
  d: '۱۴۰۱/۰۸/۱۰',
  // The meeting's date as the minutes spell it: Latin digits, a two-digit year.
  written: '8/3/86',
  days: '۴',
  names: 'کمیته فاوا، کمیته UNSD',
  owner: 'کمیته UNSD',
  // The request chosen among several: an owner's name or its place in the list.
  choice: 'کمیته UNSD',
  // A request's place in the list of those waiting, and the evidence sent with a claim of «done».
  i: 2,
  evidence: 'گزارش UNSD.pdf',
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
  noun: 'group',
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
  hint: 'برای باز کردن دوباره: /reopen ۳ دلیل',
  ex: '۱۴۰۵/۰۹/۲۲',
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
  at: '۱۴۰۱/۰۸/۱۰ ۰۸:۳۰',
  code: 'ABCD-EFGH-JKMN',
  tail: 'JKMN',
  platform: 'telegram',
  p: 60,
  current: '۱۴۰۱/۰۸/۱۰',
};
/** Parameters whose name says too little. */
const SPECIAL: Record<string, unknown[]> = {
  'fa.daysOverdue': [5],
  'fa.remind.settingsLine': [defaultSettings(loadConfig({}))],
  'fa.datePast': ['2026-04-04'],
  'fa.memory.noOwner': [[8, 9]],
};

function params(fn: (...args: never[]) => unknown): string[] {
  const m = /^\(?([^)=]*)\)?\s*=>/.exec(fn.toString());
  return (m?.[1] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Every template under `path` (`fa` or `en`), filled in: `[where, sentence]`. */
function templates(o: unknown, path: string): [string, string][] {
  if (typeof o === 'string') return [[path, o]];
  if (typeof o === 'function') {
    const fn = o as (...args: unknown[]) => unknown;
    const args =
      SPECIAL[path.replace(/^en\./, 'fa.')] ??
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
/** Every template in either language. */
const BOTH = [...ALL, ...templates(MESSAGES.en, 'en')];
const textReply = (text: string): Reply => ({ blocks: [{ type: 'text', text }] });
const unHtml = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
/** The word joiners that keep Bale from reading a marker show nothing. */
const unBale = (s: string) => s.replace(/\u2060/g, '');
const unMrkdwn = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

const SARA = { id: 7, name: 'Sara Ahmadi' };
const slackBlocks = (s: string, lang: Language) => renderSlack(textReply(s), lang)[0]!;

/**
 * Every way a sentence leaves peygir for a chat, as the reader's client gets it (markup read, marks kept):
 * messages, the line that names whom a question is for, button alerts, the line under a pressed message, file
 * captions, Slack's `text` (notifications and previews) and the line that replaces pressed buttons.
 */
const WAYS_OUT: Record<string, (s: string, lang: Language) => string> = {
  'Telegram message': (s, lang) =>
    renderTelegram(textReply(s), lang)
      .map((m) => unHtml(m.text))
      .join('\n'),
  'Telegram question': (s, lang) =>
    unHtml(mentionPrefix(TELEGRAM_HTML, SARA, lang) + renderTelegram(textReply(s), lang)[0]!.text),
  'Telegram alert': (s, lang) => alertText(textReply(s), lang, TELEGRAM_HTML),
  'Telegram pressed': (s, lang) => whoLine(SARA.name, s, lang, TELEGRAM_HTML).text,
  'Telegram caption': (s, lang) => unHtml(captionText(s, lang, TELEGRAM_HTML)),
  'Bale message': (s, lang) =>
    renderTelegram(textReply(s), lang, BALE_MARKDOWN)
      .map((m) => unBale(m.text))
      .join('\n'),
  'Bale question': (s, lang) =>
    unBale(mentionPrefix(BALE_MARKDOWN, SARA, lang) + renderTelegram(textReply(s), lang, BALE_MARKDOWN)[0]!.text),
  'Bale alert': (s, lang) => alertText(textReply(s), lang, BALE_MARKDOWN),
  'Bale pressed': (s, lang) => unBale(whoLine(SARA.name, s, lang, BALE_MARKDOWN).text),
  'Bale caption': (s, lang) => unBale(captionText(s, lang, BALE_MARKDOWN)),
  'Slack message': (s, lang) => unMrkdwn(String((slackBlocks(s, lang).blocks[0]!.text as { text: string }).text)),
  'Slack text': (s, lang) => unMrkdwn(slackBlocks(s, lang).text),
  'Slack pressed': (s, lang) => unMrkdwn(blockText(markPressed([], 1, s, lang))),
  'Slack file comment': (s, lang) => unMrkdwn(slackText(s, lang)),
};

describe('words for people, not for operators', () => {
  it('no sentence, in either language, names a configuration variable', () => {
    expect(BOTH.length).toBeGreaterThan(2 * 120);
    expect(BOTH.filter(([, s]) => /\b[A-Z]{2,}_[A-Z_]{2,}\b/.test(s))).toEqual([]);
  });
});

describe('right-to-left order of every Persian template', () => {
  it('covers the whole catalogue, commands and Latin fragments included', () => {
    expect(ALL.length).toBeGreaterThan(120);
    const fragments = ALL.flatMap(([, s]) => ltrFragments(s));
    expect(fragments).toEqual(expect.arrayContaining(['/done ۳', '/snooze ۳ ۱۴۰۵/۰۹/۲۲', 'UNSD', 'weekly sun 10:00']));
  });

  it('measures something: without marks the known cases come out scrambled', () => {
    expect(visual('مثلاً /done ۳').shown).toContain('done ۳/');
    expect(problems('مثلاً /snooze ۳ ۱۴۰۱/۰۸/۱۰', 'مثلاً /snooze ۳ ۱۴۰۱/۰۸/۱۰')).not.toEqual([]);
    const scrambled = ALL.filter(([, s]) => s.split('\n').some((l) => problems(l, l).length > 0));
    expect(scrambled.length).toBeGreaterThan(20);
  });

  it(`reads right on every way out: ${Object.keys(WAYS_OUT).join(', ')}`, () => {
    const wrong = Object.entries(WAYS_OUT).flatMap(([way, send]) =>
      ALL.flatMap(([where, s]) => {
        // The same way out for an English reader adds no marks: that is the line as written.
        const written = send(s, 'en').split('\n');
        const shown = send(s, 'fa').split('\n');
        return written.flatMap((l, i) => problems(l, shown[i] ?? '').map((p) => `${way}, ${where}: ${p}`));
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('measures the ways out too: a button alert without the layout reads scrambled', () => {
    const unlaid = ALL.filter(([, s]) => {
      const line = renderPlain(textReply(s), 'fa').replace(/\n+/g, ' ');
      return problems(line, line).length > 0;
    });
    expect(unlaid.length).toBeGreaterThan(20);
  });

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
