// A command line's standard output and error captured in memory, for running CLI commands in-process.
import { Writable } from 'node:stream';
import type { CliIo } from '../../src/cli/types.js';

export function captureIo(): { io: CliIo; out: () => string; err: () => string } {
  const sink = () => {
    let text = '';
    const stream = new Writable({
      write(chunk, _enc, done) {
        text += chunk;
        done();
      },
    });
    return { stream, text: () => text };
  };
  const out = sink();
  const err = sink();
  return { io: { stdout: out.stream, stderr: err.stream, confirm: async () => false }, out: out.text, err: err.text };
}
