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

describe('partners beside owners', () => {
  it('reads «عهده دار» as the owner column and «مدت» as the deadline column', () => {
    expect(rows('ردیف | مصوبه | عهده دار | مدت', '۱ | برگزاری همایش سالانه | روابط عمومی | دو هفته')).toEqual([
      { text: 'برگزاری همایش سالانه', owners: ['روابط عمومی'] },
    ]);
  });

  it('never takes a partners’ column for the owners’, before or after it', () => {
    const table = (head: string, row: string) =>
      parseMinutesText(`مصوبات:\n| ${head} |\n|---|---|---|---|---|\n| ${row} |`).resolutions[0]?.owners;
    expect(
      table('ردیف | مصوبه | دستگاه همکار | دستگاه مسئول | مهلت', '۱ | برگزاری همایش | حراست | روابط عمومی | آذر'),
    ).toEqual(['روابط عمومی']);
    const [r] = parseMinutesText(
      'Actions\n| Action | Owner | Due | Supported by |\n|---|---|---|---|\n| Send the draft | Alice | 5 May | Bob |',
    ).resolutions;
    expect(r?.owners).toEqual(['Alice']);
  });

  it('reads only who acts from a column «متولی / همکار»; a plain owner column keeps every name', () => {
    expect(rows('ردیف | مصوبه | متولی / همکار | مهلت', '۱ | برگزاری همایش | روابط عمومی / حراست | آذر')).toEqual([
      { text: 'برگزاری همایش', owners: ['روابط عمومی'] },
    ]);
    expect(rows('ردیف | مصوبه | متولی | مهلت', '۱ | برگزاری همایش | روابط عمومی / حراست | آذر')).toEqual([
      { text: 'برگزاری همایش', owners: ['روابط عمومی', 'حراست'] },
    ]);
  });
});

describe('several text columns', () => {
  it('takes the column that says what is to be done, not the subject it belongs to', () => {
    const table = (head: string, row: string) =>
      parseMinutesText(`مصوبات:\n| ${head} |\n|---|---|---|---|---|\n| ${row} |`).resolutions.map((r) => [
        r.text,
        r.owners,
      ]);
    expect(
      table('ردیف | موضوع | شرح اقدام | مسئول | مهلت', '۱ | همایش | برگزاری همایش سالانه | روابط عمومی | آذر'),
    ).toEqual([['برگزاری همایش سالانه', ['روابط عمومی']]]);
    const [r] = parseMinutesText(
      '| Topic | Decision | Action | Responsible | Deadline |\n|---|---|---|---|---|\n| Budget | Approved | Circulate final budget | Treasurer | 30 June |',
    ).resolutions;
    expect(r?.text).toBe('Circulate final budget');
  });

  it('keeps the first text column when none says more than another', () => {
    expect(rows('ردیف | عنوان | موضوع | مسئول', '۱ | همایش | برگزاری همایش | روابط عمومی').map((r) => r.text)).toEqual([
      'همایش',
    ]);
  });
});

describe('tables one under another', () => {
  it('reads each table by its own heading row, a blank line apart', () => {
    const { resolutions } = parseMinutesText(
      [
        'مصوبات:',
        '| ردیف | شرح مصوبه | دستگاه اجرایی | مهلت |',
        '|---|---|---|---|',
        '| ۱ | بازسازی سرویس های بهداشتی پارک | شهرداری | پایان آبان |',
        '',
        '| ردیف | مصوبه | دستگاه همکار | دستگاه مسئول | مهلت |',
        '|---|---|---|---|---|',
        '| ۱ | نصب دوربین در ورودی بازار | اداره برق | فرماندهی انتظامی | ۱۴۰۵/۰۹/۳۰ |',
      ].join('\n'),
    );
    expect(resolutions.map((r) => [r.text, r.owners, r.deadline])).toEqual([
      ['بازسازی سرویس های بهداشتی پارک', ['شهرداری'], 'پایان آبان'],
      ['نصب دوربین در ورودی بازار', ['فرماندهی انتظامی'], '۱۴۰۵/۰۹/۳۰'],
    ]);
  });

  it('keeps a data row that holds heading words as a row of its table', () => {
    const { resolutions } = parseMinutesText(
      [
        'مصوبات:',
        '| ردیف | مصوبه | متولی | مهلت |',
        '|---|---|---|---|',
        '| ۱ | تعیین تکلیف زمین ورزشی | شهرداری | آذر |',
        '| ۲ | شرح خدمات مشاور | دستگاه مجری طرح | دی |',
        '| ۳ | بررسی موضوع قرارداد | دبیرخانه | بهمن |',
      ].join('\n'),
    );
    expect(resolutions.map((r) => r.owners)).toEqual([['شهرداری'], ['دستگاه مجری طرح'], ['دبیرخانه']]);
  });

  it('reads «پاسخگو» as the owner column', () => {
    expect(rows('ردیف | مصوبه | پاسخگو | مهلت', '۱ | تکمیل بانک اطلاعات مشترکان | واحد فناوری | آبان')).toEqual([
      { text: 'تکمیل بانک اطلاعات مشترکان', owners: ['واحد فناوری'] },
    ]);
  });
});

