// A council's memory at the desk: an uploaded file is read against the register, and the import table marks
// each owner known or new.
import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/core/i18n.js';
import { type Desk, startDesk } from './harness.js';

const fa = MESSAGES.fa;
let desk: Desk;
afterEach(() => desk?.app.cleanup());

// The seeded council (meeting 55) has «کمیته فاوا» (also «فاوا»), «دبیرخانه» and others registered.
const MINUTES = `صورتجلسه شماره ۵۷
تاریخ جلسه: ۱۴۰۱/۰۸/۱۶
مصوبات:
۱- مقرر شد كميته‌ی فاوا نسخه تازه سامانه را نصب نماید.
۲- مقرر شد شهردار محترم محل برگزاری نمایشگاه را معرفی نماید.
۳- فهرست حاضران نشست بعدی تهیه شود.
`;

describe('the desk import reads against the register', () => {
  it('names registered owners as registered and marks each known or new', async () => {
    desk = await startDesk();
    await desk.signIn();
    const html = await (await desk.get(await desk.uploadMinutes('minutes-57.txt', MINUTES))).text();
    expect(html).toContain('name="owners.0" value="کمیته فاوا"');
    expect(html).toContain(fa.memory.marked('کمیته فاوا', fa.memory.known));
    expect(html).toContain(fa.memory.marked('شهردار', fa.memory.fresh));
    expect(html).toContain(fa.memory.noOwner([10]));
  });
});
