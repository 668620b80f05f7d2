// Updates handled concurrently across chats and in order within each chat. One update at a time (grammY's
// bot.start) let a busy group, whose replies each wait on that group's rate limit, hold every other chat's
// commands behind it; the runner handles many at once and `sequentialize` keeps each chat's own order.
import { type RunnerHandle, run, sequentialize } from '@grammyjs/runner';
import type { Bot, Context, MiddlewareFn } from 'grammy';

/**
 * Updates in progress at once (those waiting behind their chat's earlier ones included). It bounds memory —
 * an update is a kilobyte or two — while leaving room for one group's backlog of hundreds without starving
 * the other chats: the runner stops fetching when all slots are taken.
 */
export const UPDATES_IN_FLIGHT = 2_000;

/** Updates of one chat (callback presses included) run one after another, in the order they arrived. */
export function perChatOrder(): MiddlewareFn<Context> {
  return sequentialize((ctx: Context) => {
    const chat = ctx.chat?.id;
    return chat === undefined ? undefined : String(chat);
  });
}

/** Starts long polling with the runner; rejects only when it cannot begin (bad token, API unreachable). */
export async function startPolling(bot: Bot, concurrency = UPDATES_IN_FLIGHT): Promise<RunnerHandle> {
  await bot.init();
  // Polling and a webhook exclude each other: a webhook left from an earlier deployment would stop getUpdates.
  await bot.api.deleteWebhook();
  return run(bot, { sink: { concurrency } });
}
