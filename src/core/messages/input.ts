// Refusals of typed input shared by chat and the desk: text over the length limit, and a date that is not a
// Jalali date. Spread into `fa` / `en` in i18n.ts.
import { toPersianDigits as fa } from '../text.js';

/** Thousands grouped, so a limit and a length read at a glance. */
const grouped = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

export const INPUT_FA = {
  tooLong: (limit: number, length: number) =>
    `این متن ${fa(grouped(length, '٬'))} نویسه است و بیش از ${fa(grouped(limit, '٬'))} نویسه پذیرفته نمی‌شود؛ کوتاهش کنید. چیزی ثبت نشد.`,
};

export const INPUT_EN: typeof INPUT_FA = {
  tooLong: (limit, length) =>
    `This text is ${grouped(length, ',')} characters long; at most ${grouped(limit, ',')} are accepted. Shorten it; nothing was stored.`,
};
