// The names minutes give the part that holds their decisions and tasks, beyond «مصوبات» and «Action items»:
// «نتایج جلسه», «خروجی جلسه», «اقدامات مقرر شده», «Actions agreed», «Motions carried». Near miss: the results of an
// earlier meeting, and a heading that only names a subject.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const read = (text: string) => parseMinutesText(text).resolutions.map((r) => ({ text: r.text, kind: r.kind }));

describe('other names of the resolutions section', () => {
  it.each(['نتایج جلسه', 'خروجی جلسه', 'موارد مقرر شده', 'جمع بندی', 'جمع بندی و نتیجه گیری', 'نتیجه گیری'])(
    'reads «%s:» as the decisions, even items that decide quietly',
    (heading) => {
      expect(
        read(`صورتجلسه کارگروه آموزش
دستور جلسه:
۱- بررسی برنامه آموزشی
${heading}:
۱- برنامه آموزشی نیمسال اول تایید شد.
۲- تهیه تقویم آموزشی`),
      ).toEqual([
        { text: 'برنامه آموزشی نیمسال اول تایید شد.', kind: 'decision' },
        { text: 'تهیه تقویم آموزشی', kind: 'decision' },
      ]);
    },
  );

  it.each([
    ['اقدامات مقرر شده', 'دبیرخانه: ارسال صورتجلسه به اعضا'],
    ['Actions agreed', 'Kim: send the survey to members'],
    ['New actions', 'Kim: send the survey to members'],
  ])('reads «%s» as the tasks', (heading, item) => {
    expect(read(`${heading}:\n- ${item}`)).toEqual([{ text: item.replace(/^[^:]+:\s*/, ''), kind: 'action' }]);
  });

  it('reads «Motions carried» as decisions', () => {
    expect(read('Motions carried:\n1. The budget for 2025 was adopted.').map((r) => r.kind)).toEqual(['decision']);
  });

  it('does not read the results of an earlier meeting, nor a subject heading, as this meeting’s decisions', () => {
    expect(
      read(`نتایج جلسه قبل:
۱- برنامه آموزشی تایید شد.
مصوبات:
۱- مقرر شد دبیرخانه گزارش دهد.`).map((r) => r.text),
    ).toEqual(['مقرر شد دبیرخانه گزارش دهد.']);
    expect(read('نتایج آزمون:\n۱- میانگین نمرات ۱۵ بود.')).toEqual([]);
  });
});

describe('outcomes with recommendations', () => {
  it('reads «Outcomes & Recommendations» as the decisions, not the updates above it', () => {
    const parsed = parseMinutesText(
      [
        '# 3rd March 2025',
        '',
        '## Updates',
        '',
        '* Committee reviewed and approved the draft',
        '',
        '## Outcomes & Recommendations',
        '',
        '* Hold the spring workshop online',
        '* Pay speakers in local currency',
      ].join('\n'),
    );
    expect(parsed.resolutions.map((r) => r.text)).toEqual([
      'Hold the spring workshop online',
      'Pay speakers in local currency',
    ]);
  });
});
