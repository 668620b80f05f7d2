// A council's memory in the reader: owners the register knows are named as registered whatever the spelling
// (ي/ك, half-spaces, digits, «محترم»), the longest registered name wins, an item the rules left without owner
// gets the one its text names (as a doubt), and every owner is marked known or new. Near misses stay apart.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';
import { applyRegister, compileRegister, ownerKey, ownersInText } from '../../src/minutes/known-owners.js';

const REGISTER = [
  { name: 'کمیته فاوا', aliases: ['کمیته فاوا'] },
  // A separate body whose name is the end of the committee's: «کمیته فاوا» must not read as it.
  { name: 'فاوا', aliases: [] },
  { name: 'شهرداری', aliases: ['شهرداری', 'شهردار محترم'] },
  { name: 'ناحیه ۳', aliases: [] },
  { name: 'برق', aliases: [] },
  { name: 'دبیرخانه', aliases: [] },
];

const MINUTES = `صورتجلسه شماره ۷ کمیته راهبری
تاریخ: ۱۴۰۳/۰۵/۲۰
مصوبات:
۱- مقرر شد كميته‌ فاوا فهرست سامانه‌های قدیمی را تهیه نماید.
۲- مقرر شد کمیته‌ی فاوا برآورد هزینه را به دبیرخانه ارسال کند.
۳- مقرر شد شهردار محترم نسبت به نصب تابلوها اقدام نماید.
۴- مقرر شد ناحیه ٣ نقشه معابر را به‌روز کند.
۵- طرح نگهداری شبکه با همکاری کمیته فاوا آماده شود.
۶- برقراری ارتباط با سامانه ملی پیگیری شود.
۷- مقرر شد اداره آب گزارش مصرف را برای کمیته فاوا ارسال نماید.
`;

describe('the register applied to what the rules read', () => {
  const bare = parseMinutesText(MINUTES);
  const read = parseMinutesText(MINUTES, { knownOwners: REGISTER });
  const owners = read.resolutions.map((r) => r.owners);

  it('reads every spelling of a registered owner as its registered name', () => {
    // Arabic ي/ك with a half-space, and the ezafe written with one.
    expect(bare.resolutions[0]!.owners).toEqual(['کمیته‌ فاوا']);
    expect(owners[0]).toEqual(['کمیته فاوا']);
    expect(owners[1]).toEqual(['کمیته فاوا']);
    // «شهردار محترم», an alias; the reader drops «محترم» from both sides alike.
    expect(bare.resolutions[2]!.owners).toEqual(['شهردار']);
    expect(owners[2]).toEqual(['شهرداری']);
  });

  it('finds a registered owner the rules missed, whatever its digits, and marks it as a doubt', () => {
    expect(bare.resolutions[3]!.owners).toEqual([]);
    expect(owners[3]).toEqual(['ناحیه ۳']);
    expect(read.resolutions[3]!.doubts).toContain('owners');
    expect(read.resolutions[3]!.confidence?.owners).toBeLessThan(0.9);
  });

  it('takes the longest registered name: «کمیته فاوا», not «فاوا»', () => {
    expect(owners[4]).toEqual(['کمیته فاوا']);
    expect(owners.flat()).not.toContain('فاوا');
  });

  it('never takes a registered name inside a longer word', () => {
    // «برقراری» opens with «برق», a registered owner.
    expect(owners[5]).toEqual([]);
    expect(read.resolutions[5]!.doubts).toContain('owners');
  });

  it('keeps an owner the rules found, even when the text also names a registered one', () => {
    expect(bare.resolutions[6]!.owners).toEqual(['اداره آب']);
    expect(owners[6]).toEqual(['اداره آب']);
  });

  it('marks each owner known or new, with the spellings the minutes used', () => {
    expect(read.owners).toEqual([
      { name: 'کمیته فاوا', known: true, written: ['کمیته‌ فاوا', 'کمیته‌ی فاوا'] },
      { name: 'شهرداری', known: true, written: ['شهردار'] },
      { name: 'ناحیه ۳', known: true },
      { name: 'اداره آب', known: false },
    ]);
    expect(bare.owners).toBeUndefined();
  });

  it('leaves an owner cell as written when only its opening words are registered', () => {
    const table = `صورتجلسه شماره ۸
تاریخ: ۱۴۰۳/۰۶/۰۲
مصوبات:
| ردیف | شرح مصوبه | مسئول اجرا | مهلت |
|---|---|---|---|
| ۱ | بازسازی پیاده‌روهای میدان | شهردار منطقه ۳ | ۱۴۰۳/۰۷/۰۱ |
| ۲ | تهیه گزارش هزینه | كميته‌ی فاوا | ۱۴۰۳/۰۷/۱۵ |
`;
    const parsed = parseMinutesText(table, { knownOwners: [{ name: 'شهرداری', aliases: ['شهردار'] }, ...REGISTER] });
    expect(parsed.resolutions.map((r) => r.owners)).toEqual([['شهردار منطقه ۳'], ['کمیته فاوا']]);
    expect(parsed.owners?.find((o) => o.name === 'شهردار منطقه ۳')?.known).toBe(false);
  });
});

