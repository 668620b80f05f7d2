// Quiet without leaving: a digest-only committee chat, a chair's pause until a Jalali date, and a person
// who muted their own @-mentions, set through /schedule and honoured by the reminder engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReminderEngine } from '../../jobs/send-due-reminders.js';
import { fromJalali, zonedInstant } from '../../src/core/calendar.js';
import { dueOccurrences } from '../../src/core/schedule/occurrences.js';
import { consoleIncoming } from '../../src/platforms/console.js';
import { renderPlain } from '../../src/platforms/plain.js';
import { freshApp, type TestApp } from '../helpers/db.js';
import { seed, seedMinutes } from '../helpers/seed.js';
import { FakeClock } from './harness.js';

const TZ = 'Asia/Tehran';
const day = (m: number, d: number, time = '09:30') => zonedInstant(fromJalali(1401, m, d)!, time, TZ);
// Saturday 1401/08/07: the weekly digest day, and item 1 (due Tuesday 1401/08/10) is due soon.
const clock = new FakeClock(day(8, 7));
let app: TestApp;
let engine: ReminderEngine;
const say = async (chat: string, text: string, user = 'member') => {
  const replies = await app.dispatcher().handle(consoleIncoming({ chat, user, language: 'fa' }, text));
  return replies.map((r) => renderPlain(r, 'fa')).join('\n');
};
/** What the engine would send to each chat now, as `kind#item`. */
async function dueNow(at: Date) {
  clock.t = at;
  const { occurrences } = await engine.due(at);
  return occurrences.map((o) => `${o.address} ${o.kind}#${o.publicNumber ?? '-'}`).sort();
}

beforeAll(async () => {
  app = await freshApp('sqlite', { SECRETARY_IDS: 'console:sec', REMINDER_DUE_SOON_DAYS: '3' }, { clock });
  await seed(app, seedMinutes({ 1: { dueDate: fromJalali(1401, 8, 10) } }));
  await say('fava', '/link کمیته فاوا');
  await say('chair', '/link chair');
  engine = new ReminderEngine(app, []);
});
afterAll(() => app.cleanup());

describe('a digest-only committee chat', () => {
  it('gets the weekly digest but no reminder about a single item, until it asks for all again', async () => {
    expect(await dueNow(day(8, 7))).toEqual(['console:fava due-soon#1', 'console:fava weekly#-']);
    expect(await say('fava', '/schedule digest')).toContain('فقط خلاصه هفتگی فرستاده می‌شود');
    expect(await dueNow(day(8, 7))).toEqual(['console:fava weekly#-']);
    expect(await say('chair', '/schedule')).toContain('فقط خلاصه هفتگی: گروه کمیته فاوا');
    expect(await say('fava', '/schedule all')).toContain('یادآوری تک‌تک مصوبات هم فرستاده می‌شود');
    expect(await dueNow(day(8, 7))).toEqual(['console:fava due-soon#1', 'console:fava weekly#-']);
  });

  it('is the committee chat’s choice: an unlinked chat is told to link first', async () => {
    expect(await say('nowhere', '/schedule digest')).toContain('وصل نیست');
  });
});

describe('the chair’s pause', () => {
  it('silences a committee, and the chair about it, through the date, then reminders resume', async () => {
    const saved = await say('chair', '/schedule کمیته فاوا pause ۱۴۰۱/۰۸/۱۵');
    expect(saved).toContain('متوقف تا ۱۴۰۱/۰۸/۱۵');
    expect(await dueNow(day(8, 7))).toEqual([]);
    // Item 1 is three work days late on 1401/08/15: the escalation waits with the rest.
    expect(await dueNow(day(8, 15))).toEqual([]);
    expect(await dueNow(day(8, 16))).toEqual(['console:fava overdue#1']);
    expect(await say('chair', '/schedule')).toContain('کمیته فاوا: روشن');
    expect(await say('chair', '/schedule')).toContain('متوقف تا ۱۴۰۱/۰۸/۱۵');
    expect(await say('chair', '/schedule کمیته فاوا resume')).not.toContain('متوقف');
    expect(await dueNow(day(8, 7))).toEqual(['console:fava due-soon#1', 'console:fava weekly#-']);
  });

  it('refuses a date already past, and only the chair may pause', async () => {
    clock.t = day(8, 7);
    expect(await say('chair', '/schedule کمیته فاوا pause ۱۴۰۱/۰۸/۰۱')).toContain('گذشته است');
    expect(await say('fava', '/schedule کمیته فاوا pause ۱۴۰۱/۰۸/۱۵')).toContain('فقط از گروه رئیس');
    const row = await app.db.prisma.reminderSchedule.findFirst();
    expect(JSON.parse(row?.settings ?? '{}').pausedUntil).toBeUndefined();
  });

  it('is a pure rule of the due computation', () => {
    const calendar = engine.calendar;
    const input = {
      now: day(8, 7),
      since: day(8, 6),
      timeZone: TZ,
      calendar,
      bindings: [
        {
          id: 1,
          address: 'a',
          platform: 'console' as const,
          chatId: 'a',
          threadId: '',
          role: 'committee' as const,
          ownerId: 1,
          ownerName: 'x',
        },
      ],
      resolutions: [],
      nextMeetingAt: null,
    };
    const paused = (until: string | null) =>
      dueOccurrences({ ...input, settingsFor: () => ({ ...engine.defaults, pausedUntil: until }) }).length;
    expect(paused(null)).toBe(1);
    expect(paused(fromJalali(1401, 8, 7))).toBe(0);
    expect(paused(fromJalali(1401, 8, 6))).toBe(1);
  });
});

describe('muted @-mentions', () => {
  it('a person mutes their own mentions; /schedule shows it; the 🚫 question then names no one', async () => {
    const press = async () => {
      const d = app.dispatcher();
      const [r] = await d.handle({
        ...consoleIncoming({ chat: 'fava', user: 'maryam', language: 'fa' }, ''),
        action: { action: 'blocked', value: '2' },
      });
      return r!;
    };
    expect((await press()).noMention).toBe(false);
    expect(await say('fava', '/schedule mute', 'maryam')).toContain('maryam، پیگیر دیگر شما را با @ صدا نمی‌زند');
    expect((await press()).noMention).toBe(true);
    expect(await say('chair', '/schedule')).toContain('بدون @: maryam');
    await say('fava', '/schedule unmute', 'maryam');
    expect((await press()).noMention).toBe(false);
    expect(await say('chair', '/schedule')).not.toContain('بدون @');
  });
});
