// Word lists the rules share, in canonical spelling (ZWNJ is a space, Latin digits). Kept in one place so a
// new committee word or verb is added once.

/** Titles dropped from names. Longest first so «سرکار خانم» goes before «خانم». */
export const HONORIFICS = [
  'جناب آقای',
  'سرکار خانم',
  'سرکار',
  'جناب',
  'آقایان',
  'آقای',
  'آقا',
  'خانم ها',
  'خانمها',
  'خانم',
  'دکتر',
  'مهندس',
  'استاد',
  'حجت الاسلام و المسلمین',
  'حجت الاسلام والمسلمین',
  'حجت الاسلام',
  'محترم',
  'Mrs.',
  'Mrs',
  'Mr.',
  'Mr',
  'Ms.',
  'Ms',
  'Dr.',
  'Dr',
  'Prof.',
  'Prof',
];

export const HONORIFIC_RE = new RegExp(
  `^(?:(?:${HONORIFICS.map((h) => h.replace('.', '\\.').replace(/ /g, '\\s*')).join('|')})(?![\\p{L}])\\s*)+`,
  'u',
);

/** Plural titles: «آقایان الف و ب» names several people. */
export const PLURAL_HONORIFIC = /^(?:آقایان|خانم\s*ها|سرکاران)(?!\p{L})/u;

/** Words that open the name of a body or a role, so a phrase starting with one can be an owner. */
export const ORG_HEADS = [
  'کمیته',
  'کارگروه',
  'کمیسیون',
  'دبیرخانه',
  'دبیر',
  'سازمان',
  'اداره',
  'اداره کل',
  'ادارات',
  'معاونت',
  'معاون',
  'دفتر',
  'شهرداری',
  'شهردار',
  'بنیاد',
  'واحد',
  'مدیریت',
  'مدیر',
  'مدیرکل',
  'مدیران',
  'وزارت',
  'وزارتخانه',
  'شورای',
  'شورا',
  'هیئت',
  'هیات',
  'گروه',
  'ستاد',
  'دانشگاه',
  'دانشکده',
  'پژوهشکده',
  'شرکت',
  'حوزه',
  'فرمانداری',
  'فرماندار',
  'استانداری',
  'استاندار',
  'بخشداری',
  'بخشدار',
  'دهیاری',
  'دهیار',
  'اتاق',
  'انجمن',
  'روابط عمومی',
  'امور',
  'بانک',
  'رئیس',
  'رییس',
  'ریاست',
  'نماینده',
  'نمایندگان',
  'کارشناس',
  'کارشناسان',
  'مشاور',
  'بازرس',
  'مسئول',
  'مسئولین',
  'اعضای',
  'اعضا',
  'عضو',
  'تیم',
  'مجمع',
  'بسیج',
  'سپاه',
  'پلیس',
  'دادستانی',
  'دادگستری',
  'آموزش و پرورش',
  'کتابخانه',
  'بیمارستان',
  'شبکه',
  'مرکز',
  'صندوق',
  'خزانه',
  'دیوان',
  'مجلس',
];

/** A body or a post, or several of them («معاونان», «مشاوران»). */
export const ORG_HEAD_RE = new RegExp(
  `^(?:${ORG_HEADS.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?:ان)?(?!\\p{L})`,
  'u',
);

/**
 * Words an owner's name never contains: prepositions, conjunctions, action nouns and verbs. A name read
 * from the text stops at the first one.
 */
