// What the benchmarks share: an App on a throw-away SQLite file, a Bot API answered in-process, the bot
// identity grammY would otherwise ask getMe for, and the statistics every figure is reported with.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UserFromGetMe } from 'grammy/types';
import { type App, type AppOptions, createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';

export const BOT_INFO = {
  id: 999,
  is_bot: true,
  first_name: 'Peygir',
  username: 'peygir_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
} as UserFromGetMe;

export interface TempApp extends App {
  dir: string;
  cleanup(): Promise<void>;
}

/** A migrated SQLite database in a temp folder and an App on it. */
export async function tempApp(env: Record<string, string> = {}, opts: AppOptions = {}): Promise<TempApp> {
  const dir = mkdtempSync(join(tmpdir(), 'peygir-bench-'));
  const config = loadConfig({ DATABASE_URL: `file:${join(dir, 'bench.db')}`, ...env });
  const app = await createApp(config, createLogger('silent'), opts);
  return Object.assign(app, {
    dir,
    cleanup: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  });
}

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
