// The "is this user an admin here?" cache is bounded: past its size the pair asked least recently is asked
// again, the others are still answered from memory.
import type { Api } from 'grammy';
import { describe, expect, it } from 'vitest';
import { AdminCheck } from '../../src/platforms/telegram/incoming.js';

describe('AdminCheck', () => {
  it('remembers at most ten thousand chat and user pairs, forgetting the one asked least recently', async () => {
    const asked: string[] = [];
    const api = {
      getChatMember: async (chatId: number, userId: number) => {
        asked.push(`${chatId}:${userId}`);
        return { status: userId === 1 ? 'administrator' : 'member' };
      },
    } as unknown as Api;
    const check = new AdminCheck(api);
    expect(await check.isAdmin(-100, 1)).toBe(true);
    expect(await check.isAdmin(-100, 2)).toBe(false);
    expect(await check.isAdmin(-100, 1)).toBe(true);
    expect(asked).toEqual(['-100:1', '-100:2']);
    // 9,999 more pairs: -100:2 (asked least recently) is the one forgotten; -100:1 was asked since.
    for (let u = 3; u <= 10_001; u++) await check.isAdmin(-100, u);
    asked.length = 0;
    expect(await check.isAdmin(-100, 1)).toBe(true);
    expect(asked).toEqual([]);
    expect(await check.isAdmin(-100, 2)).toBe(false);
    expect(asked).toEqual(['-100:2']);
  });
});
