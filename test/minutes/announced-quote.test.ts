// A decision quoted after the words that announce it, in the same paragraph («… مورد تصویب قرار گرفت: «…»»), the
// session of another body a decision rests on («به استناد مصوبه جلسه شماره …»), and «یافتن» after a noun, which
// says what becomes of its subject. Near misses: a quote after words that announce no decision, this meeting's
// own «مصوبه جلسه شماره …», and «دست یابد», which acts.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const parse = (text: string) => parseMinutesText(text);

describe('a decision quoted after the words that announce it', () => {
  it('is the quote, not the story around it', () => {
    const r = parse(
      'جلسه هیئت امنای بنیاد برگزار شد. پس از بحث، مصوبه زیر مورد تصویب قرار گرفت: «دفتر بنیاد در شهرستان ها تا پایان سال گشایش می یابد.» گفتنی است اعضای هیئت امنا در جلسه حضور داشتند.',
    ).resolutions;
    expect(r.map((x) => x.text)).toEqual(['دفتر بنیاد در شهرستان ها تا پایان سال گشایش می یابد.']);
    expect(r[0]!.owners).toEqual([]);
  });

  it('is no decision after words that announce none', () => {
    const r = parse('رئیس انجمن در ابتدای جلسه گفت: «امسال سال پرکاری برای اعضا بود.»').resolutions;
    expect(r).toEqual([]);
  });
});

describe('another body’s session a decision rests on', () => {
  it('is not this meeting’s number', () => {
    const m = parse(
      'نشست هیئت امنا برگزار شد و مصوبه زیر تصویب شد: «به استناد مصوبه جلسه شماره ۵۱۲ شورای عالی، اموال به دانشکده منتقل شود.»',
    ).meeting;
    expect(m.number).toBeNull();
    expect(parse('به موجب صورتجلسه جلسه شماره ۸ کمیسیون، مقرر شد دبیرخانه گزارش دهد.').meeting.number).toBeNull();
  });

  it('still reads this meeting’s own «مصوبه جلسه شماره …»', () => {
    const m = parse(
      'اهم مصوبه جلسه شماره ۲۳ هیئت مدیره به شرح ذیل اعلام می گردد:\nمقرر شد دبیرخانه گزارش دهد.',
    ).meeting;
    expect(m.number).toBe('23');
  });
});

describe('«یافتن» after a noun', () => {
  it('gives no work to the subject of what becomes of it', () => {
    const r = parse(
      'مصوبات:\n۱- کلیه امکانات اعم از تجهیزات، نیروی انسانی و اسناد به دانشکده جدید انتقال می یابد.',
    ).resolutions;
    expect(r[0]!.owners).toEqual([]);
  });

  it('still gives work to who reaches an agreement («دست یابد»)', () => {
    const r = parse(
      'مصوبات:\n۱- مقرر شد پس از بررسی پیشنهادها، کمیته مذاکره با پیمانکار به توافق دست یابد.',
    ).resolutions;
    expect(r[0]!.owners).toEqual(['کمیته مذاکره']);
  });
});
