// A file sent to the chat: minutes to preview and import, from the chair's chat or the secretary only.

import type { MinutesService } from '../src/core/ports.js';
import type { IncomingFile, Reply } from '../src/core/types.js';
import { type CommandContext, refusal } from './context.js';

/** A local file that is missing or unreadable (the console's `/file`): the sender mistyped a path. */
const UNREADABLE = new Set(['ENOENT', 'EISDIR', 'ENOTDIR', 'EACCES']);

/**
 * Whether a file from a chat that may not import deserves an answer: it was sent to the bot alone (a private
 * chat, the console's `/file`) or is named as minutes. Other files in a group are the members' own business.
 */
function expectsAnswer(ctx: CommandContext, file: IncomingFile): boolean {
  if (ctx.incoming.chat.kind === 'private' || ctx.can.singleUser) return true;
  return /صورت[\s\u200c]*جلسه|minutes/i.test(file.name);
}

export async function minutesFile(minutes: MinutesService, ctx: CommandContext, file: IncomingFile): Promise<Reply[]> {
  if (ctx.auth.memberRole === null && !ctx.auth.bindings.some((b) => b.role === 'chair'))
    return expectsAnswer(ctx, file) ? [refusal(ctx.t.importNotHere)] : [];
  const data = await file.load().catch((err: NodeJS.ErrnoException) => {
    if (err?.syscall && UNREADABLE.has(err.code ?? '')) return null;
    throw err;
  });
  if (!data) return [refusal(ctx.t.fileNotFound(file.name))];
  return [(await minutes.preview({ name: file.name, data }, ctx.lang)).reply];
}
