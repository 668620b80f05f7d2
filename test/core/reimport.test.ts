// The re-import's rules on their own: the three-way rule for one field, owners merged one by one, and rows
// matched by what they say before where they stand.
import { describe, expect, it } from 'vitest';
import { deadlineKey, mergeField, mergeOwners } from '../../src/core/reimport.js';
import { likeness, matchRows } from '../../src/core/row-match.js';

const same = (a: string, b: string) => a === b;

describe('one field, three versions', () => {
  it('applies a change of the file, keeps a correction, and asks when both changed', () => {
    expect(mergeField('a', 'a', 'a', same)).toBeNull();
    expect(mergeField('a', 'a', 'b', same)).toEqual({ outcome: 'apply', from: 'a', to: 'b' });
    expect(mergeField('a', 'c', 'a', same)).toEqual({ outcome: 'kept', stored: 'c', file: 'a' });
    expect(mergeField('a', 'c', 'b', same)).toEqual({ outcome: 'conflict', base: 'a', stored: 'c', file: 'b' });
    // Both changed it alike: nothing to decide.
    expect(mergeField('a', 'b', 'b', same)).toBeNull();
    // No base (an item added by hand): every difference is the secretary's.
    expect(mergeField(null, 'c', 'b', same)).toEqual({ outcome: 'conflict', base: null, stored: 'c', file: 'b' });
  });

  it('a dated deadline is its date, whatever its words', () => {
    const d = (deadlineText: string | null, dueDate: string | null, dueAtNextMeeting = false) => ({
      deadlineText,
      dueDate,
      dueAtNextMeeting,
    });
    expect(deadlineKey(d('تا ۱۰ آبان', '2022-11-01'))).toBe(deadlineKey(d('۱۴۰۱/۰۸/۱۰', '2022-11-01')));
    expect(deadlineKey(d('for the AMM', null))).not.toBe(deadlineKey(d(null, null)));
    expect(deadlineKey(d('جلسه بعدی', null, true))).toBe('next');
  });
});

describe('owners, one by one', () => {
  const none = () => false;
  it('adds and removes what the file changed, keeps what was corrected, never conflicts', () => {
    // Base 1,2; a correction added 3 and took 2 off; the file adds 4 and drops 1.
    expect(mergeOwners([1, 2], [1, 3], [2, 4], none)).toEqual({ add: [4], remove: [1], keep: [], corrected: true });
    expect(mergeOwners([1, 2], [1, 2], [1, 2], none)).toEqual({ add: [], remove: [], keep: [], corrected: false });
  });

  it('an owner who reported is not taken off by the file', () => {
    expect(mergeOwners([1, 2], [1, 2], [1], (id) => id === 2)).toEqual({
      add: [],
      remove: [],
      keep: [2],
      corrected: false,
    });
  });

  it('without a base the file only adds', () => {
    expect(mergeOwners(null, [1, 3], [1, 2], none)).toEqual({ add: [2], remove: [], keep: [], corrected: true });
  });
});

describe('matching rows', () => {
  const stored = [
    { id: 11, row: 1, texts: ['گزارش سامانه ارائه شود'] },
    { id: 12, row: 2, texts: ['برنامه آموزش کارکنان تهیه شود'] },
    { id: 13, row: 3, texts: ['بودجه سال آینده برآورد شود'] },
  ];

  it('follows an item to its new row, and a reworded one by its words', () => {
    const file = [
      { row: 1, text: 'گزارش سامانه ارائه شود' },
      { row: 2, text: 'دستورالعمل تازه نوشته شود' },
      { row: 3, text: 'برنامه آموزش همه کارکنان تهیه شود' },
      { row: 4, text: 'بودجه سال آینده برآورد شود' },
    ];
    expect(matchRows(file, stored)).toEqual([11, null, 12, 13]);
  });

  it('a row rewritten in place is still its row', () => {
    expect(matchRows([{ row: 2, text: 'چیزی یکسره دیگر' }], stored)).toEqual([12]);
  });

  it('likeness is shared words over all words', () => {
    expect(likeness('الف ب ج د', 'الف ب ج د')).toBe(1);
    expect(likeness('الف ب', 'ج د')).toBe(0);
    expect(likeness('الف ب ج', 'الف ب د')).toBeCloseTo(2 / 3);
  });
});