export const NAME_STOPS = new Set(
  `در به با از برای جهت تا طی ظرف حداکثر نسبت ضمن پس قبل بعد نیز هم را که یا بر درباره پیرامون طبق مطابق
  براساس بصورت سپس ضمنا بلافاصله همچنین حسب ذیل موضوع مراتب گزارش لازم اقدام اقدامات پیگیری اعلام تهیه ارائه انجام بررسی ارسال
  تشکیل تدوین تامین تأمین برگزاری برگزار هماهنگی مکاتبه تکمیل اجرای اجرا پیشنهاد تعیین معرفی ابلاغ طراحی تصویب نظارت
  مطالعه جمع شناسایی پرداخت دریافت ساماندهی تنظیم رسیدگی صدور اخذ آماده ایجاد حذف اصلاح ارزیابی بازدید مذاکره
  مکلف موظف مسئولیت عهده مامور مأمور خواسته درخواست می نماید نمایند کند کنند شود شوند گردد گردند دهد دهند است هستند
  باشد باشند میباشد میباشند شد شدند گردید گردیدند نمود نمودند کرد کردند پذیرد گیرد گیرند رسد بپردازد بپردازند
  خواهد خواهند نسبت مقرر مصوب کلیه تمامی همه ظرف مدت فورا فوری سریعا ضمن پیرامون خصوص مورد جلسه جلسات`.split(/\s+/),
);

/** Owner names never are these (English stop words, for `Owner: task` and `X to verb`). */
export const EN_LABELS = new Set(
  `note notes decision decisions action actions item items update updates status owner owners due deadline summary
  result results outcome outcomes agreed resolved discussion discussions topic topics question questions answer q a
  proposal next steps tbd follow up follow-up todo to do done link links issue issues pr goal goals context agenda
  attendees attendance present absent date time location where when what why how host chair secretary minutes
  decided approved motion vote comment comments background problem solution risk risks blocker blockers n/a none
  important info information reminder reminders ai all`.split(/\s+/),
);

/** The simple past of «شدن/گردیدن»: what it closes was already done, or is being reported on. */
export const PAST_PASSIVE = 'شد|شدند|گردید|گردیدند';

/** Openings of a resolution: «مقرر شد», «مقرر گردید», «مصوب شد», «Decided», «Agreed»; not a title «مصوبات …». */
export const DECISION_START =
  /^(?:مقرر|مصوب(?!\s*ا)|تصویب|مقررشد|موافقت|پیشنهاد\s+.{0,40}تصویب|decided|agreed|resolved|approved|it\s+was\s+(?:decided|agreed|resolved))/iu;

/** Words that make a line a decision or a task rather than a remark. */
export const DECISION_WORDS =
  /مقرر|مصوب|تصویب|موافقت\s+(?:شد|گردید)|مکلف|موظف|مأمور|مامور|اقدام\s+(?:نماید|نمایند|کند|کنند)|بر\s+عهده|decided|agreed|resolved|approved|action|elected|voted|appointed/iu;

/**
 * Vote tallies (a line, or a flattened table's vote cells: «آراء موافق», a lone «5»), legal boilerplate,
 * closings and web-page leftovers: never resolutions, never continuations.
 */
export const NOISE =
  /^(?:با\s+(?:اتفاق|اکثریت)\s+آرا|به\s+اتفاق\s+آرا|با\s+\d+\s+رای|مورد\s+تصویب|لازم\s+الاجرا|هیات\s+تطبیق|هیئت\s+تطبیق|دیدگاه|نشانی\s+ایمیل|ارسال\s+دیدگاه|جلسه\s+(?:با|در\s+ساعت).{0,60}(?:پایان|خاتمه)\s+یافت|ختم\s+جلسه|امضا|رونوشت|آرا\S*\s+(?:موافق|مخالف|ممتنع)|n\/?a$|none\.?$|ندارد\.?$|-+$|\.+$|\d{1,3}$)|لازم\s*الاجرا|هیات\s+تطبیق|هیئت\s+تطبیق|اعتراض\s+.{0,40}قرار\s+نگیرد/iu;

/** A vote sentence closing an item («موضوع با ۵ رای مثبت مورد تصویب قرار گرفت.»): the tally, not the decision. */
export const VOTE_TAIL =
  /(?:^|(?<=[.!]\s*)|\s)(?:موضوع\s+|که\s+)?(?:با|به)\s+(?:اتفاق|اکثریت|\d+)\s+(?:\S+\s+){0,2}?(?:آرا|رای)\S*[^.]{0,60}?(?:تصویب|قرار\s+گرفت|موافقت)[^.]{0,30}\.?\s*$/u;
