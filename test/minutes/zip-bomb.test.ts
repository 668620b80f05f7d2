// A .docx that would unpack to far more than any minutes is refused before anything inflates it: by the sizes
// its central directory claims, and, when those lie, by inflating each entry no further than its claim.
import { deflateRawSync } from 'node:zlib';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { MinutesError, parseMinutesBuffer } from '../../src/minutes/index.js';

interface ZipEntry {
  name: string;
  data: Buffer;
  /** The uncompressed size written into the headers (default: the real one). */
  claim?: number;
}

/** The smallest zip writer that will do: deflated entries, a central directory and its end record. */
function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const packed = deflateRawSync(e.data);
    const size = e.claim ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MB = 1024 * 1024;
const xml = (bytes: number) => Buffer.alloc(bytes, 0x20);

describe('a zip-bomb .docx', () => {
  it('is refused by the sizes its entries claim, before any of them is inflated', async () => {
    // Claims 1 GiB for document.xml while carrying a few bytes: nothing may try to produce that gigabyte.
    const bomb = zip([
      { name: '[Content_Types].xml', data: xml(100) },
      { name: 'word/document.xml', data: xml(1000), claim: 1024 * MB },
    ]);
    const before = process.memoryUsage().arrayBuffers;
    const err = await parseMinutesBuffer(bomb, 'minutes.docx').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MinutesError);
    expect((err as Error).message).toMatch(/more than 50 MB/);
    // Nothing was allocated for the claimed gigabyte (a measure of work done, not of a busy machine's time).
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(20 * MB);
  });

  it('is refused when the claims add up past the bound over several entries', async () => {
    const entries = Array.from({ length: 3 }, (_, i) => ({ name: `word/media/${i}.bin`, data: xml(18 * MB) }));
    await expect(parseMinutesBuffer(zip(entries), 'minutes.docx')).rejects.toThrow(/more than 50 MB/);
  });

  it('is refused when an entry unpacks past the size it claims', async () => {
    const liar = zip([{ name: 'word/document.xml', data: xml(60 * MB), claim: 4096 }]);
    const before = process.memoryUsage().arrayBuffers;
    await expect(parseMinutesBuffer(liar, 'minutes.docx')).rejects.toThrow(/more than 50 MB/);
    // Inflating stopped at the claim: nowhere near the 60 MB the entry really holds stayed allocated.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(20 * MB);
  });

  it('lets a real Word file through', async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph('صورتجلسه')] }] });
    const buf = await Packer.toBuffer(doc);
    await expect(parseMinutesBuffer(buf, 'minutes.docx')).resolves.toBeDefined();
  });
});