describe('more ways to head the owners and the deadline', () => {
  const read = (head: string, row: string) =>
    parseMinutesText(
      `Action items:\n| # | Action | ${head} |\n|---|---|---|---|\n| 1 | Renew the hall lease | ${row} |`,
    ).resolutions[0];

  it.each(['Person', 'DRI', 'Name', 'By whom'])('reads «%s» as the owners', (heading) => {
    expect(read(`${heading} | Due`, 'Nadia Okafor | 3 June 2026')?.owners).toEqual(['Nadia Okafor']);
  });

  it('reads «ETA» and «Target» as the deadline', () => {
    expect(read('Owner | ETA', 'Nadia Okafor | end of June')?.deadline).toBe('end of June');
    expect(read('Owner | Target', 'Nadia Okafor | end of June')?.deadline).toBe('end of June');
  });

  it('reads a column headed «By» as who when it holds names, and as by when when it holds dates', () => {
    const named = read('By | Date', 'Nadia Okafor | 3 June 2026');
    expect([named?.owners, named?.deadline]).toEqual([['Nadia Okafor'], '3 June 2026']);
    const dated = read('By | Notes', '3 June 2026 | lease runs out');
    expect([dated?.owners, dated?.deadline]).toEqual([[], '3 June 2026']);
  });
});

describe('what an owner cell holds besides the owners', () => {
  const cell = (value: string) =>
    parseMinutesText(
      `مصوبات:\n| ردیف | شرح مصوبه | مسئول اجرا | مهلت |\n|---|---|---|---|\n| ۱ | تهیه گزارش | ${value} | یک ماه |`,
    ).resolutions[0]?.owners;

  it('leaves out the partner after «با همکاری» and what a bracket says of the owner', () => {
    expect(cell('اداره کل ورزش با همکاری آموزش و پرورش')).toEqual(['اداره کل ورزش']);
    expect(cell('دبیرخانه (آقای رضایی)')).toEqual(['دبیرخانه']);
    expect(cell('Nadia (Comms) / Omar')).toEqual(['Nadia', 'Omar']);
  });

  it('keeps every owner of a list', () => {
    expect(cell('شهرداری، اداره برق و فرمانداری')).toEqual(['شهرداری', 'اداره برق', 'فرمانداری']);
  });
});

describe('a heading row whose words say nothing known', () => {
  it('is the heading when a separator row underlines it, not an item', () => {
    const parsed = parseMinutesText(
      [
        'Actions agreed:',
        '',
        '| Topics: | Points / Notes: | Who: |',
        '| --- | --- | --- |',
        '| Website | Kamal to refresh the donors page before the gala. | Kamal / Odile |',
        '| Budget | Agreed to hold fees at last year’s level. | Treasurer |',
      ].join('\n'),
    );
    expect(parsed.resolutions.map((r) => [r.text, r.owners])).toEqual([
      ['Kamal to refresh the donors page before the gala.', ['Kamal', 'Odile']],
      ['Agreed to hold fees at last year’s level.', ['Treasurer']],
    ]);
  });

  it('still reads a table with no separator from its first row', () => {
    const parsed = parseMinutesText('Actions agreed:\n\n| Website | Kamal to refresh the donors page. | Kamal |\n');
    expect(parsed.resolutions.map((r) => r.text)).toEqual(['Kamal to refresh the donors page.']);
  });
});
