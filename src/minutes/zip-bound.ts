// A .docx is a zip archive, and a small archive can unpack to gigabytes (a "zip bomb"). Before any library
// inflates it, the archive's own central directory says how large each entry claims to be; the sum must stay
// under a bound, and each entry is then inflated with that claim as a hard ceiling, so an entry that lies about
// its size fails after at most its claimed bytes instead of exhausting memory.
import { inflateRawSync } from 'node:zlib';
import { MinutesError } from './types.js';

/** Room enough for any real minutes (a 300-page Word file unpacks to a few megabytes). */
export const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** A field set to this defers to a ZIP64 record: the entry claims four gigabytes or more. */
const ZIP64 = 0xffffffff;

interface Entry {
  method: number;
  compressed: number;
  size: number;
  localOffset: number;
}

function tooLarge(limit: number): MinutesError {
  const mb = Math.round(limit / (1024 * 1024));
  return new MinutesError(
    `This .docx file would unpack to more than ${mb} MB, far more than any minutes need, so it was not opened. Save the minutes again from Word without embedded media and send them once more.`,
  );
}

/** The central directory's entries; null when the buffer is not a readable zip (the reader reports that). */
function entries(buf: Buffer): Entry[] | null {
  // The end record sits in the last 22 bytes plus a comment of at most 64 KiB.
  let end = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  const out: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) return null;
    out.push({
      method: buf.readUInt16LE(p + 10),
      compressed: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
    });
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return out;
}

/** Throws a MinutesError when the archive would unpack past `limit` bytes, by its word or in fact. */
export function assertUnpackedSize(buf: Buffer, limit = MAX_UNPACKED_BYTES): void {
  const list = entries(buf);
  if (!list) return;
  let total = 0;
  for (const e of list) {
    if (e.size === ZIP64 || e.compressed === ZIP64) throw tooLarge(limit);
    total += e.size;
  }
  if (total > limit) throw tooLarge(limit);
  for (const e of list) {
    if (e.method !== 8 || e.localOffset + 30 > buf.length || buf.readUInt32LE(e.localOffset) !== LOCAL) continue;
    const start = e.localOffset + 30 + buf.readUInt16LE(e.localOffset + 26) + buf.readUInt16LE(e.localOffset + 28);
    try {
      // One byte over the claim is enough to know it lied.
      inflateRawSync(buf.subarray(start, start + e.compressed), { maxOutputLength: e.size + 1 });
    } catch (err) {
      if (err instanceof RangeError || (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
        throw tooLarge(limit);
      // A damaged entry is the reader's to report, with its own message.
    }
  }
}
