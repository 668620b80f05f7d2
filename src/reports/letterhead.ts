// The letterhead image as a report finds it. The configuration checks REPORT_LETTERHEAD_IMAGE at start-up, but
// the file may be removed or replaced while peygir runs: each report reads it afresh, and a file gone,
// unreadable, too large or no longer a whole PNG or JPEG is named, so the report is made without it instead of
// failing or carrying a broken picture. Light on purpose: the desk's reports page asks it without loading docx.
import { readFile, stat } from 'node:fs/promises';
import type { LetterheadFault } from '../core/i18n.js';
import { type ImageInfo, imageInfo, isWholeImage } from './image-size.js';

export type { LetterheadFault };

/** A letterhead image this large is surely a mistake (a scan at full resolution), and every report would carry it. */
export const LETTERHEAD_MAX_BYTES = 2 * 1024 * 1024;

/** Why the letterhead image was left out of a report: the file, what is wrong with it, and the detail for the log. */
export interface LetterheadProblem {
  path: string;
  fault: LetterheadFault;
  detail: string;
}

export type LetterheadRead = { image: { data: Buffer; info: ImageInfo } } | { problem: LetterheadProblem };

/** Where a report's warnings go (pino's logger is one). */
export interface ReportLog {
  warn(fields: object, message: string): void;
}

const GONE = new Set(['ENOENT', 'ENOTDIR']);

/** Reads the letterhead image at `path`, or says why it cannot be used. */
export async function readLetterheadImage(path: string): Promise<LetterheadRead> {
  const problem = (fault: LetterheadFault, detail: string): LetterheadRead => ({ problem: { path, fault, detail } });
  let data: Buffer;
  try {
    const s = await stat(path);
    if (!s.isFile()) return problem('missing', 'not a file');
    if (s.size > LETTERHEAD_MAX_BYTES) return problem('too-large', `${s.size} bytes, more than 2 MB`);
    data = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code && GONE.has(code)) return problem('missing', 'no such file');
    return problem('unreadable', (err as Error).message);
  }
  // Checked again on the bytes read: the file may have grown between the two calls.
  if (data.length > LETTERHEAD_MAX_BYTES) return problem('too-large', `${data.length} bytes, more than 2 MB`);
  const info = imageInfo(data);
  if (!info) return problem('not-image', 'not a PNG or JPEG image');
  if (!isWholeImage(data, info)) return problem('not-image', `a ${info.type.toUpperCase()} image cut short`);
  return { image: { data, info } };
}

/** The log line for a letterhead image left out of a report. */
export function logLetterheadProblem(log: ReportLog | undefined, problem: LetterheadProblem): void {
  log?.warn(
    { path: problem.path, fault: problem.fault, detail: problem.detail },
    'REPORT_LETTERHEAD_IMAGE cannot be used; the follow-up report is made without it',
  );
}
