// Text normalisation shared by command parsing, owner matching and the minutes parser.

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';

/** Persian and Arabic-Indic digits → Latin digits. */
export function toLatinDigits(s: string): string {
  return s.replace(/[۰-۹٠-٩]/g, (d) => {
    const p = PERSIAN_DIGITS.indexOf(d);
    return String(p >= 0 ? p : ARABIC_DIGITS.indexOf(d));
  });
}

/** Latin digits → Persian digits, for Persian messages. */
export function toPersianDigits(s: string | number): string {
  // By character codes, not a replace callback: every number and date on a page goes through here.
  const text = String(s);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code >= 48 && code <= 57 ? PERSIAN_DIGITS[code - 48] : text[i];
  }
  return out;
}

/** Bidi controls and marks that copied text carries invisibly. */
const BIDI = /[\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF]/g;

/**
 * Canonical text: Arabic ي/ك → Persian ی/ک, any digits → Latin, NBSP and odd spaces → space,
 * CRLF → LF, bidi marks removed, runs of spaces folded. ZWNJ is kept (it is meaningful in Persian
 * words); use {@link matchKey} to compare text with and without it. Idempotent.
 */
export function normalizeText(s: string): string {
  return toLatinDigits(s)
    .replace(/\r\n?/g, '\n')
    .replace(BIDI, '')
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/ة/g, 'ه')
    .replace(/[\u00A0\u2000-\u200B\u202F\u205F\u3000\t]/g, (c) => (c === '\t' ? '\t' : ' '))
    .replace(/\u200C{2,}/g, '\u200C')
    .replace(/ +/g, ' ');
}

/**
 * A key for comparing names: normalised, ZWNJ and tatweel removed, hamza forms folded, spaces folded,
 * lower-cased.
 * «کمیته‌ی فاوا», «كميته فاوا» and «کمیته فاوا» share one key.
 */
export function matchKey(s: string): string {
  return (
    normalizeText(s)
      .replace(/[\u200C\u0640]/g, ' ')
      .replace(/[\u064B-\u065F\u0670]/g, '')
      // Hamza and madda are written or left out at will (تأمین / تامین, آموزش / اموزش).
      .replace(/[أإٱآ]/g, 'ا')
      .replace(/ؤ/g, 'و')
      .replace(/ئ/g, 'ی')
      .replace(/ء/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase()
  );
}
