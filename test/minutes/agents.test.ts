// Who must act, read from the grammar of a Persian resolution: the agent after «مقرر شد/گردید» wherever it
// stands, a clause's subject after a comma or «در ضمن», «محترم» closing a name, a person's post after their
// name, «نامبرده» pointing back; and a vote sentence or vote cells are never part of an item.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const owners = (item: string) => parseMinutesText(`مصوبات:\n۱- ${item}`).resolutions[0]?.owners;

describe('agents in Persian resolutions', () => {
  it('ends a name at «محترم» when no other body follows', () => {
    expect(owners('مقرر شد فرماندار محترم طرح جامع را تهیه و ارائه نماید.')).toEqual(['فرماندار']);
    expect(owners('مقرر شد مدیر محترم امور مالی گزارش را ارسال نماید.')).toEqual(['مدیر محترم امور مالی']);
  });

  it('finds the agent right after «مقرر گردید» in the middle of a sentence', () => {
    expect(owners('در خصوص تعمیر مدرسه مقرر گردید اداره نوسازی نسبت به برآورد هزینه اقدام نماید.')).toEqual([
      'اداره نوسازی',
    ]);
  });

  it('finds the subject of a later clause, after a comma or «در ضمن»', () => {
    expect(owners('مقرر شد موضوع در جلسه کارشناسی بررسی شود. در ضمن بخشداری از صدور مجوز خودداری نماید.')).toEqual([
      'بخشداری',
    ]);
    expect(owners('با توجه به کمبود اعتبار، دهیاری گزارش هزینه ها را ارائه نماید.')).toEqual(['دهیاری']);
  });

  it('gives a passive decision no owner, even with bodies named as participants', () => {
    expect(owners('مقرر شد موضوع با حضور نمایندگان فرمانداری، مدیران مدارس بررسی گردد.')).toEqual([]);
  });

  it('keeps a person apart from their post, and reads «نامبرده» as that person', () => {
    expect(owners('در خصوص درخواست آقای نادری مشاور حقوقی مقرر گردید نامبرده پاسخ را تهیه و ارسال نماید.')).toEqual([
      'نادری',
    ]);
    expect(owners('مقرر شد آقای مهندس صالحی مدیر فنی نقشه ها را بازبینی نماید.')).toEqual(['صالحی']);
  });
});

describe('votes beside resolutions', () => {
  const parsed = parseMinutesText(`اهم مصوبات:
آراء موافق
آراء مخالف

1- مقرر گردید دهیاری محترم مسیر را بازگشایی نماید . موضوع با 7 رای مثبت مورد تصویب قرار گرفت .

7

----

2- مقرر گردید اداره برق تیرها را جابجا نماید.
با اتفاق آراء مورد تصویب قرار گرفت.`);

  it('drops vote cells and vote sentences, and keeps the items whole', () => {
    expect(parsed.resolutions.map((r) => [r.number, r.text, r.owners])).toEqual([
      [1, 'مقرر گردید دهیاری محترم مسیر را بازگشایی نماید .', ['دهیاری']],
      [2, 'مقرر گردید اداره برق تیرها را جابجا نماید.', ['اداره برق']],
    ]);
  });
});

describe('titles that name resolutions', () => {
  it('never reads «مصوبات …» as a resolution of its own', () => {
    const parsed = parseMinutesText(`مصوبات دهمین جلسه شورای بخش
مقرر گردید بخشداری گزارش را ارسال نماید.`);
    expect(parsed.resolutions.map((r) => r.owners)).toEqual([['بخشداری']]);
    expect(parsed.meeting.number).toBe('10');
  });
});

