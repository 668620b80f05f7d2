// An agent is read whatever tense or courtesy the task is put in: the future («… ارسال خواهد کرد», and «توسط X
// … ارائه خواهد شد», which is to come, not done), the honorific «فرمایند», and work said to rest with a body
// («مسئولیت/پیگیری … با X است»). Near misses: a passive future names no one, a report of what X did is not X's
// task, and cooperation with a body («همکاری … با X») or coordination with it is no one's task.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const owners = (item: string) => parseMinutesText(`مصوبات:\n۱- ${item}`).resolutions[0]?.owners;

describe('agents in other tenses and courtesies', () => {
  it('reads the subject of a future task', () => {
    expect(owners('دبیر شورا صورت هزینه ها را تهیه و به اعضا ارسال خواهد کرد.')).toEqual(['دبیر شورا']);
    expect(owners('رئیس اداره ثبت احوال در جلسه آینده گزارش خواهد داد.')).toEqual(['رئیس اداره ثبت احوال']);
  });

  it('reads «توسط X» before a future passive as X’s task, but not before a past one', () => {
    expect(owners('گزارش عملکرد توسط معاونت مالی ارائه خواهد شد.')).toEqual(['معاونت مالی']);
    expect(owners('گزارش عملکرد توسط معاونت مالی ارائه شد.')).toEqual([]);
  });

  it('names no one in a passive future', () => {
    expect(owners('نتیجه به شهرداری اعلام خواهد شد.')).toEqual([]);
  });

  it('reads the subject of the honorific «فرمایند», ending the name before the noun of the task', () => {
    expect(owners('مدیرکل آموزش و پرورش دستور لازم را صادر فرمایند.')).toEqual(['مدیرکل آموزش و پرورش']);
    expect(owners('فرماندار محترم نسبت به تشکیل کارگروه اقدام فرمایند.')).toEqual(['فرماندار']);
  });

  it('reads work said to rest with a body', () => {
    expect(owners('مسئولیت پیگیری این موضوع با معاونت خدمات شهری است.')).toEqual(['معاونت خدمات شهری']);
    expect(owners('پیگیری پرونده های معوق با دبیرخانه می باشد.')).toEqual(['دبیرخانه']);
  });

  it('does not read cooperation or coordination with a body as its task', () => {
    expect(owners('همکاری لازم با شهرداری صورت گیرد.')).toEqual([]);
    expect(owners('هماهنگی با فرمانداری است.')).toEqual([]);
  });
});
