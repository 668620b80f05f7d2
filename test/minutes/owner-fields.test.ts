// An owner field («Lead:», «Responsible:», «مسئول:») under an item names who acts only when it holds names and
// nothing more; a sentence after the label stays the item's text and names no one.
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