describe('lists of agents', () => {
  it('reads «یا» and «و نیز» between bodies as a list, and «هر کدام» after it as no part of a name', () => {
    expect(owners('مقرر شد شهرداری یا فرمانداری نماینده معرفی کنند.')).toEqual(['شهرداری', 'فرمانداری']);
    expect(owners('مقرر شد شهرداری و نیز فرمانداری نماینده معرفی کنند.')).toEqual(['شهرداری', 'فرمانداری']);
    expect(owners('مقرر شد شهرداری، فرمانداری و بخشداری هر کدام نماینده ای معرفی کنند.')).toEqual([
      'شهرداری',
      'فرمانداری',
      'بخشداری',
    ]);
    // Near miss: a body after a head that needs its complement is that complement, whatever follows it.
    expect(owners('مقرر گردید مکاتبات لازم توسط ریاست محترم سازمان پیگیری گردد.')).toEqual(['ریاست محترم سازمان']);
    expect(owners('مقرر شد نتیجه تا جلسه آینده توسط دبیر کارگروه اعلام گردد.')).toEqual(['دبیر کارگروه']);
    // Near miss: «یا» between two things is no list of owners.
    expect(owners('مقرر شد شهرداری طرح الف یا طرح ب را اجرا کند.')).toEqual(['شهرداری']);
  });

  it('reads the group after «یکی از»', () => {
    expect(owners('مقرر شد طرح توسط یکی از اعضای شورا بررسی شود.')).toEqual(['اعضای شورا']);
  });

  it('goes on past a comma when another body or post opens there', () => {
    expect(
      owners('مقرر گردید شهردار محترم، معاونان فنی شهرداری و مسئول واحد عمران در جلسه شورا حضور یابند و گزارش دهند.'),
    ).toEqual(['شهردار', 'معاونان فنی شهرداری', 'مسئول واحد عمران']);
  });

  it('stops at a comma followed by anything else', () => {
    expect(owners('مقرر شد کمیته فنی، پس از بررسی، گزارش را ارائه نماید.')).toEqual(['کمیته فنی']);
  });

  it('ends a name at an adverb of manner and reads «بصورت فوری» as a deadline', () => {
    const [r] = parseMinutesText(
      'مصوبات:\n۱- مقرر گردید موضوع توسط کارگروه خدمات مهندسی بصورت فوری بررسی گردد.',
    ).resolutions;
    expect(r).toMatchObject({ owners: ['کارگروه خدمات مهندسی'], deadline: 'بصورت فوری' });
  });
});

describe('agents named through «از طریق»، «از سوی»، «زیر نظر»', () => {
  it('reads a body or a titled person opened there, when a verb of action follows', () => {
    expect(
      owners('مقرر گردید موضوع ازطریق کمیسیون برنامه و بودجه و آقای احمدی پیگیری و نتیجه را به شورا گزارش نمایند.'),
    ).toEqual(['کمیسیون برنامه و بودجه', 'احمدی']);
    expect(owners('مقرر شد طرح زیر نظر معاونت فنی اجرا و گزارش آن ارائه نمایند.')).toEqual(['معاونت فنی']);
  });

  it('names no one who already acted: «از سوی اعضا داده شد و مقرر شد … نمایند» is past', () => {
    expect(owners('پیشنهادات اصلاحی از سوی اعضای هیأت مدیره داده شد و مقرر شد اصلاحات لازم را اعمال نمایند.')).toEqual(
      [],
    );
  });

  it('«توسط X … ارائه شد» reports what was done; «توسط X … تهیه شود» still gives X the work', () => {
    expect(owners('در این جلسه گزارش کار شورا توسط آقای دکتر احمدی ارائه شد.')).toEqual([]);
    expect(owners('مقرر شد گزارش کار شورا توسط دبیرخانه تهیه شود.')).toEqual(['دبیرخانه']);
  });

  it('reads «از سوی/از طریق X … انجام شود» as work to come by X', () => {
    expect(owners('مقرر شد مکاتبه با وزارت نیرو از سوی دبیرخانه انجام شود.')).toEqual(['دبیرخانه']);
    expect(owners('مقرر شد پیگیری لازم از طریق دفتر امور شهری استانداری انجام شود.')).toEqual([
      'دفتر امور شهری استانداری',
    ]);
    // Near miss: done already, in the past.
    expect(owners('گزارش از سوی دبیرخانه ارائه شد و مقرر شد موضوع بررسی شود.')).toEqual([]);
  });

  it('leaves a means alone: «از طریق سامانه» names no one', () => {
    expect(owners('مقرر شد اطلاع رسانی از طریق سامانه انجام گیرد.')).toEqual([]);
  });
});

