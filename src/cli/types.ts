import type { Writable } from 'node:stream';

export interface CliIo {
  stdout: Writable;
  stderr: Writable;
  /** Answers a yes/no question (import confirmation); false when there is no terminal. */
  confirm(question: string): Promise<boolean>;
  /** A person at a terminal can answer `confirm`. */
  interactive?: boolean;
}

/** A CLI error the user can act on: printed plainly, exit code 1, no stack trace. */
export class CliError extends Error {
  override name = 'CliError';
}

export interface CliCommand {
  name: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** `--flag value` → value; `--flag` alone → ''; absent → undefined. */
export function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const next = args[i + 1];
  return next && !next.startsWith('--') ? next : '';
}

export function positional(args: string[], valued: string[] = []): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith('--')) {
      if (valued.includes(a.slice(2))) i++;
      continue;
    }
    out.push(a);
  }
  return out;
}
