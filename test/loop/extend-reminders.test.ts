// While a request for more time awaits the chair, the item's reminders say so beside the deadline; once answered,
// they no longer do.
import { afterEach, describe, expect, it } from 'vitest';
import { ReminderEngine } from '../../jobs/send-due-reminders.js';
import { fromJalali, zonedInstant } from '../../src/core/calendar.js';
import { chatter } from '../helpers/chat.js';
import { freshApp, type Provider, postgresAvailable, type TestApp } from '../helpers/db.js';
import { seed } from '../helpers/seed.js';
import { FakeClock, RecordingNotifier, type Sent } from '../reminders/harness.js';

const at = (m: number, d: number, time: string) => zonedInstant(fromJalali(1404, m, d)!, time, 'Asia/Tehran');
/** Sunday 16 Azar 1404, 10:00. */
const T0 = at(9, 16, '10:00');
const pgUp = await postgresAvailable();

describe.each(['sqlite', 'postgresql'] as Provider[])(
  'reminders of an item with a request pending on %s',
  (provider) => {
    let app: TestApp | undefined;
    afterEach(async () => {
      await app?.cleanup();
      app = undefined;
    });

    it.skipIf(provider === 'postgresql' && !pgUp)('say the request is pending until the chair answers', async () => {
      const clock = new FakeClock(T0);
      app = await freshApp(provider, {}, { clock });
      await seed(app);
      const say = chatter(app);
      await say('fava', '/link کمیته فاوا');
      await say('chair', '/link chair');
      await app.db.prisma.chatBinding.updateMany({ data: { createdAt: new Date(T0.getTime() - 86_400_000) } });
      const sent: Sent[] = [];
      const engine = new ReminderEngine(app, [new RecordingNotifier('e', sent)], { instanceId: 'e' });
      const sweepAt = async (t: Date) => {
        clock.t = t;
        const before = sent.length;
        await engine.sweep(t);
        return sent.slice(before);
      };
      await sweepAt(T0);
      expect(await say('fava', '/extend 1 ۱۴۰۴/۱۰/۱۵ منتظر پاسخ ثبت احوال')).toContain('برای رئیس جلسه فرستاده شد');
      // Saturday 22 Azar, the weekly digest.
      const weekly = (await sweepAt(at(9, 22, '09:00'))).find((s) => s.address === 'console:fava')!;
      const lines = weekly.text.split('\n');
      const pendingLine = lines.findIndex((l) => l.includes('درخواست تمدید تا ۱۴۰۴/۱۰/۱۵ منتظر پاسخ رئیس جلسه است'));
      expect(pendingLine).toBeGreaterThan(0);
      // Item 1's block says it, beside its owners, and no other item's does.
      expect(lines[pendingLine - 1]).toMatch(/^\[1\] /);
      expect(lines.filter((l) => l.includes('درخواست تمدید'))).toHaveLength(1);

      await say('chair', '/decline 1 کافی است');
      const next = (await sweepAt(at(9, 29, '09:00'))).find((s) => s.address === 'console:fava')!;
      expect(next.text).not.toContain('درخواست تمدید');
    });
  },
);
