// An owner's mobile number, for Bale's Safir service: an Iranian mobile typed in any usual way (Persian or Latin
// digits, 09…, 9…, +989…, 00989…, spaces, dashes, brackets) read as the one form Safir documents: starting
// with 98, digits only (`989121234567`).
import { toLatinDigits, toPersianDigits } from './text.js';

/** Iranian mobile numbers: 9, then nine digits (0912…, 0990…). */
const MOBILE = /^9\d{9}$/;

/** The number in Safir's form (`98` and ten digits), or null when `text` is not an Iranian mobile number. */
export function safirPhone(text: string): string | null {
  const compact = toLatinDigits(text.trim()).replace(/[\s\-–.()\u200c\u200e\u200f\u2066-\u2069]/g, '');
  const digits = compact.replace(/^(\+98|0098|98|0)/, '');
  if (!/^[+\d]+$/.test(compact) || !MOBILE.test(digits)) return null;
  return `98${digits}`;
}

/**
 * The stored number as people write it (0912 123 4567), in the reader's digits. In Persian text its groups
 * would be laid out right to left (digits next to spaces take the paragraph's direction), so it is isolated
 * left-to-right (LRI … PDI) unless `isolate` is false (a form field that is left-to-right already).
 */
export function displayPhone(stored: string, lang: 'fa' | 'en', isolate = lang === 'fa'): string {
  const local = `0${stored.replace(/^98/, '')}`;
  const spaced = `${local.slice(0, 4)} ${local.slice(4, 7)} ${local.slice(7)}`;
  const digits = lang === 'fa' ? toPersianDigits(spaced) : spaced;
  return isolate ? `\u2066${digits}\u2069` : digits;
}
