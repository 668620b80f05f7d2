// Slack users expect mistakes and refusals to be shown only to the person who made them (ephemeral),
// while results everyone should know about go to the channel. Handlers mark refusals `private`.
import type { Reply } from '../../core/types.js';

/** Shown only to the sender: private replies (refusals, usage hints) and the command help. */
export function isEphemeral(reply: Reply, command?: string): boolean {
  return reply.private === true || command === 'help';
}
