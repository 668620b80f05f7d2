// A council's memory in chat: minutes sent as a file are read against the register (owners named as
// registered, each marked known or new, items without owner said to remind no one), and /owner replacing a
// misread owner asks whether to read its name as the chosen owner from now on, storing it only on Yes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/core/i18n.js';
import type { Incoming, Language, Reply } from '../../src/core/types.js';
import { renderPlain } from '../../src/platforms/plain.js';
import { freshApp, type TestApp } from '../helpers/db.js';
import { seed, seedMinutes } from '../helpers/seed.js';

let app: TestApp;
beforeEach(async () => {
  app = await freshApp('sqlite', { SECRETARY_IDS: 'console:secretary' });
});
afterEach(async () => app.cleanup());

const registrar = { platform: 'console' as const, userId: 'secretary', name: 'دبیر' };

function fromSecretary(extra: Partial<Incoming>): Incoming {
  return {
    chat: { platform: 'console', chatId: 'secretary', kind: 'private' },
    user: { id: 'secretary', name: 'دبیر' },
    text: '',
    isAdmin: async () => false,
    ...extra,
  };
}

const MINUTES = `صورتجلسه شماره ۱۴ شورای محله
تاریخ جلسه: ۱۴۰۳/۰۳/۰۵
مصوبات:
۱- مقرر شد كميته‌ی فضاي سبز فهرست درختان آفت‌زده را تهیه نماید.
۲- مقرر شد شهردار محترم نسبت به تعمیر چراغ‌های پارک اقدام نماید.
۳- بازدید از مدرسه‌ها با حضور نماینده ناحیه ٢ انجام شود.
۴- مقرر شد اداره آب گزارش قطعی‌ها را ارائه نماید.
۵- برنامه جشن محله در جلسه بعدی بررسی شود.
`;

async function preview(lang: Language = 'fa'): Promise<string> {
  const file = { name: 'minutes-14.txt', load: async () => Buffer.from(MINUTES) };
  const user = { id: 'secretary', name: 'دبیر', languageCode: lang };
  const [reply] = await app.dispatcher().handle(fromSecretary({ file, user }));
  return renderPlain(reply!, lang);
}

describe('minutes sent in chat are read against the register', () => {
  beforeEach(async () => {
    await app.register.register('کمیته فضای سبز', [], registrar, 'cli');
    await app.register.register('شهرداری', ['شهردار محترم'], registrar, 'cli');
    await app.register.register('ناحیه ۲', [], registrar, 'cli');
  });

  it('names registered owners as registered, marks each known or new, and says which items remind no one', async () => {
    const text = await preview();
    expect(text).toContain('متولی: کمیته فضای سبز (شناخته)');
    expect(text).toContain('متولی: شهرداری (شناخته)');
    // Found in the text by the register, not by the rules: shown as a doubt for the secretary to confirm.
    expect(text).toContain('متولی: ناحیه ۲ (شناخته) (؟)');
    expect(text).toContain('اداره آب (تازه)');
    expect(text).toContain('مصوبه ۵ متولی ندارد و به کسی یادآوری نمی‌شود');
    expect(text).not.toContain('شهردار (');
    expect(await preview('en')).toContain('شهرداری (known)');
  });
});

describe('/owner offers to remember a misread name, and remembers it only on Yes', () => {
  const say = (text: string, chat = 'secretary', user = 'secretary') =>
    app.dispatcher().handle({
      ...fromSecretary({ text }),
      chat: { platform: 'console', chatId: chat, kind: 'private' },
      user: { id: user, name: user },
    });
  const press = (value: string, user = 'secretary') =>
    app.dispatcher().handle(fromSecretary({ action: { action: 'alias', value }, user: { id: user, name: user } }));
  const plain = (replies: Reply[]) => replies.map((r) => renderPlain(r, 'fa')).join('\n---\n');

  beforeEach(async () => {
    await app.register.register('شهرداری', [], registrar, 'cli');
    // An earlier import read «شهردار» as an owner of its own, on item 1 only.
    await seed(app, seedMinutes({ 1: { owners: ['شهردار'] } }));
  });

  it('asks with Yes / No after the misread owner is replaced; No stores nothing', async () => {
    const replies = await say('/owner 1 شهرداری');
    expect(plain(replies)).toContain('متولی مصوبه ۱: شهرداری');
    const question = replies[1]!;
    expect(plain([question])).toContain('نام «شهردار» از این پس «شهرداری» خوانده شود؟');
    const [yes, no] = question.buttons!;
    expect([yes!.label, no!.label]).toEqual(['✅ بله', '✖ نه']);
    const before = await app.register.known();
    expect(plain(await press(no!.value))).toContain('باشد؛ «شهردار» به خاطر سپرده نشد.');
    expect(await app.register.known()).toEqual(before);
    expect((await app.store.findOwner('شهردار'))?.name).toBe('شهردار');
  });

  it('Yes stores the name for the chosen owner, recorded, and the next minutes read it so', async () => {
    const [, question] = await say('/owner 1 شهرداری');
    const yes = question!.buttons![0]!;
    // Only who may correct owners may answer: a committee member's press changes nothing.
    expect(plain(await press(yes.value, 'member'))).toContain(MESSAGES.fa.notAllowed);
    expect((await app.store.findOwner('شهردار'))?.name).toBe('شهردار');
    const answer = await press(yes.value);
    expect(plain(answer)).toContain('از این پس «شهردار» در صورتجلسه‌ها «شهرداری» خوانده می‌شود.');
    expect(answer[0]!.replaceOriginal).toBe(true);
    expect((await app.store.findOwner('شهردار'))?.name).toBe('شهرداری');
    const audit = await app.db.prisma.recordChange.findMany({ where: { field: { in: ['alias', 'alias-moved'] } } });
    expect(audit.map((r) => [r.field, r.fromValue, r.toValue, r.actorId, r.chatAddress])).toEqual([
      ['alias-moved', 'شهردار', 'شهرداری', 'secretary', 'console:secretary'],
      ['alias', null, 'شهردار', 'secretary', 'console:secretary'],
    ]);
    expect(plain(await press(yes.value))).toContain('«شهردار» همین حالا هم «شهرداری» خوانده می‌شود.');
    expect(await preview()).toContain('متولی: شهرداری (شناخته)');
  });

  it('does not ask when the owner taken off still holds other items', async () => {
    // «کمیته فاوا» holds items 2 to 4 too: moving item 2 to the secretariat is a reassignment, not a misreading.
    const replies = await say('/owner 2 دبیرخانه');
    expect(plain(replies)).toContain('متولی مصوبه ۲: دبیرخانه');
    expect(replies).toHaveLength(1);
  });
});
