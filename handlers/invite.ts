// Using an invite: `/link <code>` on every platform, and Telegram's start links, which arrive as `/start <code>`.
// Whoever holds the code may bind the chat they are in to its owner (a person in their private chat, a
// committee's member in its group): the secretariat gave it to them for that. Every outcome but `bound` changes
// nothing and says why.
import { formatJalaliDateTime } from '../src/core/calendar.js';
import { chatNoun } from '../src/core/messages/replies.js';
import type { Reply } from '../src/core/types.js';
import { type CommandContext, chatToBind, refusal, textReply } from './context.js';

export async function useInvite(ctx: CommandContext, code: string): Promise<Reply> {
  const { t, incoming, deps } = ctx;
  if (!deps.invites) return refusal(t.invite.unknown);
  const when = (at: Date) => formatJalaliDateTime(at, deps.timeZone, ctx.lang);
  const use = await deps.invites.redeem(code, chatToBind(incoming), ctx.actor);
  switch (use.kind) {
    case 'bound':
      return textReply(t.linkedIn(chatNoun(incoming.chat, ctx.can), use.owner), t.invite.boundNote(use.owner));
    case 'already':
      return refusal(t.invite.already(use.owner));
    case 'chair':
      return refusal(t.invite.chair(use.owner));
    case 'unknown':
      return refusal(t.invite.unknown);
    case 'used':
      return refusal(t.invite.used(use.at ? when(use.at) : null));
    case 'expired':
      return refusal(t.invite.expired(when(use.at)));
    case 'revoked':
      return refusal(t.invite.revoked(when(use.at)));
  }
}
