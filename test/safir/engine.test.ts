// Reminders and notices reach an owner with a phone number and no linked chat through Safir, by the same claims,
// retries and reports as any chat; an owner with a chat is reminded there only; and a send that Safir received
// but whose answer was lost is retried under the same request_id, so the person gets it once.
import { afterEach, describe, expect, it } from 'vitest';
import { ReminderEngine } from '../../jobs/send-due-reminders.js';
import { type App, createApp } from '../../src/app.js';
import type { Actor } from '../../src/core/ports.js';
import { createLogger } from '../../src/logger.js';
import { SafirClient } from '../../src/platforms/safir/client.js';
import { startSafir } from '../../src/platforms/safir/index.js';
import { requestId, SafirNotifier } from '../../src/platforms/safir/notifier.js';
import { type FreshDatabase, freshDatabase } from '../helpers/db.js';
import { jobsTestConfig } from '../reminders/config.js';
import { populate, RecordingNotifier, type Sent } from '../reminders/harness.js';
import { type FakeSafir, startFakeSafir } from './fake-safir.js';

let fresh: FreshDatabase | undefined;
let app: App | undefined;
let safir: FakeSafir | undefined;
afterEach(async () => {
  await app?.close();
  await fresh?.drop();
  await safir?.close();
  app = undefined;
  safir = undefined;
});

const T = Date.parse('2022-11-01T05:30:00Z'); // Tuesday 1401/08/10, 09:00 Tehran
const at = (ms: number) => new Date(T + ms);
const secretary: Actor = { platform: 'console', userId: 'sec', name: 'Secretary' };

async function setUp(extra: Record<string, string> = {}) {
  fresh = await freshDatabase('sqlite');
  safir = await startFakeSafir({ key: 'key-1', botId: 77 });
  const env = { SAFIR_API_KEY: 'key-1', SAFIR_BOT_ID: '77', SAFIR_API_URL: safir.url, ...extra };
  app = await createApp(jobsTestConfig(fresh.url, env), createLogger('silent'));
  // committee 0 and 1 have console chats; «Mrs Jafari» has only a phone number.
  await populate(app, { committees: 2, itemsPerCommittee: 1, dueDate: () => '2022-11-01', chair: true });
  const prisma = app.db.prisma;
  const meeting = await prisma.meeting.findFirstOrThrow();
  const jafari = await prisma.owner.create({ data: { councilId: app.councilId, name: 'Mrs Jafari' } });
  const item = await prisma.resolution.create({
    data: {
      councilId: app.councilId,
      meetingId: meeting.id,
      row: 9,
      publicNumber: 9,
      text: 'the census report',
      dueDate: '2022-11-01',
    },
  });
  // Given an hour before the first sweep: its notice (ابلاغ) is due then, where notices are on.
  await prisma.assignment.create({ data: { resolutionId: item.id, ownerId: jafari.id, createdAt: at(-3_600_000) } });
  await app.phones.set(jafari.id, '989121234567', secretary, 'desk');
  // A committee with a chat and a phone: reminded in its chat only.
  const c0 = await prisma.owner.findFirstOrThrow({ where: { name: 'committee 0' } });
  await app.phones.set(c0.id, '989350000000', secretary, 'desk');
  const sent: Sent[] = [];
  const client = new SafirClient({ apiUrl: safir.url, apiKey: 'key-1', botId: '77', perMinute: 6000 });
  const engine = new ReminderEngine(app, [new RecordingNotifier('e', sent), new SafirNotifier(client, app.outbox)]);
  return { app, safir, engine, sent, jafari, c0 };
}

