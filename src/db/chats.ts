// The ChatDirectory port over Prisma: every bound address inside one chat (its topics too), and where the
// chair's chats are.
import type { ChatDirectory } from '../core/ports.js';
import type { Platform } from '../core/types.js';
import type { Prisma } from './client.js';
import { SAFIR } from './owner-phones.js';

export function prismaChatDirectory(prisma: Prisma, councilId: number): ChatDirectory {
  return {
    async addressesOfChat(platform, chatId) {
      const rows = await prisma.chatBinding.findMany({
        where: { councilId, platform, chatId, active: true },
        select: { address: true },
        distinct: ['address'],
      });
      return rows.map((r) => r.address);
    },
    async chairChats() {
      return chats({ councilId, role: 'chair', active: true });
    },
    async ownerChats(ownerId) {
      // The phone number (Safir) only when no chat of the owner is linked, as for reminders.
      const all = await chats({ councilId, role: 'committee', ownerId, active: true });
      const linked = all.filter((c) => c.platform !== SAFIR);
      return linked.length > 0 ? linked : all;
    },
  };
  async function chats(where: { councilId: number; role: string; ownerId?: number; active: true }) {
    const rows = await prisma.chatBinding.findMany({
      where,
      select: { platform: true, chatId: true, threadId: true },
    });
    return rows.map((r) => ({
      platform: r.platform as Platform,
      chatId: r.chatId,
      threadId: r.threadId || undefined,
    }));
  }
}
