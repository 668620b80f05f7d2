// The type and pixel size of a letterhead image, read from its first bytes: a Word drawing needs its size, and
// the configuration refuses a file that is not the PNG or JPEG its name says. Only the header is read, so a
// renamed or truncated file is caught without decoding it.

export interface ImageInfo {
  type: 'png' | 'jpg';
  width: number;
  height: number;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Start-of-frame markers carry the size; C4 (Huffman tables), C8 and CC (arithmetic coding) do not. */
const isStartOfFrame = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

function jpegSize(b: Buffer): { width: number; height: number } | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    // Fill bytes, and markers that stand alone without a length.
    if (marker === 0xff) {
      i++;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    if (isStartOfFrame(marker)) return { height: b.readUInt16BE(i + 5), width: b.readUInt16BE(i + 7) };
    i += 2 + b.readUInt16BE(i + 2);
  }
  return null;
}

/** The image's type and size, or null when `bytes` is not a PNG or JPEG with a readable size. */
export function imageInfo(bytes: Buffer): ImageInfo | null {
  if (bytes.length >= 24 && bytes.subarray(0, 8).equals(PNG_SIGNATURE) && bytes.toString('latin1', 12, 16) === 'IHDR') {
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    return width > 0 && height > 0 ? { type: 'png', width, height } : null;
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    const size = jpegSize(bytes);
    return size && size.width > 0 && size.height > 0 ? { type: 'jpg', ...size } : null;
  }
  return null;
}

const JPEG_END = Buffer.from([0xff, 0xd9]);

/**
 * Whether a PNG or JPEG goes on to its end: a PNG's IEND chunk, a JPEG's end-of-image marker (FF D9, which
 * appears nowhere else in its coded data). A copy cut short passes `imageInfo`, which reads only the header, and
 * Word would draw it broken.
 */
export function isWholeImage(bytes: Buffer, info: ImageInfo): boolean {
  if (info.type === 'png') {
    const end = bytes.lastIndexOf('IEND', undefined, 'latin1');
    return end > 33 && end + 8 <= bytes.length;
  }
  return bytes.lastIndexOf(JPEG_END) > 3;
}
