// The chat import's storage over Prisma: the plan a preview shows and the all-or-nothing import. What the
// chat is told lives with the handlers (handlers/minutes-import.ts), the port between them with the plan's
// shapes (src/minutes/plan.ts).
import type { MinutesStore } from '../minutes/plan.js';
import type { Prisma } from './client.js';

// The import code (and the minutes parser under it) is loaded with the first file sent, not at start-up.
const importCode = () => import('./import.js');

export function prismaMinutesStore(prisma: Prisma, councilId: number, opts: { safir?: boolean } = {}): MinutesStore {
  return {
    known: async () => (await import('./owner-register.js')).readRegister(prisma, councilId),
    plan: async (parsed, text, choice, decisions) =>
      (await importCode()).planImport(prisma, councilId, parsed, text, choice, decisions, opts),
    apply: async (parsed, source, actor, opts) =>
      (await importCode()).importMinutes(prisma, councilId, parsed, source, actor, opts),
  };
}
