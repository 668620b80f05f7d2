import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derivePostgresSchema, POSTGRES_SCHEMA, SQLITE_SCHEMA } from '../scripts/schemas.js';
import { ConfigError, envSchema, loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('defaults to the embedded database and Tehran time', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      provider: 'sqlite',
      databaseUrl: 'file:./data/peygir.db',
      COUNCIL_TIMEZONE: 'Asia/Tehran',
    });
    expect(loadConfig({ DATABASE_URL: 'postgresql://u@h/db' }).provider).toBe('postgresql');
  });
  it('takes a time zone by its canonical name or by an alias, and no other', () => {
    for (const tz of ['Europe/Berlin', 'UTC', 'Etc/GMT-3', 'Iran'])
      expect(loadConfig({ COUNCIL_TIMEZONE: tz }).COUNCIL_TIMEZONE).toBe(tz);
    expect(() => loadConfig({ COUNCIL_TIMEZONE: 'Asia/Esfahan' })).toThrow(/COUNCIL_TIMEZONE/);
  });
  it('names every bad variable in one message', () => {
    try {
      loadConfig({ COUNCIL_TIMEZONE: 'Mars/Base', WEBHOOK_PORT: 'x', DATABASE_URL: 'mysql://x' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const msg = (err as Error).message;
      for (const name of ['COUNCIL_TIMEZONE', 'WEBHOOK_PORT', 'DATABASE_URL']) expect(msg).toContain(name);
    }
  });
  it('never echoes a secret value', () => {
    try {
      loadConfig({ WEBHOOK_SECRET: 'short!' });
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message).toContain('WEBHOOK_SECRET');
      expect((err as Error).message).not.toContain('short!');
    }
  });
  it('takes Safir’s key and numeric bot id together, or neither', () => {
    expect(loadConfig({ SAFIR_API_KEY: 'k', SAFIR_BOT_ID: '1234' })).toMatchObject({
      SAFIR_API_URL: 'https://safir.bale.ai',
      SAFIR_PER_MINUTE: 60,
    });
    expect(() => loadConfig({ SAFIR_API_KEY: 'k' })).toThrow(/SAFIR_BOT_ID: required with SAFIR_API_KEY/);
    expect(() => loadConfig({ SAFIR_BOT_ID: '12' })).toThrow(/SAFIR_API_KEY: required with SAFIR_BOT_ID/);
    expect(() => loadConfig({ SAFIR_API_KEY: 'k', SAFIR_BOT_ID: '@peygir_bot' })).toThrow(/SAFIR_BOT_ID/);
    expect(() => loadConfig({ SAFIR_API_KEY: 'k', SAFIR_BOT_ID: '1', SAFIR_PER_MINUTE: '0' })).toThrow(
      /SAFIR_PER_MINUTE/,
    );
  });
  it('.env.example documents every variable', () => {
    const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
    for (const key of Object.keys(envSchema.shape)) expect(example, key).toMatch(new RegExp(`^#?\\s*${key}=`, 'm'));
  });
  it('.env.example points only to files that exist', () => {
    const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
    const named = [...example.matchAll(/[\w./-]+\.(?:md|ya?ml|service)\b/g)].map((m) => m[0]);
    expect(named).toEqual(expect.arrayContaining(['docs/telegram.md', 'docs/slack.md']));
    for (const path of named) expect(existsSync(new URL(`../${path}`, import.meta.url)), path).toBe(true);
  });
});

describe('database schemas', () => {
  it('the PostgreSQL schema is derived from the SQLite one', () => {
    expect(readFileSync(POSTGRES_SCHEMA, 'utf8')).toBe(derivePostgresSchema(readFileSync(SQLITE_SCHEMA, 'utf8')));
  });
});
