// Minutes sent as a file in a chat: preview with Confirm / Cancel, then an all-or-nothing import.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Incoming, Reply } from '../../src/core/types.js';
import { SAMPLE_MINUTES } from '../../src/sample.js';
import { freshApp, type TestApp } from '../helpers/db.js';

let app: TestApp;
beforeEach(async () => {
  app = await freshApp('sqlite', { SECRETARY_IDS: 'console:secretary' });
});
afterEach(async () => app.cleanup());

function incoming(user: string, extra: Partial<Incoming>): Incoming {
  return {
    chat: { platform: 'console', chatId: 'office', kind: 'group' },
    user: { id: user, name: user },
    text: '',
    isAdmin: async () => false,
    ...extra,
  };
}
const file = (name: string, data: Buffer) => ({ file: { name, load: async () => data } });
const sample = readFileSync(SAMPLE_MINUTES);
const texts = (r: Reply) => r.blocks.map((b) => ('text' in b ? b.text : '')).join('\n');

describe('minutes sent in a chat', () => {
  it('the secretary gets a preview, confirms, and the minutes are stored once', async () => {
    const d = app.dispatcher();
    const [preview] = await d.handle(incoming('secretary', file('minutes.txt', sample)));
    expect(texts(preview!)).toContain('پیش‌نمایش صورتجلسه');
    expect(texts(preview!)).toContain('یکی دانسته شد: فاوا = کمیته فاوا');
    expect(preview!.blocks.filter((b) => b.type === 'item')).toHaveLength(7);
    expect(await app.db.prisma.resolution.count()).toBe(0);
    const confirm = preview!.buttons!.find((b) => b.action === 'import-confirm')!;
    const [done] = await d.handle(
      incoming('secretary', { action: { action: 'import-confirm', value: confirm.value } }),
    );
    expect(texts(done!)).toContain('۷ مصوبه جدید');
    expect(await app.db.prisma.resolution.count()).toBe(7);
    // The same button pressed twice imports nothing more, and says the minutes are in already.
    const [again] = await d.handle(
      incoming('secretary', { action: { action: 'import-confirm', value: confirm.value } }),
    );
    expect(texts(again!)).toContain('همین حالا ثبت شده است (۷ مصوبه جدید');
    expect(texts(again!)).not.toContain('منقضی');
    expect(await app.db.prisma.resolution.count()).toBe(7);
    const [cancelLate] = await d.handle(
      incoming('secretary', { action: { action: 'import-cancel', value: confirm.value } }),
    );
    expect(texts(cancelLate!)).not.toContain('چیزی ثبت نشد');
    expect(texts(cancelLate!)).toContain('همین حالا ثبت شده');
  });

  it('two presses of Confirm at once import once and both are answered truthfully', async () => {
    const d = app.dispatcher();
    const [preview] = await d.handle(incoming('secretary', file('minutes.txt', sample)));
    const press = { action: { action: 'import-confirm' as const, value: preview!.buttons![0]!.value } };
    const replies = (
      await Promise.all([d.handle(incoming('secretary', press)), d.handle(incoming('secretary', press))])
    )
      .flat()
      .map(texts);
    expect(replies.filter((t) => t.includes('صورتجلسه ثبت شد'))).toHaveLength(1);
    expect(replies.filter((t) => t.includes('همین حالا ثبت شده'))).toHaveLength(1);
    expect(await app.db.prisma.resolution.count()).toBe(7);
  });

  it('cancel stores nothing', async () => {
    const d = app.dispatcher();
    const [preview] = await d.handle(incoming('secretary', file('minutes.txt', sample)));
    const token = preview!.buttons![1]!.value;
    const [cancelled] = await d.handle(incoming('secretary', { action: { action: 'import-cancel', value: token } }));
    expect(texts(cancelled!)).toContain('لغو شد');
    expect(await app.db.prisma.meeting.count()).toBe(0);
  });

  it('a member of an ordinary group cannot import: told so, unless the file is not minutes', async () => {
    const d = app.dispatcher();
    const [told] = await d.handle(incoming('member', file('minutes.txt', sample)));
    expect(texts(told!)).toContain('صورتجلسه را فقط در گروه رئیس جلسه یا دبیر جلسه');
    const group = { chat: { platform: 'telegram' as const, chatId: '-5', kind: 'group' as const } };
    const [named] = await d.handle(incoming('member', { ...group, ...file('صورتجلسه ۵۵.docx', sample) }));
    expect(texts(named!)).toContain('چیزی ثبت نشد');
    // A committee's own documents in its group are none of the bot's business.
    expect(await d.handle(incoming('member', { ...group, ...file('report.pdf', sample) }))).toEqual([]);
    expect(await app.db.prisma.meeting.count()).toBe(0);
    const [refused] = await d.handle(incoming('member', { action: { action: 'import-confirm', value: 'x' } }));
    expect(texts(refused!)).toContain('فقط از گروه رئیس جلسه');
  });

  it('a broken .docx gets a clear reply and changes nothing', async () => {
    const d = app.dispatcher();
    const [reply] = await d.handle(incoming('secretary', file('minutes.docx', Buffer.from('PK\u0003\u0004broken'))));
    expect(texts(reply!)).toContain('این فایل خوانده نشد');
    expect(reply!.buttons).toBeUndefined();
    expect(await app.db.prisma.meeting.count()).toBe(0);
  });
});
