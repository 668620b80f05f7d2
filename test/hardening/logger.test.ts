// Secrets never reach a log line: tokens in fields, in URLs inside messages, and in error messages.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';

function capture() {
  let out = '';
  const stream = new Writable({
    write(chunk, _e, cb) {
      out += String(chunk);
      cb();
    },
  });
  return { logger: createLogger('debug', stream), text: () => out };
}

describe('logger redaction', () => {
  const token = '123456789:AAH-secret_token_value_0123456789';
  it('masks configured secrets and tokens in messages and errors', () => {
    const { logger, text } = capture();
    logger.info({ config: { TELEGRAM_BOT_TOKEN: token, SLACK_SIGNING_SECRET: 'sig-secret' } }, 'starting');
    logger.info({ client: { token } }, 'client');
    logger.warn(`GET https://api.telegram.org/bot${token}/getMe failed`);
    logger.error({ err: new Error(`request to /bot${token}/sendMessage failed`) }, 'send failed');
    logger.info({ slack: { botToken: 'xoxb-1-2-abc' } }, `auth with xoxb-111-222-abcdef`);
    const out = text();
    expect(out).not.toContain('AAH-secret');
    expect(out).not.toContain('sig-secret');
    expect(out).not.toContain('xoxb-111');
    expect(out).not.toContain('xoxb-1-2-abc');
    expect(out).toContain('bot***');
    expect(out.split('\n').filter(Boolean)).toHaveLength(5);
  });
});