describe('the names of bodies, read from the sentence', () => {
  it('keeps the word after a head that needs one, even an action noun; a whole body stops at one', () => {
    expect(owners('مقرر شد کمیته تامین تجهیزات فهرست خرید را ارسال نماید.')).toEqual(['کمیته تامین تجهیزات']);
    expect(owners('مقرر گردید اداره نوسازی مدارس برآورد هزینه را ارائه کند.')).toEqual(['اداره نوسازی مدارس']);
    // Near miss: «شهرداری» is whole on its own, so «همکاری» is what it gives, not part of its name.
    expect(owners('مقرر گردید شهرداری همکاری لازم را با اداره گاز به عمل آورد.')).toEqual(['شهرداری']);
  });

  it('reads security and public bodies as owners, and ends the name before what they do', () => {
    expect(owners('مقرر شد نیروی انتظامی و بسیج محله همکاری لازم را داشته باشند.')).toEqual([
      'نیروی انتظامی',
      'بسیج محله',
    ]);
    expect(owners('مقرر شد اعضای محترم شورای ورزش راهکارهای خود را ارائه دهند.')).toEqual(['اعضای محترم شورای ورزش']);
  });

  it('joins words of one body with «و» after a head, and splits where a new body opens', () => {
    expect(owners('مقرر شد معاونت فنی و عمرانی نقشه پل را بازبینی کند.')).toEqual(['معاونت فنی و عمرانی']);
    expect(owners('مقرر شد کمیته فنی و دبیرخانه گزارش را تهیه کنند.')).toEqual(['کمیته فنی', 'دبیرخانه']);
  });

  it('reads a body named by its field alone when it acts, and the field itself as no one', () => {
    expect(owners('مقرر شد جهاد کشاورزی نسبت به توزیع نهاده ها اقدام کند.')).toEqual(['جهاد کشاورزی']);
    expect(owners('مقرر شد صدا و سیما نسبت به پخش برنامه ویژه اقدام نماید.')).toEqual(['صدا و سیما']);
    expect(owners('مقرر شد اداره کل صدا و سیمای مرکز استان اطلاع رسانی نماید.')).toEqual([
      'اداره کل صدا و سیمای مرکز استان',
    ]);
    // Near miss: right after «مقرر شد» with a passive verb, the field is what is done to, not who does it.
    expect(owners('مقرر شد میراث فرهنگی منطقه حفظ شود.')).toEqual([]);
    expect(owners('مقرر شد ثبت احوال نوزادان در روستاها انجام شود.')).toEqual([]);
  });

  it('keeps every word of a head of several words, and reads bodies known by a short name', () => {
    expect(owners('حراست و فناوری اطلاعات نسبت به ایمن سازی سامانه اقدام نمایند.')).toEqual([
      'حراست',
      'فناوری اطلاعات',
    ]);
    expect(owners('مقرر شد ناجا و آب منطقه ای همکاری لازم را بعمل آورند.')).toEqual(['ناجا', 'آب منطقه ای']);
    expect(owners('مقرر شد فرهنگ و ارشاد اسلامی مجوز برگزاری را صادر کند.')).toEqual(['فرهنگ و ارشاد اسلامی']);
    // Near miss: what becomes of a field («… توسعه یابد») is not the field acting.
    expect(owners('مقرر شد فناوری اطلاعات در ادارات توسعه یابد.')).toEqual([]);
  });

  it('reads departments and posts minutes name in passing', () => {
    expect(owners('مقرر شد حراست و حسابداری گزارش خود را ارسال کنند.')).toEqual(['حراست', 'حسابداری']);
    expect(owners('دبیر جلسه صورتجلسه را ظرف یک هفته به اعضا ارسال کند.')).toEqual(['دبیر جلسه']);
    expect(owners('مسئولیت اجرای این مصوبه به عهده وزیران و رؤسای دستگاههای ذیربط است.')).toEqual([
      'وزیران',
      'رؤسای دستگاههای ذیربط',
    ]);
    // Near miss: what a body does is not part of its name («خبر», «مشارکت»).
    expect(owners('مقرر شد روابط عمومی خبر جلسه را منتشر کند.')).toEqual(['روابط عمومی']);
    expect(owners('تهیه گزارش طرح با محوریت دفتر فنی و مشارکت شهرداری ها.')).toEqual(['دفتر فنی']);
  });

  it('spreads a plural head over the list after it', () => {
    expect(owners('مقرر شد ادارات بهزیستی، ثبت احوال و آموزش و پرورش آمار را ارسال نمایند.')).toEqual([
      'بهزیستی',
      'ثبت احوال',
      'آموزش و پرورش',
    ]);
    // Near miss: no list follows, so the plural body is the owner itself.
    expect(owners('مقرر شد دستگاه های اجرایی گزارش عملکرد را ارسال نمایند.')).toEqual(['دستگاه های اجرایی']);
  });
});

