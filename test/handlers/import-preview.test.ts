// The minutes preview in chat: every change of a re-import row by row, doubtful fields marked, items named
// by the numbers the preview shows, a file without a meeting number said plainly, and the question (with
// buttons) when a stored meeting matches only in part.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Incoming, Reply } from '../../src/core/types.js';
import { planImport } from '../../src/db/import.js';
import { previewBlocks } from '../../src/minutes/preview.js';
import type { ParsedMinutes } from '../../src/minutes/types.js';
import { renderPlain } from '../../src/platforms/plain.js';
import { SAMPLE_MINUTES } from '../../src/sample.js';
import { freshApp, type TestApp } from '../helpers/db.js';
import { seed, seedMinutes } from '../helpers/seed.js';

let app: TestApp;
beforeEach(async () => {
  app = await freshApp('sqlite', { SECRETARY_IDS: 'console:secretary' });
});
afterEach(async () => app.cleanup());

async function preview(m: ParsedMinutes, lang: 'fa' | 'en' = 'fa'): Promise<string> {
  const plan = await planImport(app.db.prisma, app.councilId, m, JSON.stringify(m));
  return renderPlain({ blocks: previewBlocks(m, plan, lang) }, lang);
}

describe('the preview', () => {
  it('lists every change of a re-import row by row', async () => {
    await seed(app);
    const r3 = await app.store.getResolution({ kind: 'number', number: 3 });
    const data = r3!.assignments.find((a) => a.ownerName === 'دبیرخانه')!;
    await app.store.applyChanges(
      [{ assignmentId: data.id, from: 'open', to: 'done', note: null, type: 'status' }],
      { platform: 'console', userId: 'u', name: 'u' },
      'console:office',
    );
    const m = seedMinutes({ 2: { text: 'متن تازه' }, 3: { owners: ['کمیته فاوا'] } });
    m.resolutions = m.resolutions.slice(0, 6);
    const text = await preview(m);
    expect(text).toContain('این جلسه قبلاً وارد شده است');
    expect(text).toMatch(/\[۱\][^\n]*\n[^\n]*بدون تغییر/);
    // Every change from its old value to its new one.
    expect(text).toMatch(/\[۲\] متن تازه\n[^\n]*متن از «مقرر شد رونوشت مکاتبات[^»]*» به «متن تازه» تغییر می‌کند/);
    expect(text).toContain('متولیان از «کمیته فاوا، کمیته تامین داده، دبیرخانه» به «کمیته فاوا، دبیرخانه» تغییر می‌کند');
    expect(text).toContain('دبیرخانه گزارش داده («انجام شد») و می‌ماند تا دبیر تصمیم بگیرد');
    expect(text).toContain('مصوبه ۷ (ردیف ۷) در این فایل نیست؛ نگه داشته می‌شود');
  });

  it('marks the fields the parser doubts and names items by their shown numbers', async () => {
    await seed(app);
    const next = seedMinutes({ 1: { owners: [], doubts: ['owners'] }, 2: { doubts: ['deadline', 'text'] } });
    next.meeting = { ...next.meeting, number: '56', gregorianDate: '2022-11-01', doubts: ['number'] };
    const text = await preview(next);
    expect(text).toContain('جلسه ۵۶ (؟)');
    expect(text).toMatch(/\[۸\][^\n]*\n\s+ردیف ۱ · بدون متولی \(؟\)/);
    expect(text).toMatch(/\[۹\][^\n]*\(؟\)\n/);
    expect(text).toContain('مصوبه ۸ متولی ندارد');
    expect(text).not.toContain('مصوبه ۱ متولی ندارد');
    expect(text).toContain('موارد علامت‌دار «(؟)» را پیش از تأیید بررسی کنید');
    expect(await preview(next, 'en')).toContain('Meeting 56 (?)');
  });

  it('says plainly when a file has no meeting number', async () => {
    const m = seedMinutes();
    m.meeting = { ...m.meeting, number: null };
    const text = await preview(m);
    expect(text).toContain('این فایل شماره جلسه ندارد · ۱۴۰۱/۰۷/۲۵');
    expect(text).not.toContain('?');
    expect(text).not.toContain('؟');
  });
});

function incoming(extra: Partial<Incoming>): Incoming {
  return {
    chat: { platform: 'console', chatId: 'office', kind: 'group' },
    user: { id: 'secretary', name: 'secretary' },
    text: '',
    isAdmin: async () => false,
    ...extra,
  };
}
const sample = readFileSync(SAMPLE_MINUTES, 'utf8');
const send = (text: string) => incoming({ file: { name: 'minutes.txt', load: async () => Buffer.from(text) } });
const press = (value: string) => incoming({ action: { action: 'import-confirm', value } });
const texts = (r: Reply) => renderPlain(r, 'fa');

describe('a file that matches a stored meeting only in part, sent in chat', () => {
  it('asks with buttons, and stores a new meeting only when told so', async () => {
    const d = app.dispatcher();
    const [first] = await d.handle(send(sample));
    await d.handle(press(first!.buttons![0]!.value));
    const [asked] = await d.handle(send(sample.replace('۱۴۰۱/۰۷/۲۵', '۱۴۰۲/۰۱/۲۰')));
    expect(texts(asked!)).toContain('جلسه ۵۵ با تاریخ ۱۴۰۱/۰۷/۲۵ قبلاً ثبت شده، ولی تاریخ این فایل ۱۴۰۲/۰۱/۲۰ است');
    const labels = asked!.buttons!.map((b) => b.label);
    expect(labels).toEqual(['✅ به‌روز کردن جلسه ۵۵ (۱۴۰۱/۰۷/۲۵)', '🆕 ثبت جلسه تازه', '✖ انصراف']);
    expect(await app.db.prisma.meeting.count()).toBe(1);
    const fresh = asked!.buttons!.find((b) => b.value.endsWith(':new'))!;
    const [done] = await d.handle(press(fresh.value));
    expect(texts(done!)).toContain('۷ مصوبه جدید');
    expect(await app.db.prisma.meeting.count()).toBe(2);
    expect(await app.db.prisma.resolution.count()).toBe(14);
  });
});
