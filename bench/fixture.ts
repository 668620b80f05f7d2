// What the benchmarks share: a Bot API answered in-process and the statistics every figure is reported with.
// The App on a throw-away SQLite file and the bot identity are the tests' own (test/helpers/db.ts freshApp,
// test/telegram/harness.ts BOT_INFO).
export { freshApp } from '../test/helpers/db.js';
export { BOT_INFO } from '../test/telegram/harness.js';

let messageId = 1;

/** The result the Bot API gives for the calls a bot makes while answering (no network). */
export function botApiResult(method: string, payload: Record<string, unknown>): unknown {
  const chat = { id: Number(payload.chat_id), type: 'supergroup' };
  switch (method) {
    case 'sendMessage':
      return { message_id: messageId++, date: 1, chat, text: payload.text };
    case 'editMessageText':
      return { message_id: payload.message_id, date: 1, chat, text: payload.text };
    case 'getChatMember':
      return { status: 'member', user: { id: payload.user_id } };
    default:
      return true;
  }
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Collects garbage between phases when node runs with --expose-gc, so one phase's garbage is not billed to the next. */
export function settle(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