describe('groups named whole or one by one', () => {
  it('keeps «کلیه/تمامی/همه» in the name of a group that acts', () => {
    expect(owners('مقرر شد کلیه اعضای کانون در جلسه بعد پیشنهادات خود را ارائه دهند.')).toEqual(['کلیه اعضای کانون']);
    expect(owners('کلیه دستگاههای اجرایی موظفند گزارش را ارسال کنند.')).toEqual(['کلیه دستگاههای اجرایی']);
    expect(owners('مقرر شد همه اعضا نظر خود را اعلام کنند.')).toEqual(['همه اعضا']);
  });

  it('reads the group after «هر یک از», and leaves the count of people they name out', () => {
    expect(owners('مقرر گردید هر یک از دستگاههای اجرایی یک نفر را به عنوان رابط معرفی نمایند.')).toEqual([
      'دستگاههای اجرایی',
    ]);
  });

  it('takes no one from «کلیه» before a thing', () => {
    expect(owners('مقرر شد کلیه مدارک به دبیرخانه ارسال شود.')).toEqual([]);
    expect(owners('مقرر شد کلیه هزینه ها توسط شهرداری پرداخت شود.')).toEqual(['شهرداری']);
  });
});

describe('obligations in other words', () => {
  it('reads «ملزم» and «عهده دار» like «موظف»', () => {
    expect(owners('شهرداری ملزم است گزارش را ارسال کند.')).toEqual(['شهرداری']);
    expect(owners('شهرداری عهده دار تهیه گزارش شد.')).toEqual(['شهرداری']);
  });

  it('reads the body obliged, not the one obliging it: «شورا X را موظف کرد تا …»', () => {
    expect(owners('شورا شهرداری را موظف کرد تا گزارش را ارائه کند.')).toEqual(['شهرداری']);
    expect(owners('در این جلسه استاندار دستگاههای اجرایی را ملزم کرد تا پروژه ها را تمام کنند.')).toEqual([
      'دستگاههای اجرایی',
    ]);
    // Near miss: a head that needs its complement opens the body obliged; it obliges no one.
    expect(owners('رئیس اداره برق را موظف کردند تا تیرها را جابجا کند.')).toEqual(['رئیس اداره برق']);
    expect(owners('شورای شهر دفتر فنی استانداری را مکلف کرد که نقشه ها را اصلاح کند.')).toEqual(['دفتر فنی استانداری']);
  });

  it('reads a body given a task by «تکلیف شد» with or without «که»', () => {
    expect(owners('به شهرداری تکلیف شد گزارش را ارائه کند.')).toEqual(['شهرداری']);
    // Near miss: the task given, with nothing for the body to do in the clause after it.
    expect(owners('به شهرداری تکلیف شد.')).toEqual([]);
  });

  it('lists the owners in the order the text names them', () => {
    expect(owners('بخشداریها، فرمانداریها و استانداری ها مکلف شدند از شوراها حمایت کنند.')).toEqual([
      'بخشداریها',
      'فرمانداریها',
      'استانداری ها',
    ]);
  });
});