describe('names the rules guessed from running text', () => {
  const register = [
    { name: 'شهرداری', aliases: ['شهردار'] },
    { name: 'شهرداری منطقه ۴', aliases: ['شهردار منطقه ۴'] },
    { name: 'کمیته فضای سبز', aliases: [] },
    { name: 'اداره آموزش و پرورش', aliases: ['آموزش و پرورش'] },
    { name: 'پایگاه سلامت', aliases: [] },
  ];
  const read = (line: string) =>
    parseMinutesText(`مصوبات:\n۱- ${line}\n`, { knownOwners: register }).resolutions[0]!.owners;

  it('cuts a name the rules ran on to the registered name it opens with', () => {
    // As a reader guessing from running text may: the register knows where the name ends.
    const text = 'مقرر شد کمیته فاوا فهرست سامانه‌های قدیمی را تهیه نماید.';
    const guessed = {
      meeting: parseMinutesText('').meeting,
      resolutions: [
        {
          number: 1,
          text,
          owners: ['کمیته فاوا فهرست سامانه‌های'],
          deadline: null,
          dueDate: null,
          confidence: { owners: 0.6 },
        },
      ],
      warnings: [],
    };
    const read = applyRegister(guessed, compileRegister(REGISTER));
    expect(read.resolutions[0]!.owners).toEqual(['کمیته فاوا']);
    expect(read.owners).toEqual([{ name: 'کمیته فاوا', known: true, written: ['کمیته فاوا فهرست سامانه‌های'] }]);
    // From an owner cell the same span is taken as written: a cell says where its name ends.
    guessed.resolutions[0]!.confidence.owners = 0.95;
    expect(applyRegister(guessed, compileRegister(REGISTER)).resolutions[0]!.owners).toEqual([
      'کمیته فاوا فهرست سامانه‌های',
    ]);
  });

  it('reads a name the rules cut short as the registered name it starts', () => {
    expect(
      parseMinutesText('مصوبات:\n۱- مقرر شد شهردار محترم منطقه ۴ طرح را اجرا نماید.\n').resolutions[0]!.owners,
    ).toEqual(['شهردار']);
    // The longest name there wins over the shorter one the guess itself spells, and stands alone.
    expect(read('مقرر شد شهردار محترم منطقه ۴ طرح را اجرا نماید.')).toEqual(['شهرداری منطقه ۴']);
    expect(read('مقرر شد شهردار محترم طرح را اجرا نماید.')).toEqual(['شهرداری']);
  });

  it('adds registered owners joined to it by «و», and only those', () => {
    expect(read('مقرر شد شهردار محترم منطقه ۴ و کمیته فضای سبز طرح بوستان را آماده نمایند.')).toEqual([
      'شهرداری منطقه ۴',
      'کمیته فضای سبز',
    ]);
    expect(read('مقرر شد اداره آموزش و پرورش و پایگاه سلامت برنامه را اجرا کنند.')).toEqual([
      'اداره آموزش و پرورش',
      'پایگاه سلامت',
    ]);
    // «و» then a word the register does not know: nothing is added.
    expect(read('مقرر شد کمیته فضای سبز و اهالی محله نهال بکارند.')).toEqual(['کمیته فضای سبز']);
  });

  it('reads «و» written against the next word after a half-space as a word of its own', () => {
    expect(read('مقرر شد آموزش‌وپرورش فهرست مدارس را ارسال کند.')).toEqual(['اداره آموزش و پرورش']);
  });
});

