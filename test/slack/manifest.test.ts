import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { CORE_COMMANDS } from '../../handlers/index.js';
import { slashCommandNames } from '../../src/platforms/slack/commands.js';

const manifest = readFileSync(new URL('../../slack-manifest.yaml', import.meta.url), 'utf8');
const listAfter = (key: string) => {
  const start = manifest.indexOf(`${key}:\n`);
  const lines = manifest.slice(start).split('\n').slice(1);
  const items: string[] = [];
  for (const line of lines) {
    if (/^\s*#/.test(line)) continue;
    const m = /^\s*- (\S+)$/.exec(line);
    if (!m) break;
    items.push(m[1]!);
  }
  return items;
};

test('the Slack manifest declares exactly the commands, scopes and events the adapter uses', () => {
  // One command list: every command the dispatcher knows is declared, with its summary, and nothing else.
  const declared = [...manifest.matchAll(/- command: \/(\S+)\n\s+url: \S+\n\s+description: "(.*)"/g)];
  expect(declared.map((m) => m[1])).toEqual(slashCommandNames(CORE_COMMANDS));
  for (const c of CORE_COMMANDS) {
    const [, , description] = declared.find((m) => m[1] === c.name)!;
    expect(description).toBe(`${c.summary.en[0]!.toUpperCase()}${c.summary.en.slice(1)} — ${c.summary.fa}`);
  }
  expect(declared.map((m) => m[1])).toEqual(
    expect.arrayContaining(['report', 'snooze', 'meeting', 'schedule', 'start']),
  );
  expect(listAfter('bot').sort()).toEqual(
    [
      'channels:history',
      'channels:read',
      'chat:write',
      'commands',
      'files:write',
      'files:read',
      'groups:history',
      'groups:read',
      'users:read',
    ].sort(),
  );
  expect(listAfter('bot_events')).toEqual(['message.channels', 'message.groups']);
  expect(manifest).toMatch(/interactivity:\n\s+is_enabled: true/);
});
