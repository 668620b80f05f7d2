// /owner in the chair's Telegram group replacing a misread owner: the question comes with Yes / No inline
// buttons, and Yes pressed there stores the name for the chosen owner — through bot.handleUpdate.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { seed, seedMinutes } from '../helpers/seed.js';
import { ADMIN, type Harness, harness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await harness();
  await h.app.register.register('شهرداری', [], { platform: 'console', userId: 'op', name: 'op' }, 'cli');
  const later = seedMinutes();
  later.meeting = { ...later.meeting, number: '60', gregorianDate: '2022-12-01' };
  later.resolutions = [
    { number: 1, text: 'مقرر شد شهردار محترم طرح را اجرا نماید.', owners: ['شهردار'], deadline: null, dueDate: null },
  ];
  await seed(h.app, later);
  await h.send('/link chair', { from: ADMIN, chat: 'chair' });
});
afterEach(() => h.cleanup());

it('asks under the correction with inline buttons, and Yes stores the name', async () => {
  const calls = await h.send('/owner 4 شهرداری', { chat: 'chair' });
  const question = calls.find((c) => String(c.payload.text).includes('از این پس'))!;
  expect(String(question.payload.text)).toContain('نام «شهردار» از این پس «شهرداری» خوانده شود؟');
  const keyboard = (question.payload.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] })
    .inline_keyboard;
  const [yes, no] = keyboard.flat();
  expect(yes!.callback_data).toMatch(/^alias:yes:\d+:\d+$/);
  expect(no!.callback_data).toMatch(/^alias:no:\d+:\d+$/);
  const answer = await h.press(yes!.callback_data, 501, { chat: 'chair', keyboard });
  expect(answer.map((c) => c.method)).toContain('editMessageText');
  expect(String(answer.find((c) => c.method === 'editMessageText')!.payload.text)).toContain(
    'از این پس «شهردار» در صورتجلسه‌ها «شهرداری» خوانده می‌شود.',
  );
  expect((await h.app.store.findOwner('شهردار'))?.name).toBe('شهرداری');
});
