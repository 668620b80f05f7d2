// Files and uploads → text. Unreadable input (binary, PDF, old .doc, a broken .docx) is a MinutesError with a
// plain message; text in UTF-8, UTF-16 or the old Windows Persian code page is accepted.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { docxToText } from './docx.js';
import { MinutesError } from './types.js';

export type MinutesFormat = 'txt' | 'md' | 'docx';

const startsWith = (buf: Buffer, bytes: number[]) => bytes.every((b, i) => buf[i] === b);

function decodeText(buf: Buffer): string {
  if (startsWith(buf, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(buf);
  if (startsWith(buf, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(buf);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    // Not UTF-8: Persian files saved by old Windows tools use code page 1256.
    return new TextDecoder('windows-1256').decode(buf);
  }
}

/** Text that is mostly control characters or replacement marks is a binary file, not minutes. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 4000);
  if (!sample) return false;
  const odd = sample.match(/[\u0001-\u0008\u000E-\u001F\u007F\uFFFD]/g)?.length ?? 0;
  return odd / sample.length > 0.02;
}

export async function readMinutesBuffer(
  buf: Buffer,
  fileName: string,
): Promise<{ text: string; format: MinutesFormat }> {
  const ext = extname(fileName).toLowerCase();
  if (startsWith(buf, [0x25, 0x50, 0x44, 0x46])) {
    throw new MinutesError('PDF files cannot be read yet. Send the minutes as .docx, .txt or .md.');
  }
  if (startsWith(buf, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new MinutesError('This is an old Word (.doc) file. Save it as .docx in Word and send it again.');
  }
  if (ext === '.docx' || startsWith(buf, [0x50, 0x4b, 0x03, 0x04])) {
    return { text: await docxToText(buf), format: 'docx' };
  }
  const text = decodeText(buf);
  if (looksBinary(text)) {
    throw new MinutesError('This file is not text minutes. Send the minutes as .docx, .txt or .md.');
  }
  return { text, format: ext === '.md' || ext === '.markdown' ? 'md' : 'txt' };
}

export async function readMinutesFile(path: string): Promise<{ text: string; format: MinutesFormat }> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new MinutesError(code === 'ENOENT' ? `No file at ${path}.` : `The file ${path} could not be read (${code}).`);
  }
  return readMinutesBuffer(buf, path);
}
