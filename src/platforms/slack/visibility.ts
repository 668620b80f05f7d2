// Slack users expect mistakes and refusals to be shown only to the person who made them (ephemeral),
// while results everyone should know about go to the channel. Handlers return plain text for both, so the
// adapter recognises the refusals by the sentences that say them.
import { MESSAGES, type Messages } from '../../core/i18n.js';
import type { Reply } from '../../core/types.js';

type Key = keyof Messages;

const REFUSALS: Key[] = [
  'notLinked',
  'needNumber',
  'needReason',
  'needNoteText',
  'notFound',
  'notYours',
  'notAllowed',
  'already',
  'cannotMove',
  'nothingToUndo',
  'conflict',
  'tryAgain',
  'linkUsage',
  'linkAdminOnly',
  'linkUnknown',
  'linkUnknownNone',
  'unlinkNone',
  'unknownCommand',
];

const HOLE = '\u0001';
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A sentence (or a sentence template, its arguments as wildcards) as an exact-match pattern. */
function pattern(message: unknown): RegExp | null {
  if (typeof message === 'string') return new RegExp(`^${escapeRegex(message)}$`);
  if (typeof message !== 'function') return null;
  const filled = String(message(...Array.from({ length: message.length }, () => HOLE)));
  return new RegExp(`^${escapeRegex(filled).split(HOLE).join('[\\s\\S]+')}$`);
}

const PATTERNS: RegExp[] = Object.values(MESSAGES).flatMap((t) =>
  REFUSALS.map((k) => pattern(t[k])).filter((p): p is RegExp => p !== null),
);

/** Whether every line of the reply is a refusal or a usage hint (nothing was recorded). */
export function isRefusal(reply: Reply): boolean {
  if (reply.blocks.length === 0 || reply.buttons?.length || reply.items?.length) return false;
  return reply.blocks.every((b) => b.type === 'text' && PATTERNS.some((p) => p.test(b.text)));
}

/** Shown only to the sender: private replies, refusals and the command help. */
export function isEphemeral(reply: Reply, command?: string): boolean {
  return reply.private === true || command === 'help' || isRefusal(reply);
}
