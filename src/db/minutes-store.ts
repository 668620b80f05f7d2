// The chat import's storage over Prisma: the plan a preview shows and the all-or-nothing import. What the
// chat is told lives with the handlers (handlers/minutes-import.ts).
import type { MinutesStore } from '../../handlers/minutes-import.js';
import type { Prisma } from './client.js';
import { importMinutes, planImport } from './import.js';

export function prismaMinutesStore(prisma: Prisma, councilId: number): MinutesStore {
  return {
    plan: (parsed, text) => planImport(prisma, councilId, parsed, text),
    apply: (parsed, source, actor, opts) => importMinutes(prisma, councilId, parsed, source, actor, opts),
  };
}
