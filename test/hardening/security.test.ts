// The who-can-change-what matrix, cell by cell, through the real Telegram adapter (bot.handleUpdate), and
// docs/security.md checked against it. Signatures and secrets are tested where the adapters are:
// Slack signature and timestamp in test/slack/http.test.ts, the Telegram webhook secret in test/telegram/http.test.ts.
import { readFileSync } from 'node:fs';
import type { Update } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, ALI, bindChat, CHATS, type Harness, harness } from '../telegram/harness.js';
import { ACTORS, type ActorName, COMMANDS, type CommandName, MATRIX, matrixMarkdown } from './matrix.js';

const SECRETARY = { id: 77, is_bot: false, first_name: 'دبیر', language_code: 'fa' };
const WHO: Record<ActorName, { chat: object; from: object }> = {
  member: { chat: CHATS.group, from: ALI },
  admin: { chat: CHATS.group, from: ADMIN },
  other: { chat: CHATS.supergroup, from: ALI },
  chair: { chat: CHATS.chair, from: ALI },
  secretary: { chat: { id: SECRETARY.id, type: 'private', first_name: 'دبیر' }, from: SECRETARY },
  private: { chat: CHATS.private, from: ALI },
};

let h: Harness;
let messageId = 5000;

function message(who: { chat: object; from: object }, text: string): Omit<Update, 'update_id'> {
  const word = /^\/\S+/.exec(text)?.[0] ?? '';
  const entities = word ? [{ type: 'bot_command', offset: 0, length: word.length }] : [];
  return { message: { message_id: messageId++, date: 1, chat: who.chat, from: who.from, text, entities } } as never;
}

function press(who: { chat: object; from: object }, data: string): Omit<Update, 'update_id'> {
  const msg = { message_id: messageId++, date: 1, chat: who.chat, from: { id: 999, is_bot: true }, text: 'یادآوری' };
  return { callback_query: { id: `cb${messageId}`, chat_instance: 'ci', from: who.from, data, message: msg } } as never;
}

/** What the matrix is about: item 1 (فاوا's share, its owners and deadline), and which chats are bound to what. */
async function snapshot(): Promise<string> {
  const prisma = h.app.db.prisma;
  const item = await prisma.assignment.findFirst({
    where: { resolution: { publicNumber: 1 } },
    select: { status: true, lastNote: true },
  });
  const owners = await prisma.assignment.findMany({
    where: { resolution: { publicNumber: 1 }, removedAt: null, status: { not: 'cancelled' } },
    select: { ownerId: true },
    orderBy: { ownerId: 'asc' },
  });
  const due = await prisma.resolution.findFirst({
    where: { publicNumber: 1 },
    select: { dueDate: true, dueAtNextMeeting: true },
  });
  const bindings = await prisma.chatBinding.findMany({
    where: { active: true },
    select: { address: true, target: true },
    orderBy: [{ address: 'asc' }, { target: 'asc' }],
  });
  return JSON.stringify({ item, owners, due, bindings });
}

/** Item 1 as seeded: its deadline and the assignments it had. */
let seeded: { dueDate: string | null; dueAtNextMeeting: boolean; assignmentIds: number[] };

/** Every cell starts from the same state: item 1 open without a note, as seeded, three chats bound. */
async function reset(): Promise<void> {
  const prisma = h.app.db.prisma;
  await prisma.assignment.updateMany({ data: { status: 'open', lastNote: null, removedAt: null } });
  // An owner a cell added to item 1 is taken off again; a correction left in the log is no one's to undo.
  await prisma.assignment.updateMany({
    where: { resolution: { publicNumber: 1 }, id: { notIn: seeded.assignmentIds } },
    data: { status: 'cancelled', removedAt: new Date(0) },
  });
  await prisma.resolution.updateMany({
    where: { publicNumber: 1 },
    data: { dueDate: seeded.dueDate, dueAtNextMeeting: seeded.dueAtNextMeeting },
  });
  await prisma.resolutionEvent.deleteMany();
  await prisma.chatBinding.deleteMany();
  await bindChat(h.app, 'telegram:-555', 'کمیته فاوا');
  await bindChat(h.app, 'telegram:-1001', 'کمیته تامین داده');
  await h.app.store.bind({
    address: 'telegram:-1003',
    platform: 'telegram',
    chatId: '-1003',
    role: 'chair',
    ownerId: null,
    createdBy: 'test',
  });
}

beforeAll(async () => {
  // The secretary's role comes from the configuration, as in production.
  h = await harness('telegram', undefined, { SECRETARY_IDS: `telegram:${SECRETARY.id}` });
  const item = await h.app.db.prisma.resolution.findFirstOrThrow({
    where: { publicNumber: 1 },
    include: { assignments: { select: { id: true } } },
  });
  seeded = {
    dueDate: item.dueDate,
    dueAtNextMeeting: item.dueAtNextMeeting,
    assignmentIds: item.assignments.map((a) => a.id),
  };
});
afterAll(() => h.cleanup());

describe('who can change what', () => {
  const cells = (Object.keys(ACTORS) as ActorName[]).flatMap((a) =>
    (Object.keys(COMMANDS) as CommandName[]).map((c) => [a, c, MATRIX[a][c]] as const),
  );
  it.each(cells)('%s × %s → changes: %s', async (actor, command, allowed) => {
    await reset();
    // /undo needs something to undo: the committee's own chat has just marked item 1 done.
    if (command === 'undo') await h.update(message(WHO.member, '/done 1'));
    // /reopen needs a done item: فاوا's share of item 1 is done.
    if (command === 'reopen') await h.app.db.prisma.assignment.updateMany({ data: { status: 'done' } });
    const before = await snapshot();
    const who = WHO[actor];
    const calls = await h.update(command === 'button' ? press(who, 'done:1') : message(who, COMMANDS[command]));
    const after = await snapshot();
    expect(after !== before, `${actor} ${command}: ${before} → ${after}`).toBe(allowed);
    // Refused or not, the sender always hears back (a reply or a button answer), never silence or a crash.
    expect(calls.some((c) => ['sendMessage', 'answerCallbackQuery'].includes(c.method))).toBe(true);
  });
});

describe.each(['docs/security.md', 'README.md'])('%s', (file) => {
  it('carries exactly the matrix this test runs', () => {
    const doc = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
    const table = /<!-- matrix:start -->\n([\s\S]*?)\n<!-- matrix:end -->/.exec(doc)?.[1];
    expect(table).toBe(matrixMarkdown());
  });
});
