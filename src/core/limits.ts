// How long typed text may be, in chat and at the desk: one rule for both. Longer input is refused with the
// limit and its length, never cut: a note or resolution cut at the limit would store words its author did not
// end with, and nobody would know.

/** A command's text, a note, a reason, a resolution's text, a cell of the import table. */
export const TEXT_LIMIT = 4000;
/** A short field at the desk: a name, a meeting's number, a date, a time. */
export const SHORT_LIMIT = 400;

/** How many characters `text` has when it is over `limit`, else null. */
export function overLimit(text: string, limit: number = TEXT_LIMIT): number | null {
  // String length counts UTF-16 units, never fewer than the characters: only a long text is counted again.
  if (text.length <= limit) return null;
  const characters = [...text].length;
  return characters > limit ? characters : null;
}
