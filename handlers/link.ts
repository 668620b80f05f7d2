// /link <owner or alias> binds this chat (or forum topic) to a committee; /link chair to the chair.
// A chat is either a committee's or the chair's, never both: mixing them asks for /unlink first.
// /link <invite code> binds the chat to the invite's owner, whoever types it (handlers/invite.ts).
import { inviteCode } from '../src/core/invites.js';
import { chatNoun } from '../src/core/messages/replies.js';
import { matchOwner } from '../src/core/owners.js';
import { type CommandContext, type CommandHandler, chatToBind, refusal, textReply } from './context.js';
import { useInvite } from './invite.js';

const CHAIR_WORDS = new Set(['chair', 'رئیس', 'رییس', 'رئیس جلسه', 'رییس جلسه', 'ریاست']);

/** Only configured people, or a group's administrators, may change what a chat is bound to. */
export async function bindingRefusal(ctx: CommandContext, command: string): Promise<string | null> {
  if (ctx.auth.memberRole !== null) return null;
  // Anyone is "admin" of their own private chat: only configured people may bind one.
  if (ctx.incoming.chat.kind === 'private') return ctx.t.privateOnly(command);
  return (await ctx.incoming.isAdmin()) ? null : ctx.t.adminOnly(command);
}

export const handler: CommandHandler = {
  async run(ctx) {
    const { t, incoming, deps } = ctx;
    const name = ctx.args.trim();
    if (!name) return refusal(t.linkUsage);
    // An invite code is the secretariat's leave to bind this chat: no admin or secretary needed.
    const code = inviteCode(name);
    if (code) return useInvite(ctx, code);
    const refused = await bindingRefusal(ctx, 'link');
    if (refused) return incoming.chat.kind === 'private' ? refusal(refused, t.invite.privateHint) : refusal(refused);
    const noun = chatNoun(incoming.chat, ctx.can);
    const base = chatToBind(incoming);
    const committees = ctx.auth.bindings.filter((b) => b.role === 'committee' && b.ownerName);
    if (CHAIR_WORDS.has(name.toLowerCase())) {
      if (committees.length > 0)
        return refusal(t.linkChairOverCommittee(noun, committees.map((b) => b.ownerName).join(t.listSep)));
      await deps.store.bind({ ...base, role: 'chair', ownerId: null });
      return textReply(t.linkedChairIn(noun));
    }
    const owners = await deps.store.listOwners();
    const exact = await deps.store.findOwner(name);
    const m = exact ? { kind: 'exact' as const, owner: exact } : matchOwner(name, owners);
    if (m.kind === 'none') {
      const list = (m.suggestions.length > 0 ? m.suggestions : owners).map((o) => o.name).join(t.listSep);
      return textReply(owners.length > 0 ? t.linkUnknown(name, list) : t.linkUnknownNone(name));
    }
    if (ctx.auth.bindings.some((b) => b.role === 'chair')) return refusal(t.linkCommitteeOverChair(noun, m.owner.name));
    await deps.store.bind({ ...base, role: 'committee', ownerId: m.owner.id });
    return textReply(t.linkedIn(noun, m.owner.name));
  },
};
