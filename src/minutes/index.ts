// The minutes parser: files, uploads and text → ParsedMinutes.
//
// Error policy: `parseMinutesText` never throws. Text that holds no resolutions (or is not minutes at all)
// gives an empty list and a warning, which the importer shows to the secretary; refusing text outright would
// only hide what was read. Bytes that are not text (binary files, PDF, old .doc, a truncated .docx) cannot be
// shown back at all, so the file readers throw MinutesError with a plain message instead.
import { applyRegister, compileRegister, type KnownOwner } from './known-owners.js';
import { parseText } from './parse.js';
import { type MinutesFormat, readMinutesBuffer, readMinutesFile } from './read.js';
import { emptyMeeting, type ParsedMinutes } from './types.js';

export { type DayDate, findDates, toGregorian } from './dates.js';
export { htmlToText } from './docx.js';
export type { KnownOwner } from './known-owners.js';
export { Txt, toCanon, toDisplay } from './normalize.js';
export type { Calendar, OwnerMark, ParsedMeeting, ParsedMinutes, ParsedResolution } from './types.js';
export { MinutesError } from './types.js';
export { type MinutesFormat, readMinutesFile };

export interface ParseOptions {
  fileName?: string;
  /** The council's registered owners and their other names: owners are read as registered, and marked. */
  knownOwners?: readonly KnownOwner[];
}

export function parseMinutesText(text: string, opts: ParseOptions = {}): ParsedMinutes {
  try {
    const parsed = parseText(text, { fileName: opts.fileName });
    return opts.knownOwners ? withKnownOwners(parsed, opts.knownOwners) : parsed;
  } catch (err) {
    // A parser bug must not take the bot down with it; the secretary sees that nothing was read.
    return {
      meeting: emptyMeeting(),
      resolutions: [],
      warnings: [`The minutes could not be read (${(err as Error).message}).`],
    };
  }
}

/** A bare parse read against the council's register (what `knownOwners` does in `parseMinutesText`). */
export function withKnownOwners(parsed: ParsedMinutes, knownOwners: readonly KnownOwner[]): ParsedMinutes {
  return applyRegister(parsed, compileRegister(knownOwners));
}

export async function parseMinutesFile(
  path: string,
  opts: Omit<ParseOptions, 'fileName'> = {},
): Promise<ParsedMinutes> {
  const { text } = await readMinutesFile(path);
  return parseMinutesText(text, { ...opts, fileName: path });
}

export async function parseMinutesBuffer(
  buf: Buffer,
  fileName: string,
  opts: Omit<ParseOptions, 'fileName'> = {},
): Promise<ParsedMinutes> {
  const { text } = await readMinutesBuffer(buf, fileName);
  return parseMinutesText(text, { ...opts, fileName });
}
