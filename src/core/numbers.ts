import { toLatinDigits } from './text.js';

/** Largest resolution number accepted from a user; anything longer is a typo, not an item. */
const MAX_NUMBER = 1_000_000;

/** A positive whole number written in Persian, Arabic-Indic or Latin digits, or null. */
export function parseNumber(token: string): number | null {
  const latin = toLatinDigits(token.trim());
  if (!/^\d{1,7}$/.test(latin)) return null;
  const n = Number(latin);
  return n >= 1 && n <= MAX_NUMBER ? n : null;
}

/** A reference to a resolution: its public number (`3`) or meeting/row (`55/3`). */
export type ItemRef = { kind: 'number'; number: number } | { kind: 'row'; meeting: string; row: number };

export function parseItemRef(token: string): ItemRef | null {
  const latin = toLatinDigits(token.trim());
  const slash = /^([^/\s]{1,20})[/\\](\d{1,4})$/.exec(latin);
  if (slash?.[1] && slash[2]) {
    const row = parseNumber(slash[2]);
    return row ? { kind: 'row', meeting: slash[1], row } : null;
  }
  const n = parseNumber(latin);
  return n ? { kind: 'number', number: n } : null;
}

const DIGIT = '[\\d۰-۹٠-٩]';
/** An item number (`3`, `55/3`) or something typed as one (`-3`, `3.5`), so it can be refused by name. */
const NUMBER_LIKE = new RegExp(`^(?:${DIGIT}+(?:[/\\\\]${DIGIT}+)?|-?[\\d۰-۹٠-٩.٫]+)$`);
/** Commas (Latin and Persian) anywhere, «و» only between two digits, as in `۶و۷`. */
const GLUED = new RegExp(`[,،]|(?<=${DIGIT})و(?=${DIGIT})`);

function numberPieces(word: string): string[] | null {
  const pieces = word.split(GLUED).filter(Boolean);
  return pieces.length > 0 && pieces.every((p) => NUMBER_LIKE.test(p)) ? pieces : null;
}

/**
 * Splits `3 5 ۷ note text…` into the leading item numbers and the rest. Numbers may be listed with spaces,
 * «,», «،», «و» or «and» (`/done ۶،۷`, `/done ۶ و ۷`); what follows the list is left as written.
 */
export function splitNumberList(args: string): { tokens: string[]; rest: string } {
  const words = args.split(/\s+/).filter(Boolean);
  const tokens: string[] = [];
  let i = 0;
  for (; i < words.length; i++) {
    const pieces = numberPieces(words[i]!);
    if (pieces) {
      tokens.push(...pieces);
      continue;
    }
    const joinsNext = /^(و|and|[,،])$/i.test(words[i]!) && tokens.length > 0 && numberPieces(words[i + 1] ?? '');
    if (!joinsNext) break;
  }
  return { tokens, rest: words.slice(i).join(' ') };
}
