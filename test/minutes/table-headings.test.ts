// The heading of an owner column in the words councils use: «دستگاه اجرایی», «مرجع اقدام», «واحد اقدام»,
// «Action by», «Assigned to». Near miss: a column of the task's text («شرح اقدام») stays the text.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const rows = (head: string, row: string) =>
  parseMinutesText(`مصوبات:\n| ${head} |\n|---|---|---|---|\n| ${row} |`).resolutions.map((r) => ({
    text: r.text,
    owners: r.owners,
  }));

describe('owner columns', () => {
  it.each(['دستگاه اجرایی', 'مرجع اقدام', 'واحد اقدام', 'دستگاه متولی'])(
    'reads «%s» as the owner column',
    (heading) => {
      expect(
        rows(`ردیف | شرح اقدام | ${heading} | موعد`, '۱ | تهیه گزارش ثبت وقایع | سازمان ثبت احوال | ۱۴۰۵/۱۰/۰۱'),
      ).toEqual([{ text: 'تهیه گزارش ثبت وقایع', owners: ['سازمان ثبت احوال'] }]);
    },
  );

  it.each(['Action by', 'Assigned to'])('reads «%s» as the owner column in English', (heading) => {
    const [r] = parseMinutesText(
      `Action items:\n| # | Action | ${heading} | Due |\n|---|---|---|---|\n| 1 | Update the register | Records Office | 1 May 2026 |`,
    ).resolutions;
    expect(r?.owners).toEqual(['Records Office']);
    expect(r?.text).toBe('Update the register');
  });
});
