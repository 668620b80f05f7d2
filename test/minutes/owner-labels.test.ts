// Who acts, named by a label and a colon: in a bracket after the task, or on a line of its own under the item
// (the item's owner cell, not more of its text). «مجری», «اقدام کننده», «دستگاه/واحد مسئول» are said as often
// as «متولی»; the same words inside a sentence, without a colon, name no one.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const items = (text: string) => parseMinutesText(text).resolutions.map((r) => ({ text: r.text, owners: r.owners }));
const owners = (item: string) => parseMinutesText(`مصوبات:\n۱- ${item}`).resolutions[0]?.owners;

describe('owner labels', () => {
  it('reads a label in a bracket after the task', () => {
    expect(owners('تهیه فهرست پروژه های نیمه تمام (مجری: معاونت عمرانی)')).toEqual(['معاونت عمرانی']);
    expect(owners('تعمیر پل ورودی روستا (اقدام کننده: بخشداری مرکزی)')).toEqual(['بخشداری مرکزی']);
  });

  it('reads a labelled line under an item as its owner, not as more of its text', () => {
    expect(
      items(`مصوبات:
۱- تهیه فهرست پروژه های نیمه تمام شهر
مجری: معاونت عمرانی
۲- برگزاری جشنواره فرهنگی محله ها
واحد مسئول: اداره فرهنگی و اجتماعی`),
    ).toEqual([
      { text: 'تهیه فهرست پروژه های نیمه تمام شهر', owners: ['معاونت عمرانی'] },
      { text: 'برگزاری جشنواره فرهنگی محله ها', owners: ['اداره فرهنگی و اجتماعی'] },
    ]);
  });

  it('reads a bare «اقدام:» or «پیگیری:» only in a bracket after the task', () => {
    expect(owners('داده های ولادت و فوت در اختیار مرکز آمار قرار گیرد. (اقدام: سازمان ثبت احوال)')).toEqual([
      'سازمان ثبت احوال',
    ]);
    expect(owners('گزارش تهیه شود (پیگیری: دبیرخانه شورا).')).toEqual(['دبیرخانه شورا']);
    expect(owners('اقدام: ارسال نامه به وزارت کشور انجام شود.')).toEqual([]);
  });

  it('reads the other labels councils write for who acts', () => {
    expect(owners('تهیه فهرست پروژه ها (مرجع اقدام: معاونت عمرانی)')).toEqual(['معاونت عمرانی']);
    expect(owners('تهیه فهرست پروژه ها؛ عهده دار: معاونت عمرانی')).toEqual(['معاونت عمرانی']);
    expect(owners('تهیه فهرست پروژه ها (مسئول پیگیری و اجرا: معاونت عمرانی)')).toEqual(['معاونت عمرانی']);
    expect(owners('تهیه فهرست پروژه ها - مسئول انجام: معاونت عمرانی - مهلت: پایان آبان')).toEqual(['معاونت عمرانی']);
    expect(owners('Draft the plan (Action by: Finance Office; due 1 May)')).toEqual(['Finance Office']);
  });

  it('leaves the partner after «با همکاری» out of a labelled owner', () => {
    expect(owners('تهیه فهرست پروژه ها (متولی: دبیرخانه با همکاری معاونت فنی)')).toEqual(['دبیرخانه']);
  });

  it('reads a body or a titled person alone in brackets closing a task', () => {
    expect(owners('ارسال صورتجلسه به اعضا (دبیرخانه)')).toEqual(['دبیرخانه']);
    expect(owners('تهیه گزارش پیشرفت پروژه (معاونت فنی و دفتر حقوقی).')).toEqual(['معاونت فنی', 'دفتر حقوقی']);
    expect(owners('تعمیر پل ورودی (آقای مهندس کریمی)')).toEqual(['کریمی']);
    // Near miss: a bracket that is more than names, or that follows what was done already.
    expect(owners('تعمیر پل ورودی (با همکاری شهرداری)')).toEqual([]);
    expect(owners('تعمیر پل ورودی (پیرو نامه شهرداری)')).toEqual([]);
    expect(owners('گزارش شهرداری قرائت شد (شهرداری).')).toEqual([]);
  });

  it('takes no one from the same words in a sentence', () => {
    expect(owners('مسئول پیگیری این طرح در جلسه آینده معرفی شود.')).toEqual([]);
    expect(owners('انتخاب مجری طرح به جلسه بعد موکول شد.')).toEqual([]);
  });
});
