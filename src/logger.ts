// pino with secrets redacted: tokens and signing secrets never reach a log line.
import { AsyncLocalStorage } from 'node:async_hooks';
import pino, { type Logger } from 'pino';

export const REDACT_PATHS = [
  '*.token',
  '*.botToken',
  '*.signingSecret',
  '*.appToken',
  '*.secretToken',
  '*.password',
  '*.authorization',
  '*.headers.authorization',
  '*.headers["x-telegram-bot-api-secret-token"]',
  'TELEGRAM_BOT_TOKEN',
  'BALE_BOT_TOKEN',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
  'WEBHOOK_SECRET',
  'config.TELEGRAM_BOT_TOKEN',
  'config.BALE_BOT_TOKEN',
  'config.SLACK_BOT_TOKEN',
  'config.SLACK_APP_TOKEN',
  'config.SLACK_SIGNING_SECRET',
  'config.WEBHOOK_SECRET',
];

/** Bot tokens inside URLs (`/bot123:ABC/sendMessage`) are masked wherever they appear in a message. */
export function maskTokens(s: string): string {
  return s.replace(/bot\d+:[A-Za-z0-9_-]{10,}/g, 'bot***').replace(/xox[abpe]-[A-Za-z0-9-]+/g, 'xox*-***');
}

/** What names one incoming update in the logs: its platform, its chat, and the platform's id for it. */
export interface UpdateFields {
  platform: string;
  chat?: string | number;
  update?: string | number;
}

const currentUpdate = new AsyncLocalStorage<UpdateFields>();

/**
 * Handles one update as a child logger would see it: every line written meanwhile, by any module on any
 * logger of this process (dispatcher, store, outbox), carries the update's fields, so one update's lines can
 * be followed among others handled at the same time. A field the line names itself wins.
 */
export function withUpdate<T>(fields: UpdateFields, handle: () => T): T {
  return currentUpdate.run(fields, handle);
}

export function createLogger(level = 'info', destination?: pino.DestinationStream): Logger {
  const out = destination ?? pino.destination(2);
  // Tokens can hide anywhere (URLs in error messages, stacks): mask every line on its way out.
  const masked: pino.DestinationStream = { write: (line: string) => out.write(maskTokens(line)) };
  return pino(
    { level, redact: { paths: REDACT_PATHS, censor: '***' }, mixin: () => ({ ...currentUpdate.getStore() }) },
    masked,
  );
}
