// /link <owner or alias> binds this chat (or forum topic) to a committee; /link chair to the chair.
import { matchOwner } from '../src/core/owners.js';
import { chatAddress } from '../src/core/types.js';
import { type Command, refusal, textReply } from './context.js';

const CHAIR_WORDS = new Set(['chair', 'رئیس', 'رییس', 'رئیس جلسه', 'رییس جلسه', 'ریاست']);

export const linkCommand: Command = {
  name: 'link',
  summary: { fa: 'اتصال این گروه به یک کمیته', en: 'bind this chat to a committee' },
  async run(ctx) {
    const { t, incoming, deps } = ctx;
    const name = ctx.args.trim();
    if (!name) return refusal(t.linkUsage);
    if (ctx.auth.memberRole === null) {
      // Anyone is "admin" of their own private chat: only configured people may bind one.
      if (incoming.chat.kind === 'private') return refusal(t.linkPrivate);
      if (!(await incoming.isAdmin())) return refusal(t.linkAdminOnly);
    }
    const base = {
      address: chatAddress(incoming.chat),
      platform: incoming.chat.platform,
      chatId: incoming.chat.chatId,
      threadId: incoming.chat.threadId,
      title: incoming.chat.title,
      createdBy: `${incoming.user.name} (${incoming.chat.platform}:${incoming.user.id})`,
    };
    if (CHAIR_WORDS.has(name.toLowerCase())) {
      await deps.store.bind({ ...base, role: 'chair', ownerId: null });
      return textReply(t.linkedChair);
    }
    const owners = await deps.store.listOwners();
    const exact = await deps.store.findOwner(name);
    const m = exact ? { kind: 'exact' as const, owner: exact } : matchOwner(name, owners);
    if (m.kind === 'none') {
      const list = (m.suggestions.length > 0 ? m.suggestions : owners).map((o) => o.name).join('، ');
      return textReply(owners.length > 0 ? t.linkUnknown(name, list) : t.linkUnknownNone(name));
    }
    await deps.store.bind({ ...base, role: 'committee', ownerId: m.owner.id });
    return textReply(t.linked(m.owner.name));
  },
};