describe('who answers for the work: «X مسئول … است»', () => {
  it('reads the body before «مسئول» and the work, with a copula closing it', () => {
    expect(owners('مدیران کل استان مسئول حسن اجرای این مصوبه خواهند بود.')).toEqual(['مدیران کل استان']);
    expect(owners('دبیرخانه مسئول پیگیری این مصوبه است.')).toEqual(['دبیرخانه']);
    expect(owners('مقرر شد معاونت فنی مسئول تهیه گزارش پیشرفت باشد.')).toEqual(['معاونت فنی']);
  });

  it('reads who was made answerable for the work, in the past', () => {
    expect(owners('جناب آقای دکتر صالحی مسئول تدوین برنامه راهبردی دانشکده گردیدند.')).toEqual(['صالحی']);
    expect(owners('معاونت دانشجویی مسئول برگزاری اردوها شد.')).toEqual(['معاونت دانشجویی']);
  });

  it('reads a plural post written with «ین»', () => {
    expect(owners('مقرر گردید معاونین آموزشی و پژوهشی نسبت به بازنگری آیین نامه ها اقدام نمایند.')).toEqual([
      'معاونین آموزشی و پژوهشی',
    ]);
  });

  it('takes no one from «مسئول» with nobody before it, nor someone chosen as one', () => {
    expect(owners('مسئول پیگیری این طرح در جلسه آینده معرفی شود.')).toEqual([]);
    expect(owners('آقای کریمی به عنوان مسئول پیگیری انتخاب شد.')).toEqual([]);
    expect(owners('آقای کریمی مسئول پیگیری معرفی شد.')).toEqual([]);
    // Near miss: a post that holds «مسئول» is a name, not what the body answers for.
    expect(owners('کارشناس مسئول امور مالی گزارش را ارسال کند.')).toEqual(['کارشناس مسئول امور مالی']);
  });
});

