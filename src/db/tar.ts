// Just enough of the tar format (POSIX ustar) for backups: regular files with short names, written one after
// another and read back as a stream, a file at a time, so an archive far larger than memory passes through.
// `tar tzf` lists a backup and `tar xzf` unpacks it with the system's own tools.

const BLOCK = 512;
/** The largest size an ustar header's 11 octal digits hold. */
const MAX_SIZE = 8 ** 11 - 1;

export class TarError extends Error {
  override name = 'TarError';
}

export interface TarEntry {
  name: string;
  size: number;
  /** '0' for a regular file. */
  type: string;
}

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`;
}

/** The 512-byte header of a regular file `name` of `size` bytes. */
export function tarHeader(name: string, size: number, mtime: Date): Buffer {
  const header = Buffer.alloc(BLOCK);
  const nameBytes = Buffer.from(name, 'utf8');
  if (nameBytes.length > 100) throw new TarError(`name too long for a tar header: ${name}`);
  if (!Number.isSafeInteger(size) || size < 0 || size > MAX_SIZE) throw new TarError(`size out of range: ${size}`);
  nameBytes.copy(header, 0);
  header.write(octal(0o644, 8), 100, 'latin1');
  header.write(octal(0, 8), 108, 'latin1');
  header.write(octal(0, 8), 116, 'latin1');
  header.write(octal(size, 12), 124, 'latin1');
  header.write(octal(Math.max(0, Math.floor(mtime.getTime() / 1000)), 12), 136, 'latin1');
  header.write('0', 156, 'latin1');
  header.write('ustar\u000000', 257, 'latin1');
  header.write('peygir', 265, 'latin1');
  header.write('peygir', 297, 'latin1');
  // The checksum is summed with its own field read as spaces.
  header.fill(0x20, 148, 156);
  const sum = header.reduce((a, b) => a + b, 0);
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  return header;
}

/** The zeros that fill a body of `size` bytes to a whole block. */
export function tarPadding(size: number): Buffer {
  return Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
}

/** The two empty blocks that end an archive. */
export const TAR_END = Buffer.alloc(2 * BLOCK);

function field(block: Buffer, start: number, length: number): string {
  const raw = block.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString('utf8');
}

function readOctal(block: Buffer, start: number, length: number): number {
  const text = field(block, start, length).trim();
  if (!/^[0-7]+$/.test(text)) throw new TarError('a damaged tar header');
  return Number.parseInt(text, 8);
}

/** Reads an archive's entries in order from a stream of bytes (an unzipped file, say). */
export class TarReader {
  private readonly source: AsyncIterator<Buffer>;
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** What is left of the current entry's body, and its padding. */
  private left = 0;
  private padding = 0;
  private ended = false;

  constructor(source: AsyncIterable<Buffer> | Iterable<Buffer>) {
    this.source =
      Symbol.asyncIterator in source
        ? source[Symbol.asyncIterator]()
        : (async function* () {
            yield* source;
          })();
  }

  /** Pulls chunks until `n` bytes are buffered; false when the stream ends first. */
  private async fill(n: number): Promise<boolean> {
    while (this.buffered < n) {
      const next = await this.source.next();
      if (next.done) return false;
      const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
      this.chunks.push(chunk);
      this.buffered += chunk.length;
    }
    return true;
  }

  /** Up to `n` bytes from the front of the buffer (at least one), pulling a chunk when it is empty. */
  private async some(n: number): Promise<Buffer> {
    if (this.buffered === 0 && !(await this.fill(1))) throw new TarError('the archive ends in the middle of a file');
    const first = this.chunks[0]!;
    const part = first.subarray(0, Math.min(n, first.length));
    if (part.length === first.length) this.chunks.shift();
    else this.chunks[0] = first.subarray(part.length);
    this.buffered -= part.length;
    return part;
  }

  private async take(n: number): Promise<Buffer> {
    if (!(await this.fill(n))) throw new TarError('the archive ends in the middle of a file');
    const parts: Buffer[] = [];
    for (let got = 0; got < n; ) {
      const part = await this.some(n - got);
      parts.push(part);
      got += part.length;
    }
    return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  }

  /** The next entry, or null where the archive ends; the body of the one before is skipped if it was not read. */
  async next(): Promise<TarEntry | null> {
    if (this.ended) return null;
    while (this.left > 0) this.left -= (await this.some(this.left)).length;
    if (this.padding > 0) await this.take(this.padding);
    this.padding = 0;
    if (!(await this.fill(BLOCK))) {
      if (this.buffered === 0) throw new TarError('the archive ends without its end marker');
      throw new TarError('the archive ends in the middle of a header');
    }
    const block = await this.take(BLOCK);
    if (block.every((b) => b === 0)) {
      this.ended = true;
      return null;
    }
    const stored = readOctal(block, 148, 8);
    const copy = Buffer.from(block);
    copy.fill(0x20, 148, 156);
    if (copy.reduce((a, b) => a + b, 0) !== stored) throw new TarError('a damaged tar header (wrong checksum)');
    const prefix = field(block, 345, 155);
    const name = prefix ? `${prefix}/${field(block, 0, 100)}` : field(block, 0, 100);
    const size = readOctal(block, 124, 12);
    const type = String.fromCharCode(block[156]!) === '\0' ? '0' : String.fromCharCode(block[156]!);
    this.left = size;
    this.padding = tarPadding(size).length;
    return { name, size, type };
  }

  /** The current entry's body, whole: for small entries only. */
  async body(): Promise<Buffer> {
    const data = await this.take(this.left);
    this.left = 0;
    return data;
  }

  /** The current entry's body, a chunk at a time. */
  async *stream(): AsyncGenerator<Buffer> {
    while (this.left > 0) {
      const part = await this.some(this.left);
      this.left -= part.length;
      yield part;
    }
  }
}
