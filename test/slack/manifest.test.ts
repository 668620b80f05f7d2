import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { SLASH_COMMANDS, UMBRELLA_COMMAND } from '../../src/platforms/slack/commands.js';

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
  const commands = [...manifest.matchAll(/- command: \/(\S+)/g)].map((m) => m[1]);
  expect(commands).toEqual([...SLASH_COMMANDS, UMBRELLA_COMMAND]);
  expect(listAfter('bot').sort()).toEqual(
    [
      'channels:history',
      'channels:read',
      'chat:write',
      'commands',
      'files:write',
      'groups:history',
      'groups:read',
      'users:read',
    ].sort(),
  );
  expect(listAfter('bot_events')).toEqual(['message.channels', 'message.groups']);
  expect(manifest).toMatch(/interactivity:\n\s+is_enabled: true/);
});