describe('where the agent of an obligation stands', () => {
  it('finds the subject after «مقرر گردید» past a phrase and a comma, also with a loose past verb', () => {
    expect(owners('مقرر گردید از محل انبار، شهردار محترم و مسئول واحد فنی بازدید بعمل آوردند.')).toEqual([
      'شهردار',
      'مسئول واحد فنی',
    ]);
    // Near miss: without «مقرر», a past verb reports what a body did.
    expect(owners('در ادامه، شهرداری گزارش هزینه ها را ارائه نمود.')).toEqual([]);
  });

  it('gives the body right after «مقرر شد» the work, whatever voice the sentence ends in', () => {
    expect(owners('مقرر شد شهرداری نسبت به لایروبی کانال اقدام گردد.')).toEqual(['شهرداری']);
    // Near miss: a topic after «مقرر شد» is no agent.
    expect(owners('مقرر شد موضوع در کمیسیون عمران بررسی گردد.')).toEqual([]);
  });

  it('reads the subject of a clause «و» opens after a verb, in the middle of a sentence', () => {
    expect(owners('مقرر شد گزارش آن به شورا ارائه شود و شهرداری نیز نسبت به آسفالت معابر اقدام نماید.')).toEqual([
      'شهرداری',
    ]);
    // Near miss: what is told to a body after such a «و» gives it nothing to do.
    expect(owners('مقرر شد موضوع بررسی شود و نتیجه به شهرداری اعلام گردد.')).toEqual([]);
  });

  it('reads a clause that opens with «و» like any other', () => {
    expect(owners('مقرر شد طرح در کمیسیون بررسی شود. و فرمانداری نتیجه را اعلام نماید.')).toEqual(['فرمانداری']);
  });

  it('reads «با محوریت X و Y» as the bodies that lead', () => {
    expect(owners('برگزاری جشنواره محلی با محوریت اداره میراث فرهنگی و شهرداری.')).toEqual([
      'اداره میراث فرهنگی',
      'شهرداری',
    ]);
    // Near miss: bodies present at something are not its leaders.
    expect(owners('برگزاری جشنواره محلی با حضور اداره میراث فرهنگی و شهرداری.')).toEqual([]);
  });

  it('takes «از سوی X» in an item named by its noun, not in a report of what was done', () => {
    expect(owners('تهیه گزارش هزینه ها از سوی معاونت مالی.')).toEqual(['معاونت مالی']);
    expect(owners('گزارش هزینه ها از سوی معاونت مالی ارائه شد.')).toEqual([]);
    expect(owners('ثبت درخواست ها از طریق سامانه جامع.')).toEqual([]);
  });

  it('reads «به X ابلاغ شود» as the body the decision is served on', () => {
    expect(owners('نتیجه جهت اجرا به اداره راهداری ابلاغ شود.')).toEqual(['اداره راهداری']);
    // Near misses: served already, or only told.
    expect(owners('نتیجه به اداره راهداری ابلاغ شد.')).toEqual([]);
    expect(owners('نتیجه به شورا اعلام گردد.')).toEqual([]);
  });

  it('leaves the noun of a compound verb out of the agent after «توسط»', () => {
    expect(owners('مقرر گردید بایگانی اسناد توسط ریاست محترم شورا مدیریت شود.')).toEqual(['ریاست محترم شورا']);
    expect(owners('مقرر گردید بایگانی اسناد توسط تصمیمات هیئت رئیسه مدیریت شود.')).toEqual(['هیئت رئیسه']);
  });
});

