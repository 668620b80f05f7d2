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

export { median, percentile, round } from './stats.js';

/** Collects garbage between phases when node runs with --expose-gc, so one phase's garbage is not billed to the next. */
export function settle(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
