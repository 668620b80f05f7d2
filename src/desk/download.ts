// A file the desk hands over: its type, and a Content-Disposition whose name survives every browser. The
// Persian name goes in `filename*` (RFC 5987, UTF-8, percent-encoded); an ASCII one in `filename` for the
// few clients that read only that.
import type { DeskContext } from './context.js';

/** RFC 5987's attr-char: what encodeURIComponent leaves alone, less ' ( ) * which it must not. */
export function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function contentDisposition(name: string, asciiName: string): string {
  const fallback = asciiName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${rfc5987(name)}`;
}

export function download(c: DeskContext, data: Buffer, type: string, name: string, asciiName: string) {
  return c.body(new Uint8Array(data), 200, {
    'Content-Type': type,
    'Content-Disposition': contentDisposition(name, asciiName),
    'Content-Length': String(data.length),
  });
}