describe('official names that look like lists', () => {
  it('keeps a ministry whose name holds a comma and «و» as one owner, and still splits a real list', () => {
    expect(owners('وزیر بهداشت، درمان و آموزش پزشکی موظف است گزارش را ارائه نماید.')).toEqual([
      'وزیر بهداشت، درمان و آموزش پزشکی',
    ]);
    expect(owners('مقرر شد کمیته فنی، دبیرخانه و شهرداری گزارش دهند.')).toEqual(['کمیته فنی', 'دبیرخانه', 'شهرداری']);
  });

  it('gives no work to the body that approved before a decision naming its own agent', () => {
    expect(owners('هیئت امنا با بودجه پیشنهادی موافقت و مقرر گردید خزانه دار گزارش هزینه ها را ارائه نماید.')).toEqual([
      'خزانه دار',
    ]);
    expect(owners('کمیسیون فرهنگی با طرح مخالفت کرد و مقرر شد دبیرخانه نظر اعضا را به متقاضی اعلام نماید.')).toEqual([
      'دبیرخانه',
    ]);
    // Near miss: a subject before «مقرر گردید» with no agent after it is the one given the work.
    expect(owners('آقای رحیمی مقرر گردید فهرست اموال را تهیه نماید.')).toEqual(['رحیمی']);
  });

  it('ends a name at a number that counts its object, not one a word before it takes', () => {
    expect(owners('قرار شد هر یک از مدیران گروه دو عنوان درسی جدید پیشنهاد دهند.')).toEqual(['مدیران گروه']);
    expect(owners('مقرر شد شهرداری منطقه سه نسبت به جمع آوری نخاله ها اقدام نماید.')).toEqual(['شهرداری منطقه سه']);
  });

  it('gives no work to who proposed, but to the body the proposal gives it', () => {
    expect(
      owners('خانم صالحی پیشنهاد کرد که کتابخانه عمومی نسبت به افزایش ساعات کار اقدام کند و پیشنهاد تصویب شد.'),
    ).toEqual(['کتابخانه عمومی']);
    // Near miss: a proposal that names no one else gives no one work.
    expect(owners('آقای نادری پیشنهاد داد که جلسات ماهانه برگزار شود و اعضا موافقت کردند.')).toEqual([]);
  });

  it('ends a name before a noun closed by «نامه»', () => {
    expect(owners('مقرر شد دانشکده پرستاری تفاهم نامه همکاری را امضا کند.')).toEqual(['دانشکده پرستاری']);
    expect(owners('مقرر شد دانشکده پرستاری نامه را امضا کند.')).toEqual(['دانشکده پرستاری']);
  });

  it('gives the work to the body after «دستور داده شد» when its own verb is active', () => {
    expect(owners('دستور داده شد که شهرداری بوستان ها را تا پایان هفته بازگشایی نماید.')).toEqual(['شهرداری']);
    // Near miss: a passive after it names no one, and the body told with «به» stays the one told.
    expect(owners('دستور داده شد معابر محله لکه گیری شود.')).toEqual([]);
    expect(owners('به آبفا دستور داده شد تا شبکه را شستشو دهد.')).toEqual(['آبفا']);
  });

  it('reads the staff of a unit, a faculty or a charity as who acts', () => {
    expect(owners('مقرر شد کارکنان دفتر ریاست نسبت به ثبت ساعات حضور اقدام کنند.')).toEqual(['کارکنان دفتر ریاست']);
    expect(owners('مقرر شد اساتید دانشکده علوم در کارگاه روش تدریس شرکت کنند.')).toEqual(['اساتید دانشکده علوم']);
    expect(owners('مقرر شد مددکاران خیریه از خانواده های تحت پوشش بازدید نمایند.')).toEqual(['مددکاران خیریه']);
    // Near misses: the staff thanked or helping give them no work.
    expect(owners('مقرر شد از زحمات پرسنل بیمارستان تقدیر شود.')).toEqual([]);
    expect(owners('مقرر شد با همکاری کارکنان کتابخانه فهرست کتاب ها تهیه شود.')).toEqual([]);
  });

  it('gives no work to a body a decision sets up, and ends its clause where the next names its own agent', () => {
    expect(
      owners('مقرر شد دفتر ثبت درخواست ها در بخشداری ایجاد گردد و کمیته امداد، فهرست نیازمندان را تکمیل نماید.'),
    ).toEqual(['کمیته امداد']);
    // Near miss: a body that sets one up acts («… ایجاد کند»).
    expect(owners('مقرر شد بخشداری نسبت به ایجاد دفتر ثبت درخواست ها اقدام کند.')).toEqual(['بخشداری']);
  });
});

describe('the media and the authorities as bodies', () => {
  it('act when the grammar gives them the work', () => {
    expect(owners('مقرر شد روابط عمومی و سایر رسانه های استان برنامه هفته سلامت را پوشش دهند.')).toEqual([
      'روابط عمومی',
      'سایر رسانه های استان',
    ]);
    expect(owners('شکایات رسیده جهت رسیدگی به مراجع قضایی ارجاع شد.')).toEqual(['مراجع قضایی']);
  });

  it('are no one where they are a place or a channel', () => {
    expect(owners('مقرر شد نتیجه انتخابات در رسانه های محلی منتشر شود.')).toEqual([]);
  });
});

describe('a duty word written glued to its ending', () => {
  it('closes the name of the bodies it is laid on', () => {
    expect(owners('شرکت آب و فاضلاب و سایر دستگاه های خدمات رسان مکلفاند نقشه شبکه ها را تحویل دهند.')).toEqual([
      'شرکت آب و فاضلاب',
      'سایر دستگاه های خدمات رسان',
    ]);
  });
});
