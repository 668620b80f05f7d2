// Right-to-left text in the right order. Chat clients lay out each line by the Unicode bidi algorithm, taking
// the line's direction from its first strong letter: «مثلاً /done ۳» would show the slash after the word
// (`done ۳/`) and a line that opens with a command would turn left-to-right. Every string an adapter sends
// (messages, button alerts, notification previews, file captions, the line under a pressed message) passes
// through `layout` once, with the marks its platform's clients handle.
import type { Language } from '../../core/types.js';

export interface BidiMarks {
  /** Opens a left-to-right fragment. */
  open: string;
  /** Closes it. */
  close: string;
  /** Put at the start of a line whose first strong letter is Latin, so the line stays right-to-left. */
  rtl: string;
}

/**
 * Telegram and Bale clients (old Android ones included) know the plain marks LRM and RLM; a mark right before
 * a command is not a word character, so the command is still detected and clickable. The RLM after each
 * fragment hands what follows back to the line: «a، b» lists then run right to left.
 */
export const MARK_BIDI: BidiMarks = { open: '\u200E', close: '\u200E\u200F', rtl: '\u200F' };
/** Slack's clients are browsers: isolates (LRI … PDI) keep a fragment whole without touching its neighbours. */
export const ISOLATE_BIDI: BidiMarks = { open: '\u2066', close: '\u2069', rtl: '\u200F' };

const DIGIT = '0-9۰-۹٠-٩';
/**
 * What a Latin word or number may hold after its first character (`_.:/+-`, as in `10:00`, `a_b`, a link);
 * its last is no `.` or `:`, which end the Persian sentence or introduce what follows, and so stay outside.
 */
const REST = `(?:[A-Za-z${DIGIT}_.:/+\\-]*[A-Za-z${DIGIT}_/+\\-])?`;
/** A token that continues a left-to-right fragment after a space: Latin words, numbers, dates, `3d`, `10:00`. */
const TOKEN = `[A-Za-z${DIGIT}]${REST}`;
/**
 * A command with the Latin and numeric arguments after it, a Latin phrase, or a number with separators
 * (a date, a time, a range). A lone number needs nothing: the algorithm keeps it whole.
 */
const FRAGMENT = new RegExp(
  `(?:\\/[A-Za-z_]+(?:@\\w+)?|[A-Za-z]${REST}|[${DIGIT}]+(?:[/:\\-.][${DIGIT}]+)+[A-Za-z]*)(?: +${TOKEN})*`,
  'g',
);
/** The first strong character decides a line's direction; LRM counts, an isolate's contents do not. */
const FIRST_STRONG = /[A-Za-z\u200E\u200F\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|[\u2066-\u2068][^\u2069]*\u2069/g;

function startsLeftToRight(line: string): boolean {
  for (const [m] of line.matchAll(FIRST_STRONG)) if (!/^[\u2066-\u2068]/.test(m)) return /[A-Za-z\u200E]/.test(m);
  return false;
}

/** The left-to-right fragments of a line, in order (exported for the bidi tests). */
export function ltrFragments(line: string): string[] {
  return [...line.matchAll(FRAGMENT)].map((m) => m[0]);
}

/** Wraps every left-to-right fragment of a Persian line in marks, and keeps the line right-to-left. */
export function isolateLtr(text: string, marks: BidiMarks): string {
  return text
    .split('\n')
    .map((line) => {
      const marked = line.replace(FRAGMENT, (f) => `${marks.open}${f}${marks.close}`);
      return startsLeftToRight(marked) ? marks.rtl + marked : marked;
    })
    .join('\n');
}

/** Text as a reader of `lang` should see it: Persian laid out with `marks`, other languages as they are. */
export function layout(text: string, lang: Language, marks: BidiMarks): string {
  return lang === 'fa' ? isolateLtr(text, marks) : text;
}
