// Whatever a user types or a forged button carries: no crash, a clear reply or silence, and no change
// to items the chat does not own.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/core/i18n.js';
import type { ButtonAction, Incoming } from '../../src/core/types.js';
import { chatter, statuses } from '../helpers/chat.js';
import { freshApp, type TestApp } from '../helpers/db.js';
import { seed } from '../helpers/seed.js';

let app: TestApp;
beforeAll(async () => {
  app = await freshApp('sqlite');
  await seed(app);
  await chatter(app)('fava', '/link کمیته فاوا');
});
afterAll(async () => app.cleanup());

const COMMANDS = ['done', 'progress', 'blocked', 'note', 'status', 'list', 'link', 'undo', 'help', 'start', 'unlink'];
const numberish = fc.oneof(
  fc.integer({ min: -5, max: 12 }).map(String),
  fc.constantFrom('۳', '٣', '۳٫۵', '3.5', '-1', '0', '99999999999999999999', '55/3', '/', '1e9', '\u200F3'),
  fc.string({ maxLength: 8 }),
);
const commandText = fc
  .tuple(
    fc.constantFrom(...COMMANDS),
    fc.array(numberish, { maxLength: 4 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
  )
  .map(([c, nums, rest]) => `/${c} ${nums.join(' ')} ${rest}`);
const otherCommittees = async () => JSON.stringify([await statuses(app, 5), await statuses(app, 3)]);

describe('fuzzing user input', () => {
  it('command text: never throws, always a bounded answer, other committees untouched', async () => {
    const before = await statuses(app, 5);
    const dispatcher = app.dispatcher('peygir_bot');
    await fc.assert(
      fc.asyncProperty(fc.oneof(commandText, fc.string({ unit: 'binary', maxLength: 200 })), async (text) => {
        const incoming: Incoming = {
          chat: { platform: 'console', chatId: 'fava', kind: 'group' },
          user: { id: 'fuzzer', name: 'fuzzer' },
          text,
          isAdmin: async () => false,
        };
        const replies = await dispatcher.handle(incoming);
        expect(Array.isArray(replies)).toBe(true);
        for (const r of replies) expect(JSON.stringify(r).length).toBeLessThan(100_000);
      }),
      { numRuns: 150 },
    );
    expect(await statuses(app, 5)).toEqual(before);
  });

  it('a 100 KB message is refused in a short answer, and nothing of it is stored', async () => {
    const before = await app.store.getResolution({ kind: 'number', number: 1 });
    const huge = `/note 1 ${'ا'.repeat(100_000)}`;
    const reply = await chatter(app)('fava', huge);
    expect(reply.length).toBeLessThan(5_000);
    expect(reply).toContain(MESSAGES.fa.tooLong(4000, 100_002));
    const r1 = await app.store.getResolution({ kind: 'number', number: 1 });
    expect(r1!.assignments[0]!.lastNote).toBe(before!.assignments[0]!.lastNote);
  });

  it('forged or stale button payloads cannot change other committees’ items', async () => {
    const before = await otherCommittees();
    const dispatcher = app.dispatcher();
    const actions: ButtonAction[] = ['done', 'progress', 'blocked', 'snooze', 'import-confirm', 'import-cancel'];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...actions),
        fc.oneof(fc.constantFrom('5', '3', '99', '', '-1', '5 6', "5'; DROP TABLE Assignment;--"), fc.string()),
        async (action, value) => {
          await dispatcher.handle({
            chat: { platform: 'console', chatId: 'budget-impostor', kind: 'group' },
            user: { id: 'mallory', name: 'mallory' },
            text: '',
            action: { action, value },
            isAdmin: async () => true,
          });
        },
      ),
      { numRuns: 100 },
    );
    expect(await otherCommittees()).toEqual(before);
  });

  it('SQL in notes is stored and shown verbatim', async () => {
    const sql = 'x\'); DELETE FROM "Resolution"; --';
    const say = chatter(app);
    await say('fava', `/note 7 ${sql}`);
    expect(await app.db.prisma.resolution.count()).toBe(7);
    expect(await say('fava', '/status 7')).toContain(sql);
  });
});
