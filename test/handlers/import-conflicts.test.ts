// Minutes sent again in chat after corrections from chat: the corrections the file did not touch are kept
// and said so; a field the file changed too is a conflict the secretary settles with the preview's buttons,
// either way, before Confirm appears — on SQLite and PostgreSQL.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Button, Incoming, Reply } from '../../src/core/types.js';
import { renderPlain } from '../../src/platforms/plain.js';
import { renderTelegram } from '../../src/platforms/telegram/render.js';
import { SAMPLE_MINUTES } from '../../src/sample.js';
import { chatter } from '../helpers/chat.js';
import { freshApp, type Provider, postgresAvailable, type TestApp } from '../helpers/db.js';

const pgUp = await postgresAvailable();
const sample = readFileSync(SAMPLE_MINUTES, 'utf8');
const ROW_1 = 'وارد شود تا یک سطح بالاتر رود.\tکمیته فاوا\t-';
/** The sample with row 1 due on a date (a Jalali date in the deadline column). */
const dueOn = (date: string) => sample.replace(ROW_1, ROW_1.replace(/-$/, date));

describe.each(['sqlite', 'postgresql'] as Provider[])('a re-import sent in chat on %s', (provider) => {
  let app: TestApp;
  beforeEach(async () => {
    if (provider === 'postgresql' && !pgUp) return;
    app = await freshApp(provider, { SECRETARY_IDS: 'console:secretary' });
  });
  afterEach(async () => app?.cleanup());
  const run = it.skipIf(provider === 'postgresql' && !pgUp);

  const incoming = (extra: Partial<Incoming>): Incoming => ({
    chat: { platform: 'console', chatId: 'office', kind: 'group' },
    user: { id: 'secretary', name: 'secretary' },
    text: '',
    isAdmin: async () => false,
    ...extra,
  });
  const send = async (text: string) =>
    (
      await app.dispatcher().handle(incoming({ file: { name: 'minutes.txt', load: async () => Buffer.from(text) } }))
    )[0]!;
  const press = async (b: Button) =>
    (await app.dispatcher().handle(incoming({ action: { action: b.action, value: b.value } })))[0]!;
  const button = (r: Reply, label: string) => r.buttons!.find((b) => b.label === label)!;
  const labels = (r: Reply) => r.buttons!.map((b) => b.label);
  const shown = (r: Reply) => renderPlain(r, 'fa');
  const item = async (n: number) => (await app.store.getResolution({ kind: 'number', number: n }))!;
  const say = (text: string) => chatter(app)('office', text, { user: 'secretary' });

  run('/deadline and /owner from chat are kept when the same minutes come again, and said so', async () => {
    await press(button(await send(sample), '✅ تأیید و ثبت'));
    expect(await say('/deadline 1 ۱۴۰۵/۱۲/۱۰')).toContain('مهلت مصوبه ۱');
    expect(await say('/owner 3 + کارگروه روش شناسی')).toContain('متولی مصوبه ۳');
    const preview = await send(sample);
    const text = shown(preview);
    expect(text).toContain('مهلت «۱۴۰۵/۱۲/۱۰»: اصلاح‌شده — حفظ شد (در فایل: «بدون مهلت»)');
    expect(text).toContain(
      'متولیان «کمیته فاوا، کمیته تامین داده، دبیرخانه، کارگروه روش شناسی»: اصلاح‌شده — حفظ شد (در فایل: «کمیته فاوا، کمیته تامین داده، دبیرخانه»)',
    );
    expect(labels(preview)).toEqual(['✅ تأیید و ثبت', '✖ انصراف']);
    expect(shown(await press(button(preview, '✅ تأیید و ثبت')))).toContain('۰ مصوبه جدید، ۷ به‌روز شده');
    expect((await item(1)).dueDate).toBe('2027-03-01');
    expect((await item(3)).assignments.map((a) => a.ownerName)).toContain('کارگروه روش شناسی');
  });

  run('a deadline both the file and chat changed: the buttons decide, the correction or the file', async () => {
    await press(button(await send(sample), '✅ تأیید و ثبت'));
    await say('/deadline 1 ۱۴۰۵/۱۲/۱۰');
    const asked = await send(dueOn('۱۴۰۲/۰۱/۱۵'));
    expect(shown(asked)).toContain('تعارض در مهلت: اصلاح‌شده «۱۴۰۵/۱۲/۱۰»، فایل «۱۴۰۲/۰۱/۱۵» — دبیر انتخاب کند');
    expect(shown(asked)).toContain('۱ تعارض: این موارد را هم فایل و هم اصلاحی');
    // No Confirm until every conflict is answered.
    expect(labels(asked)).toEqual(['[۱] مهلت: اصلاح بماند', '[۱] مهلت: طبق فایل', '✖ انصراف']);
    // On Telegram and Bale, a row per conflict and Cancel on its own, each payload within 64 bytes.
    const keyboard = renderTelegram(asked, 'fa').at(-1)!.keyboard;
    expect(keyboard.map((row) => row.map((b) => b.text))).toEqual([
      ['[۱] مهلت: اصلاح بماند', '[۱] مهلت: طبق فایل'],
      ['✖ انصراف'],
    ]);
    for (const b of keyboard.flat()) expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);
    const kept = await press(button(asked, '[۱] مهلت: اصلاح بماند'));
    expect(kept.replaceOriginal).toBe(true);
    expect(shown(kept)).toContain('— انتخاب: اصلاح‌شده بماند');
    expect(labels(kept)).toEqual(['✅ تأیید و ثبت', '↺ انتخاب دوباره', '✖ انصراف']);
    expect((await item(1)).dueDate).toBe('2027-03-01');
    // Chosen again, the other way.
    const again = await press(button(kept, '↺ انتخاب دوباره'));
    const file = await press(button(again, '[۱] مهلت: طبق فایل'));
    expect(shown(file)).toContain('— انتخاب: طبق فایل');
    await press(button(file, '✅ تأیید و ثبت'));
    expect((await item(1)).dueDate).toBe('2023-04-04');

    // And the correction kept, when the next file changes the deadline again.
    await say('/deadline 1 ۱۴۰۵/۱۲/۲۰');
    const next = await send(dueOn('۱۴۰۲/۰۲/۱۵'));
    await press(button(await press(button(next, '[۱] مهلت: اصلاح بماند')), '✅ تأیید و ثبت'));
    expect((await item(1)).dueDate).toBe('2027-03-11');
    const log = await app.deps.corrections!.log((await item(1)).id);
    expect(log.map((e) => e.type)).toEqual(['deadline', 'import', 'deadline']);
  });
});