describe('matching keys', () => {
  it('fold Arabic letters, half-spaces, digits, titles and «محترم»', () => {
    expect(ownerKey('كميته‌ی فناوري')).toBe(ownerKey('کمیته فناوری'));
    expect(ownerKey('ناحیه ٣')).toBe(ownerKey('ناحیه 3'));
    expect(ownerKey('آقای رضایی')).toBe(ownerKey('رضایی'));
    expect(ownerKey('شهردار محترم')).toBe('شهردار');
  });

  it('an other name the secretary moved wins over an owner called so', () => {
    const register = compileRegister([
      { name: 'شهردار', aliases: [] },
      { name: 'شهرداری', aliases: ['شهرداری', 'شهردار'] },
    ]);
    expect(ownersInText(register, 'گزارش شهردار ارائه شود')).toEqual(['شهرداری']);
  });
});

describe('speed', () => {
  it('applies a 200-name register to 200 resolutions in a small part of the parse itself', () => {
    const register = Array.from({ length: 200 }, (_, i) => ({
      name: `کمیته شماره ${i + 1} استان`,
      aliases: [`کارگروه ویژه ${i + 1}`, `واحد ${i + 1} ستادی`],
    }));
    // Two hundred different sentences (the reader takes a near repeat of an item for the same item): subjects,
    // places, tasks and shapes vary, and each names one registered owner.
    const words = `بودجه سامانه نقشه قرارداد آمار آموزش پرونده اموال بیمه حقوق انبار خودرو ساختمان پارک مدرسه کتابخانه
      بیمارستان جاده پل سد چاه برق گاز تلفن اینترنت بایگانی دفتر نامه کارت پروانه مجوز عوارض مالیات وام یارانه
      کالا دارو غذا پوشاک سوخت`.split(/\s+/);
    const tasks = ['تهیه', 'بررسی', 'ارسال', 'تکمیل', 'بازبینی', 'تدوین', 'اصلاح'];
    const rows = Array.from({ length: 200 }, (_, i) => {
      const w = (k: number) => words[(i * k + k * k) % words.length]!;
      const owner = `کارگروه ویژه ${(i * 7) % 200 || 1}`;
      return i % 2
        ? `${i + 1}- مقرر شد ${owner} گزارش ${w(3)} و ${w(5)} ${w(7)} را ${tasks[i % 7]} نماید.`
        : `${i + 1}- ${tasks[i % 7]} ${w(11)} ${w(13)} در محل ${w(17)} با همکاری ${owner} انجام شود.`;
    });
    const text = `صورتجلسه شماره ۹\nتاریخ: ۱۴۰۳/۰۶/۰۲\nمصوبات:\n${rows.join('\n')}\n`;
    const parsed = parseMinutesText(text, { knownOwners: register });
    expect(parsed.resolutions).toHaveLength(200);
    expect(parsed.resolutions.every((r) => r.owners.length === 1 && r.owners[0]!.startsWith('کمیته شماره'))).toBe(true);
    // Processor time, not the wall clock: other work on a busy machine does not count. The two are measured
    // in alternation, medians of many rounds.
    const bare = parseMinutesText(text);
    const cpu = (fn: () => void) => {
      const start = process.cpuUsage();
      fn();
      const used = process.cpuUsage(start);
      return (used.user + used.system) / 1000;
    };
    const parse: number[] = [];
    const memory: number[] = [];
    for (let i = 0; i < 15; i++) {
      parse.push(cpu(() => parseMinutesText(text)));
      memory.push(cpu(() => applyRegister(bare, compileRegister(register))));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    // The register adds well under half of what the parse itself costs (about 10 ms on a quiet machine).
    expect(median(memory)).toBeLessThan(median(parse) * 0.5);
  });
});
