// The minutes parser: files, uploads and text → ParsedMinutes.
//
// Error policy: `parseMinutesText` never throws. Text that holds no resolutions (or is not minutes at all)
// gives an empty list and a warning, which the importer shows to the secretary; refusing text outright would
// only hide what was read. Bytes that are not text (binary files, PDF, old .doc, a truncated .docx) cannot be
// shown back at all, so the file readers throw MinutesError with a plain message instead.
import { parseText } from './parse.js';
import { type MinutesFormat, readMinutesBuffer, readMinutesFile } from './read.js';
import { emptyMeeting, type ParsedMinutes } from './types.js';

export { type DayDate, findDates, toGregorian } from './dates.js';
export { htmlToText } from './docx.js';
export { Txt, toCanon, toDisplay } from './normalize.js';
export type { Calendar, ParsedMeeting, ParsedMinutes, ParsedResolution } from './types.js';
export { MinutesError } from './types.js';
export { type MinutesFormat, readMinutesFile };

export function parseMinutesText(text: string, opts: { fileName?: string } = {}): ParsedMinutes {
  try {
    return parseText(text, opts);
  } catch (err) {
    // A parser bug must not take the bot down with it; the secretary sees that nothing was read.
    return {
      meeting: emptyMeeting(),
      resolutions: [],
      warnings: [`The minutes could not be read (${(err as Error).message}).`],
    };
  }
}

export async function parseMinutesFile(path: string): Promise<ParsedMinutes> {
  const { text } = await readMinutesFile(path);
  return parseMinutesText(text, { fileName: path });
}

export async function parseMinutesBuffer(buf: Buffer, fileName: string): Promise<ParsedMinutes> {
  const { text } = await readMinutesBuffer(buf, fileName);
  return parseMinutesText(text, { fileName });
}
