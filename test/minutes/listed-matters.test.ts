// A short committee report that decides nothing in so many words but lists «the matters taken up» under a line
// announcing them («موارد زیر مطرح شد:», «… به موارد ذیل اشاره گردید.») resolved those matters. A list the line
// over it calls the agenda («دستور کار جلسه:») names what was to be discussed, even when an item holds «مصوبات».
// Near misses: the same list with a decision elsewhere in the minutes, «زیر» meaning «under» in a sentence,
// and an agenda item that decides in its own words.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const items = (text: string) => parseMinutesText(text).resolutions.map((r) => ({ text: r.text, owners: r.owners }));

describe('a list of the matters taken up', () => {
  it('is the resolutions when the line over it announces it, with a colon or a full stop', () => {
    expect(
      items(`نشست کمیته ایمنی مدرسه روز دوشنبه برگزار شد و موارد زیر مطرح شد:
۱- تعمیر نرده های حیاط
۲- خرید کپسول آتش نشانی برای آزمایشگاه توسط معاون اجرایی`),
    ).toEqual([
      { text: 'تعمیر نرده های حیاط', owners: [] },
      { text: 'خرید کپسول آتش نشانی برای آزمایشگاه توسط معاون اجرایی', owners: ['معاون اجرایی'] },
    ]);
    expect(
      items(`جلسه کمیته رفاه کارکنان تشکیل شد. از جمله موضوعات مطرح شده در جلسه به موارد ذیل اشاره گردید.
1) تمدید قرارداد بیمه تکمیلی
2) برگزاری اردوی خانوادگی`).map((r) => r.text),
    ).toEqual(['تمدید قرارداد بیمه تکمیلی', 'برگزاری اردوی خانوادگی']);
  });

  it('is not taken when the minutes decide in words elsewhere, nor for «زیر» meaning «under»', () => {
    expect(
      items(`نشست کمیته ایمنی مدرسه برگزار شد و مقرر شد مدیر مدرسه نسبت به تعمیر نرده ها اقدام نماید.

در این نشست موارد زیر نیز مطرح شد:
۱- وضعیت نرده های حیاط
۲- وضعیت کپسول های آتش نشانی`),
    ).toEqual([{ text: 'مقرر شد مدیر مدرسه نسبت به تعمیر نرده ها اقدام نماید.', owners: ['مدیر مدرسه'] }]);
    expect(
      items(`گزارشی از مدارس با کلاس های زیر ده نفر ارائه شد.
۱- مدرسه روستای بالا
۲- مدرسه روستای پایین`),
    ).toEqual([]);
  });
});

describe('a list the line over it calls the agenda', () => {
  it('gives none of its items, though one names «مصوبات»', () => {
    expect(
      items(`نشست شورای ورزش شهرستان برگزار شد؛ دستور کار این نشست:

۱- پیگیری مصوبات نشست قبلی

۲- برنامه هفته تربیت بدنی

گزارش عملکرد هیئت ها ارائه شد.

در پایان مقرر گردید اداره ورزش تقویم را اعلام کند.`),
    ).toEqual([{ text: 'مقرر گردید اداره ورزش تقویم را اعلام کند.', owners: ['اداره ورزش'] }]);
  });

  it('keeps an agenda item that decides in its own words', () => {
    expect(
      items(`نشست هیئت مدیره انجمن برگزار شد و دستور کار آن به این شرح بود:
۱- گزارش مالی
۲- مقرر شد خزانه دار صورت حساب ها را ارائه کند.`),
    ).toEqual([{ text: 'مقرر شد خزانه دار صورت حساب ها را ارائه کند.', owners: ['خزانه دار'] }]);
  });
});
