// An owner field («Lead:», «Responsible:», «مسئول:») under an item names who acts only when it holds names and
// nothing more; a sentence after the label stays the item's text and names no one. «Assigned to X:» and
// «واگذار به X:» opening a line say whose the task after the colon is.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const items = (text: string) => parseMinutesText(text).resolutions.map((r) => ({ text: r.text, owners: r.owners }));

describe('owner fields holding a name alone', () => {
  it('reads a field bullet at the level of the item above as its owner', () => {
    expect(
      items(`Actions
- Renew the hosting contract
- Lead: Priya Natarajan
- Collect the survey answers
- Responsible: the Treasurer`),
    ).toEqual([
      { text: 'Renew the hosting contract', owners: ['Priya Natarajan'] },
      { text: 'Collect the survey answers', owners: ['Treasurer'] },
    ]);
    expect(
      items(`مصوبات:
۱- تهیه گزارش عملکرد شش ماهه
مسئول: معاونت برنامه ریزی و دبیرخانه`),
    ).toEqual([{ text: 'تهیه گزارش عملکرد شش ماهه', owners: ['معاونت برنامه ریزی', 'دبیرخانه'] }]);
  });

  it('keeps a sentence after the label as the item text, with no owner made of it', () => {
    expect(
      items(`Actions
- Draft the tenancy memo
- Responsible: Omar will ask legal which clause applies`),
    ).toEqual([{ text: 'Draft the tenancy memo Responsible: Omar will ask legal which clause applies', owners: [] }]);
    expect(
      items(`مصوبات:
۱- بازنگری آیین نامه خرید
مسئول: معاونت مالی پس از دریافت نظرات پیگیری خواهد کرد`),
    ).toEqual([{ text: 'بازنگری آیین نامه خرید مسئول: معاونت مالی پس از دریافت نظرات پیگیری خواهد کرد', owners: [] }]);
  });

  it('names no owner from a label inside the item when a sentence follows it', () => {
    expect(items('Actions\n- Fix the mailing list (Owner: whoever is free next week)')[0]?.owners).toEqual([]);
    expect(items('Actions\n- Fix the mailing list (Owner: Dana Kim)')[0]?.owners).toEqual(['Dana Kim']);
  });
});

describe('a line opened by whom the task is handed to', () => {
  it('reads «Assigned to X:» as the owner of the task after the colon', () => {
    expect(
      items(`Actions
- Assigned to Bob: update the member register
- Assigned to the Finance team: close the quarter's accounts`),
    ).toEqual([
      { text: 'update the member register', owners: ['Bob'] },
      { text: "close the quarter's accounts", owners: ['Finance team'] },
    ]);
  });

  it('reads «واگذار به X:» and «محول به X:», one body or several', () => {
    expect(
      items(`مصوبات:
۱- واگذار به دبیرخانه: ارسال صورتجلسه به اعضا
۲- محول به معاونت فنی و اداره حقوقی: تهیه پیش نویس قرارداد`),
    ).toEqual([
      { text: 'ارسال صورتجلسه به اعضا', owners: ['دبیرخانه'] },
      { text: 'تهیه پیش نویس قرارداد', owners: ['معاونت فنی', 'اداره حقوقی'] },
    ]);
  });

  it('names no one when a clause, not a name, stands before the colon', () => {
    expect(items('Actions\n- assigned to whoever volunteers: book the room')[0]?.owners).toEqual([]);
    expect(items('مصوبات:\n۱- واگذار به بخش خصوصی شد: نگهداری فضای سبز پارک')[0]?.owners).toEqual([]);
  });
});

describe('an action mark that holds names alone', () => {
  it('names who acts on the item it follows, on its line or the next', () => {
    expect(
      items('Minutes of the Parish Council\n\n7. Noticeboard. Agreed to replace the glass. ACTION: Clerk'),
    ).toEqual([{ text: 'Agreed to replace the glass.', owners: ['Clerk'] }]);
    expect(
      items('Minutes of the Parish Council\n\n7. Noticeboard. Agreed to replace the glass.\nAction: Clerk / Cllr Ward'),
    ).toEqual([{ text: 'Agreed to replace the glass.', owners: ['Clerk', 'Ward'] }]);
    expect(items('مصوبات:\n۱- تهیه گزارش عملکرد\nاقدام: دبیرخانه شورا')).toEqual([
      { text: 'تهیه گزارش عملکرد', owners: ['دبیرخانه شورا'] },
    ]);
  });

  it('is a task of its own when it holds one', () => {
    expect(
      items('Minutes of the Parish Council\n\n7. Noticeboard. Agreed to replace the glass.\nAction: book the glazier'),
    ).toEqual([
      { text: 'Agreed to replace the glass.', owners: [] },
      { text: 'book the glazier', owners: [] },
    ]);
  });
});
