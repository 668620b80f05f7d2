// Words minutes write together or half-spelt: «و» fused to the title of the next person («… ومهندس …»), the
// members of the meeting with their ezafe unwritten («اعضا جلسه») or with a hamza («اعضاء»), and «ضمناً» with its
// tanwin opening a sentence whose subject acts. Near misses: a word that merely starts with «و», a meeting that is
// not the members', and «ضمناً» before a passive.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const owners = (item: string) => parseMinutesText(`مصوبات:\n۱- ${item}`).resolutions[0]?.owners;

describe('words written together', () => {
  it('splits two people where «و» is fused to the second one’s title', () => {
    expect(owners('مقرر شد خانم نیکنام ومهندس تهرانی فهرست پیمانکاران را تهیه نمایند.')).toEqual(['نیکنام', 'تهرانی']);
    expect(owners('مقرر گردید آقای صالحی ودکتر امینی برنامه بازدید را تنظیم کنند.')).toEqual(['صالحی', 'امینی']);
    // Near miss: a word that only starts with «و» is no second person.
    expect(owners('مقرر شد آقای صالحی وسایل را به دبیرخانه تحویل دهد.')).toEqual(['صالحی']);
  });

  it('reads the members of the meeting with the ezafe unwritten, and «اعضاء» with its hamza', () => {
    expect(owners('مقرر شد کلیه اعضا جلسه پیشنهادهای خود را کتبی ارسال نمایند.')).toEqual(['کلیه اعضا جلسه']);
    expect(owners('مقرر گردید کلیه اعضاء نسبت به تکمیل فرم ها اقدام نمایند.')).toEqual(['کلیه اعضاء']);
    // Near miss: members invited to the next meeting are given no work.
    expect(owners('مقرر شد اعضا جلسه بعد دعوت شوند.')).toEqual([]);
  });

  it('reads the subject of a sentence opened by «ضمناً» with its tanwin', () => {
    expect(owners('مقرر شد طرح اصلاح شود. ضمناً شهرداری نقشه را ارائه نماید.')).toEqual(['شهرداری']);
    expect(owners('مقرر شد گزارش تهیه شود. ضمناً نماینده دانشگاه موضوع را پیگیری نمایند.')).toEqual(['نماینده دانشگاه']);
    // Near miss: after «ضمناً» a passive names no one.
    expect(owners('مقرر شد طرح اصلاح شود. ضمناً نقشه جدید ارائه گردد.')).toEqual([]);
  });
});