describe('Safir in the reminder engine', () => {
  it('reminds an owner with a phone and no chat through Safir, and an owner with a chat in its chat only', async () => {
    const { app, safir, engine, sent, jafari } = await setUp();
    expect(await engine.sweep(at(0))).toMatchObject({ sent: 3, failed: 0 });
    expect(safir.delivered).toHaveLength(1);
    expect(safir.delivered[0]).toMatchObject({ phone: '989121234567' });
    expect(safir.delivered[0]!.text).toContain('the census report');
    expect(sent.map((s) => s.address).sort()).toEqual(['console:c0', 'console:c1']);
    const occurrence = await app.db.prisma.reminderOccurrence.findFirstOrThrow({ where: { ownerId: jafari.id } });
    expect(occurrence).toMatchObject({ state: 'sent', kind: 'due-today' });
    // Reached «through Safir»: not among the owners reminded to nobody.
    expect((await app.store.reachedOwnerIds()).has(jafari.id)).toBe(true);
  });

  it('the notice of a new item reaches a phone-only owner through Safir, once', async () => {
    const { app, safir, engine, jafari } = await setUp({ NOTICE_ON_IMPORT: 'true' });
    // The number was set before the item was given.
    await app.db.prisma.chatBinding.updateMany({ where: { platform: 'safir' }, data: { createdAt: at(-7_200_000) } });
    await engine.sweep(at(-3_000_000));
    expect(safir.delivered).toHaveLength(1);
    const sent = await app.db.prisma.reminderOccurrence.findMany({ where: { ownerId: jafari.id } });
    expect(sent.map((o) => [o.kind, o.state])).toContainEqual(['notice', 'sent']);
    expect(safir.delivered[0]!.text).toContain('Items assigned to Mrs Jafari');
    expect(safir.delivered[0]!.text).toContain('the census report');
    await engine.sweep(at(-2_900_000));
    expect(safir.delivered).toHaveLength(1);
  });

  it('a retry after a lost answer carries the same request_id, and the person gets the reminder once', async () => {
    const { app, safir, engine, jafari } = await setUp();
    safir.loseAnswers(1);
    expect(await engine.sweep(at(0))).toMatchObject({ sent: 2, failed: 1 });
    const failed = await app.db.prisma.reminderOccurrence.findFirstOrThrow({ where: { ownerId: jafari.id } });
    expect(failed).toMatchObject({ state: 'failed' });
    expect(failed.error).toContain('502');
    expect(await engine.sweep(at(61_000))).toMatchObject({ claimed: 1, sent: 1 });
    expect(safir.delivered).toHaveLength(1);
    const ids = safir.requests.filter((r) => r.requestId !== null).map((r) => r.requestId);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe(ids[1]);
    expect(await app.db.prisma.reminderOccurrence.findFirstOrThrow({ where: { ownerId: jafari.id } })).toMatchObject({
      state: 'sent',
      attempts: 2,
    });
  });

  it('two failed messages retried in one sweep go out as they first did, each under its own request_id', async () => {
    const { app, safir, engine, jafari } = await setUp({ NOTICE_ON_IMPORT: 'true' });
    await app.db.prisma.chatBinding.updateMany({ where: { platform: 'safir' }, data: { createdAt: at(-7_200_000) } });
    const first = (id: string | null) => safir!.requests.findIndex((r) => r.requestId === id);
    // The notice reaches the person, but Safir's answer is lost: peygir takes it as failed (retry in a minute).
    safir.loseAnswers(1);
    expect(await engine.sweep(at(-3_000_000))).toMatchObject({ failed: 1 });
    expect(safir.delivered).toHaveLength(1);
    const notice = safir.delivered[0]!;
    expect(notice.text).toContain('Items assigned to Mrs Jafari');
    // At 09:00 the due-day reminder goes out for the first time and the notice is retried; Safir refuses both
    // (the stand-in's choice of status), so the notice is next tried in four minutes, the reminder in one.
    safir.failNext(2, 503);
    expect(await engine.sweep(at(0))).toMatchObject({ failed: 2 });
    const refused = safir.requests.slice(-2).map((r) => r.requestId);
    const reminderId = refused.find((id) => id !== notice.requestId)!;
    expect(refused).toContain(notice.requestId);
    expect(reminderId).toBeTruthy();

    // Five minutes later both are due again in the same sweep.
    const before = safir.requests.length;
    expect(await engine.sweep(at(300_000))).toMatchObject({ claimed: 2, sent: 2, failed: 0 });
    const retried = safir.requests.slice(before).map((r) => r.requestId);
    // Each message again under the request_id it first went out with: the notice is not delivered twice.
    expect(retried.sort()).toEqual([notice.requestId, reminderId].sort());
    expect(retried.every((id) => first(id) < before)).toBe(true);
    expect(safir.delivered.map((d) => d.requestId)).toEqual([notice.requestId, reminderId]);
    expect(safir.delivered[1]!.text).toContain('the census report');
    expect(safir.delivered[1]!.text).not.toContain('Items assigned to Mrs Jafari');
    const rows = await app.db.prisma.reminderOccurrence.findMany({
      where: { ownerId: jafari.id },
      orderBy: { id: 'asc' },
    });
    expect(rows.map((r) => [r.kind, r.state])).toEqual([
      ['notice', 'sent'],
      ['due-today', 'sent'],
    ]);
  });

  it('a claim from before messages were recorded is retried under the request_id it first had', async () => {
    const { app, safir, engine, jafari } = await setUp();
    safir.failNext(1, 503);
    await engine.sweep(at(0));
    // As the release before recorded it: no message, and its request_id made from its key.
    const row = await app.db.prisma.reminderOccurrence.findFirstOrThrow({ where: { ownerId: jafari.id } });
    await app.db.prisma.reminderOccurrence.update({ where: { id: row.id }, data: { message: null } });
    await engine.sweep(at(61_000));
    expect(safir.delivered.map((d) => d.requestId)).toEqual([requestId('989121234567', row.key, 0)]);
  });

  it('Safir’s refusal is retried, then given up and told to the chair like any failed send', async () => {
    const { app, safir, engine, sent, jafari } = await setUp();
    safir.failNext(20, 400, '{"error":"user not found"}');
    await engine.sweep(at(0));
    for (let h = 1; h <= 5; h++) await engine.sweep(at(h * 3_600_000));
    const dead = await app.db.prisma.reminderOccurrence.findFirstOrThrow({ where: { ownerId: jafari.id } });
    expect(dead.state).toBe('dead');
    expect(dead.error).toContain('user not found');
    expect(safir.delivered).toHaveLength(0);
    const report = sent.filter((s) => s.address === 'console:chair' && s.text.includes('Mrs Jafari'));
    expect(report).toHaveLength(1);
  });

  it('a phone number stands in only while no chat is linked, and changes are kept in the owner’s history', async () => {
    const { app, safir, engine, jafari } = await setUp();
    await app.store.bind({
      address: 'console:jafari',
      platform: 'console',
      chatId: 'jafari',
      role: 'committee',
      ownerId: jafari.id,
      createdBy: 'test',
    });
    await engine.sweep(at(0));
    expect(safir.delivered).toHaveLength(0);
    expect(await app.phones.set(jafari.id, '989121234567', secretary, 'desk')).toBe(false);
    expect(await app.phones.set(jafari.id, '989120000000', secretary, 'desk')).toBe(true);
    expect(await app.phones.set(jafari.id, null, secretary, 'desk')).toBe(true);
    expect(await app.phones.of(jafari.id)).toBeNull();
    const history = await app.db.prisma.recordChange.findMany({
      where: { subject: 'owner', subjectId: jafari.id, field: 'phone' },
      orderBy: { id: 'asc' },
    });
    expect(history.map((h) => [h.fromValue, h.toValue])).toEqual([
      [null, '989121234567'],
      ['989121234567', '989120000000'],
      ['989120000000', null],
    ]);
    // Nothing deleted: the old numbers' bindings stay, inactive, with why.
    const old = await app.db.prisma.chatBinding.findMany({ where: { platform: 'safir', ownerId: jafari.id } });
    expect(old.map((b) => [b.chatId, b.active, b.disabledReason])).toEqual([
      ['989121234567', false, 'phone number changed'],
      ['989120000000', false, 'phone number removed'],
    ]);
  });

  it('started from the configuration, Safir also carries an answer to a phone-only owner', async () => {
    const { app, safir, jafari, c0 } = await setUp();
    const running = startSafir(app);
    expect(running).toMatchObject({ name: 'safir', sendOnly: true });
    await app.outbox.tellOwner(jafari.id, { blocks: [{ type: 'text', text: 'extension approved' }] });
    // An owner with a chat hears it there, not at its number too (no console sender runs here).
    await app.outbox.tellOwner(c0.id, { blocks: [{ type: 'text', text: 'extension declined' }] });
    expect(safir.delivered.map((d) => [d.phone, d.text.split('\n')[0]])).toEqual([
      ['989121234567', 'extension approved'],
    ]);
    await running.stop();
  });

  it('without Safir configured a phone number reaches nobody', async () => {
    fresh = await freshDatabase('sqlite');
    app = await createApp(jobsTestConfig(fresh.url), createLogger('silent'));
    const owner = await app.db.prisma.owner.create({ data: { councilId: app.councilId, name: 'Mr Nasiri' } });
    await app.phones.set(owner.id, '989121234567', secretary, 'cli');
    expect((await app.store.reachedOwnerIds()).has(owner.id)).toBe(false);
  });
});
