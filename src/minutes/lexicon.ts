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
  'آیت الله العظمی',
  'آیت الله',
  'آیه الله',
  'حضرت',
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
  'Councillor',
  "Cllr's",
  'Cllr’s',
  'Cllr.',
  'Cllr',
  'Councillors',
  'Cllrs.',
  'Cllrs',
  'Miss',
  'Mx',
  'Revd',
];

export const HONORIFIC_RE = new RegExp(
  `^(?:(?:${HONORIFICS.map((h) => h.replace('.', '\\.').replace(/ /g, '\\s*')).join('|')})(?![\\p{L}])\\s*)+`,
  'u',
);

/** Plural titles: «آقایان الف و ب» names several people. */
export const PLURAL_HONORIFIC = /^(?:آقایان|خانم\s*ها|سرکاران)(?!\p{L})/u;

/**
 * Heads that name a body or a post only together with what follows («کمیته …», «اداره …», «معاون …»): the
 * word right after one belongs to the name even when it is an action noun («کمیته تامین داده», «اداره
 * نوسازی», «معاونت برنامه ریزی»).
 */
export const BOUND_HEADS = [
  'کمیته',
  'کارگروه',
  'کمیسیون',
  'سازمان',
  'اداره کل',
  'اداره',
  'ادارات',
  'معاونت',
  'معاون',
  'وزیر',
  'وزرای',
  'دفتر',
  'واحد',
  'مدیریت',
  'مدیرکل',
  'مدیر کل',
  'مدیر',
  'مدیران',
  'وزارت',
  'وزارتخانه',
  'شورای',
  'هیئت',
  'هیات',
  'گروه',
  'ستاد',
  'دانشگاه',
  'دانشکده',
  'پژوهشکده',
  'پژوهشگاه',
  'شرکت',
  'حوزه',
  'بنیاد',
  'مرکز',
  'صندوق',
  'اتاق',
  'انجمن',
  'اتحادیه',
  'کانون',
  'امور',
  'بانک',
  'رئیس',
  'رییس',
  'رؤسای',
  'روسای',
  'ریاست',
  'سرپرست',
  'نماینده',
  'نمایندگان',
  'کارشناس',
  'کارشناسان',
  'مشاور',
  'مسئول',
  'مسئولین',
  'مسئولان',
  'اعضای',
  'عضو',
  'تیم',
  'مجمع',
  'شبکه',
  'نیروی',
  'دستگاه',
  'دستگاههای',
  'قرارگاه',
  'فرماندهی',
  'فرمانده',
  'پایگاه',
  'دبیر',
  'دبیرکل',
  'منشی',
  'نهاد',
  'موسسه',
  'مؤسسه',
  'مربی',
  'پیمانکار',
  'ناظر',
  // The staff of a unit, a faculty or a charity: «همکاران واحد آمار», «کارکنان امور مالی», «اساتید گروه …».
  'همکاران',
  'کارکنان',
  'کارمندان',
  'اساتید',
  'استادان',
  'پرسنل',
  'مددکار',
  // «رسانه های محلی», «مراجع ذیربط/قضایی»: the media and the authorities a matter goes to.
  'رسانه',
  'مراجع',
];

/** Bodies and posts that are whole on their own («شهرداری», «دبیرخانه», «فرماندار»); more words may follow. */
export const FREE_HEADS = [
  'دبیرخانه',
  'شهرداری',
  'شهردار',
  'شورا',
  'فرمانداری',
  'فرماندار',
  'استانداری',
  'استاندار',
  'بخشداری',
  'بخشدار',
  'دهیاری',
  'دهیار',
  'بسیج',
  'سپاه',
  'پلیس',
  'دادستانی',
  'دادستان',
  'دادگستری',
  'آموزش و پرورش',
  'کتابخانه',
  'بیمارستان',
  'خزانه',
  'خزانه دار',
  'دیوان',
  'مجلس',
  'بازرس',
  'حسابرس',
  'مدیرعامل',
  'مدیر عامل',
  'نایب رئیس',
  'نایب رییس',
  'اعضا',
  'اعضاء',
  'بهزیستی',
  'آبفا',
  'مخابرات',
  'اوقاف',
  'جمعیت هلال احمر',
  'هلال احمر',
  'اورژانس',
  'آتش نشانی',
  'راهداری',
  'گمرک',
  'تعزیرات',
  'امام جمعه',
  'روابط عمومی',
  'حراست',
  'حسابداری',
  'کارگزینی',
  'ناجا',
  'فراجا',
  'توانیر',
  'آب منطقه ای',
  'برق منطقه ای',
  'کارفرما',
  'مترون',
  'سوپروایزر',
  'سرپرستار',
  'دادسرا',
  'کلانتری',
  'شورایاری',
];

/**
 * Bodies minutes name by their field alone («جهاد کشاورزی نسبت به … اقدام کند»). The same words name the field
 * itself («مقرر شد میراث فرهنگی منطقه حفظ شود»), so they act only with an active verb of their own.
 */
export const FIELD_BODIES = [
  'جهاد کشاورزی',
  'منابع طبیعی',
  'محیط زیست',
  'ثبت احوال',
  'ثبت اسناد',
  'میراث فرهنگی',
  'صدا و سیما',
  'صدا و سیمای',
  'صداوسیما',
  'تامین اجتماعی',
  'تأمین اجتماعی',
  'نظام مهندسی',
  'فنی و حرفه ای',
  'تبلیغات اسلامی',
  'دامپزشکی',
  'شیلات',
  'ارشاد اسلامی',
  'فرهنگ و ارشاد اسلامی',
  'منابع انسانی',
  'فناوری اطلاعات',
  'خدمات شهری',
];

/**
 * Heads of a post one person holds («معاون استاندار», «مدیرکل دفتر …», «فرماندار»): who may chair a meeting or
 * keep its minutes, where a body («شورا», «سازمان …») may not.
 */
export const POST_HEADS = [
  'معاون',
  'وزیر',
  'مدیرکل',
  'مدیر کل',
  'مدیرعامل',
  'مدیر عامل',
  'مدیر',
  'رئیس',
  'رییس',
  'نایب رئیس',
  'نایب رییس',
  'سرپرست',
  'نماینده',
  'کارشناس',
  'مشاور',
  'مسئول',
  'فرمانده',
  'دبیر',
  'دبیرکل',
  'منشی',
  'شهردار',
  'فرماندار',
  'استاندار',
  'بخشدار',
  'دهیار',
  'دادستان',
  'بازرس',
  'حسابرس',
  'خزانه دار',
  'امام جمعه',
  'مترون',
  'سوپروایزر',
  'سرپرستار',
  'مربی',
  'ناظر',
];

/** Words that open the name of a body or a role, so a phrase starting with one can be an owner. */
export const ORG_HEADS = [...BOUND_HEADS, ...FREE_HEADS, ...FIELD_BODIES];

const headAlt = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '\\s+'))
    .join('|');

/** A body or a post, or several of them («معاونان», «معاونین», «مشاوران», «سازمان‌های»). */
export const ORG_HEAD_RE = new RegExp(`^(?:${headAlt(ORG_HEADS)})(?:ان|ین|\\s?ها(?:ی)?)?(?!\\p{L})`, 'u');

/** A body named by its field alone (see FIELD_BODIES). */
export const FIELD_BODY_RE = new RegExp(`^(?:${headAlt(FIELD_BODIES)})(?!\\p{L})`, 'u');

/** A head whose next word belongs to the name, whatever that word is (see BOUND_HEADS). */
export const POST_HEAD_RE = new RegExp(`^(?:${headAlt(POST_HEADS)})(?!\\p{L})`, 'u');
export const BOUND_HEAD_RE = new RegExp(`^(?:${headAlt(BOUND_HEADS)})(?:ان|ین|\\s?ها(?:ی)?)?(?!\\p{L})`, 'u');

/**
 * Words an owner's name never contains: prepositions, conjunctions, particles and verbs. A name read from
 * the text stops at the first one.
 */
export const NAME_STOPS = new Set(
  `در به با از برای جهت تا طی ظرف حداکثر نسبت ضمن پس قبل بعد نیز هم را که یا بر درباره پیرامون طبق مطابق
  براساس بصورت سپس ضمنا بلافاصله همچنین حسب ذیل وهمچنین ونیز وسپس وضمنا
  مکلف موظف ملزم مسئولیت عهده مامور مأمور ماموریت مأموریت اجازه اختیار خواسته درخواست می نماید نمایند کند کنند شود شوند گردد گردند دهد دهند است هستند
  باشد باشند میباشد میباشند شد شدند گردید گردیدند نمود نمودند کرد کردند پذیرد گیرد گیرند رسد بپردازد بپردازند
  خواهد خواهند خود هر بایستی پذیرفت پذیرفتند خواست خواستند مقرر مصوب کلیه تمامی همه مدت فورا فوری سریعا خصوص مورد جلسه جلسات باید بایست میبایست موظفند مکلفند ملزمند متعهدند موظفاند مکلفاند ملزماند متعهداند
  مشترکا مشترکاً متفقا متفقاً راسا رأسا راساً رأساً شخصا شخصاً مستقیما مستقیماً
  ماهانه ماهیانه هفتگی سالانه سالیانه روزانه مستمرا مستمراً بعمل گفت گفتند افزود افزودند`.split(/\s+/),
);

/**
 * Action nouns: what is to be done, never who does it. They end a name too, except right after a head that
 * needs its complement («کمیته تامین داده»).
 */
export const ACTION_NOUNS = new Set(
  `موضوع مراتب گزارش گزارشی لازم اقدام اقدامات پیگیری اعلام تهیه ارائه انجام بررسی ارسال تشکیل تدوین تامین تأمین
  برگزاری برگزار هماهنگی مکاتبه تکمیل اجرای اجرا پیشنهاد تعیین معرفی ابلاغ طراحی تصویب نظارت مطالعه جمع شناسایی
  پرداخت دریافت ساماندهی تنظیم رسیدگی صدور اخذ آماده ایجاد حذف اصلاح ارزیابی بازدید مذاکره همکاری مساعدت حمایت
  امکانات تمهیدات مقدمات نظر نظرات اطلاع اطلاعات نصب خرید احداث تعمیر تعمیرات ساخت آسفالت لایروبی پاکسازی توزیع
  عقد انعقاد اعزام استخدام جذب واگذاری فروش تخصیص مستندات فهرست لیست صورتجلسه نامه پاسخ برآورد هزینه خبر اخبار مشارکت مجوز برنامه لایحه لوایح
  اعتبار اعتبارات مبلغ طرح پروژه کار کارهای راهکار راهکارهای راهکارها تصمیم تصمیمات صورت دستور دستورات
  تکلیف پیش پیشنویس تقدیر تشکر قدردانی نتیجه نتایج`.split(/\s+/),
);

/** Owner names never are these (English stop words, for `Owner: task` and `X to verb`). */
export const EN_LABELS = new Set(
  `note notes decision decisions action actions item items update updates status owner owners due deadline summary
  result results outcome outcomes agreed resolved discussion discussions topic topics question questions answer q a
  proposal next steps tbd follow up follow-up todo to do done link links issue issues pr goal goals context agenda
  attendees attendance present absent date time location where when what why how host chair secretary minutes
  decided approved motion vote comment comments background problem solution risk risks blocker blockers n/a none
  important info information reminder reminders ai all responsibility conclusion conclusions outcome outcomes result results
  call motion motions vote votes meeting meetings welcome introduction return request requests report reports plan
  plans proposals need needs time nothing reply approval apologies thanks welcome optional wants`.split(/\s+/),
);

/**
 * Words that open a line of notes before «to» and are no one: a past participle telling what became of the matter
 * («Added to the wiki page …», «Deferred to next meeting», «Moved to the backlog», «Assigned to Sam»), its stem ending as
 * verbs do and names ending in «-ed» do not («Ted», «Jared», «Rasheed», «Mohammed», «Khaled» are names), a word of
 * the sentence's frame («As to timing …», «How to fund the trip?») and nouns of what is given to someone («Outreach to
 * local schools …», «Feedback to the authors …»).
 */
const EN_NOT_AN_AGENT_TO =
  '(?:[A-Z][a-z]{0,12}(?:dd|tt|rr|ll|ss|nn|pp|gn|at|ov|ot|it|nk|ix|rg|st|ng|ch|sh|rk|ct|pt|nd|rt|ir|os|on|bl|ul|ew|is)ed|As|Also|So|Then|How|What|Why|Where|When|Whether|Both|Once|Still|Only|Outreach|Feedback|Input|Answers?|References?|Shout-?outs?|Kudos|Congratulations|Credit)\\s+to\\b';

/**
 * English nouns that take «to» and open a line as often as a name does («Call to order», «Welcome to …», «Changes
 * to the bylaws», and the verbs a note opens with, its subject left out: «Need to tell the vendors», «Wants to
 * simplify …», «Listen to the tape»), «Correction to policy allocations», «Prior to the vote», «Motion to adjourn», «The Road to recovery», and any noun of an act: «Reassignment to the east plots …», «Commitment to …»): never someone with a task.
 */
export const EN_NOUN_TO =
  `(?:${EN_NOT_AN_AGENT_TO}|` +
  '(?:Call|Welcome|Return|Motion|Needs?|Wants?|Plans?|Seems?|Tends?|Listen|Talk|Speak|Reach|Respond|Refer|Try|Continues?|Begin|Going|Able|Important|Request|Proposal|Changes?|Updates?|Response|Reply|Access|Introduction|Approval|Amendments?|Corrections?|Additions?|Contributions?|Donations?|Invitations?|Objections?|Prior|Further|Pursuant|According|Owing|Thanks|Contrary|Subject|Due|Back|Move|Trip|Visit|Path|Links?|Road|Transition|Migration|[A-Z][\\w-]*(?:tion|sion|ment)s?)\\s+to\\b)';

/**
 * «tomas-k volunteers to write …», «jdoe offered to review …»: in notes that call people by their chat handle,
 * in lower case, a handle opening the line and offering to act. Not a pronoun («someone volunteered to …»).
 */
export const EN_HANDLE_OFFERS =
  '(?!(?:someone|somebody|anyone|anybody|everyone|everybody|nobody|no-one|we|they|he|she|i|it|who|each|all|both|one)\\b)[a-z][\\w.-]{2,30}\\s+(?:(?:has\\s+)?(?:volunteer(?:s|ed)|offer(?:s|ed)|agree(?:s|d))|(?:is|are)\\s+volunteering)\\s+to\\s+[a-z]';
/**
 * «Greta, we should settle the policy first. Will open an issue …», «Mia: will ask the vendor»: notes that
 * put the speaker first and drop the subject of what they take on; the speaker acts. Not what they only expect
 * («Will be hard», «Will need more time») nor a list of names («Greta, Tom and Ana will …»).
 */
export const EN_SPEAKER_WILL =
  /^([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)\s*[,:]\s+(?:[^.;!?]*[.;!?]\s+)*?(?:I\s+)?(?:[Ww]ill|I['’]ll)\s+(?!be\b|have\b|not\b|need\b|see\b|likely\b|probably\b|take\s+(?:time|a\s+while)\b)[a-z]/;

/**
 * «The chairs will confirm adoption on the list», «The editors to merge …», «The clerk will send …»: a role written
 * in lower case after «the», of one person or of the few who hold it, taking a task. Not a state («The chairs will
 * be away»), nor a thing («The minutes will be posted»).
 */
export const EN_THE_ROLE =
  /^[Tt]he\s+((?:co-?)?(?:chairs?|clerk|secretary|treasurer|editors?|authors?|maintainers?|organi[sz]ers?|officers?|reviewers?|moderators?|leads|staff|secretariat))\s+(?:will|to|is\s+to|are\s+to|(?:(?:has|have)\s+)?(?:agreed|volunteered|offered)\s+to)\s+(?!be\b|have\b|not\b|need\s+(?:some|more)\b)[a-z]/d;

/**
 * «Grant application: Owen is going to …», «Refreshing the flyer - Lena offered …»: a subject of a few words, its first
 * alone capitalised, then a colon or a spaced dash, before a task.
 */
export const EN_TOPIC = "[A-Z][a-z'-]+(?:\\s+[a-z][a-z'-]*){0,3}\\s*(?::|\\s[-–—])\\s+";

/**
 * «Ken will be away», «Priya will be on leave», «Venue to be confirmed», «Planning will need more work»: after
 * «will»/«to», a state, a thing done to or a need, not a task («Sam will need to send …» is one); nor a change of
 * post («Dana will step down as chair», «Omar will remain treasurer»).
 */
export const EN_STATE =
  '(?:be\\s+(?:[a-z]+(?:ed|en|wn|ne)|set|held|made|sent|done|away|absent|out|off|on\\s+leave|unavailable|late|back|there|here|present)|step\\s+(?:down|back|aside)|retire|resign|remain|stay\\s+on|need\\s+(?:some|more|a|an|the|time|help|work))\\b';

/** The simple past of «شدن/گردیدن»: what it closes was already done, or is being reported on. */
export const PAST_PASSIVE = 'شد|شدند|گردید|گردیدند';

/**
 * A label naming who acts, before a colon in a line or an item («متولی: …», «(مجری: معاونت عمرانی)»,
 * «دستگاه مسئول: …», «مرجع اقدام: …», «عهده دار: …», «Owner: …», «Action by: …»); not «مسئولیت», not such
 * words in a sentence.
 */
export const OWNER_LABEL =
  'متولی|مسئول(?:\\s+(?:پیگیری|اجرا|اقدام|انجام)(?:\\s+و\\s+(?:پیگیری|اجرا|اقدام|انجام))?)?|مجری|عهده\\s*دار|مرجع\\s+(?:اقدام|پیگیری|اجرا)|(?:اقدام|پیگیری|اجرا)\\s*کننده|(?:دستگاه|واحد)\\s+(?:مسئول|مجری|متولی|اجرایی|مربوط|(?:اقدام|پیگیری|اجرا)\\s*کننده)|owners?|responsib(?:le|ility)|person\\s+responsible|responsible\\s+(?:party|person|officer)|assignee|assigned\\s+to|action\\s+by|lead|assigned|actionee|action\\s+owner|accountable|who';

/**
 * «مقرر شد/گردید» and «قرار شد/گردید» (said as often, fused «مقررشد» too): it was decided — the verb a
 * Persian resolution hangs on, also with «و» fused before it («… گزارش شد ومقرر شد»). Not «قرار شده بود»
 * (decided before: a follow-up), nor «برقرار شد»,
 * «استقرار», «قرارداد» or «مورد بررسی قرار گرفت».
 */
export const DECIDED_VERB = '(?:(?<!\\p{L})|(?<=(?<!\\p{L})و))(?:مقرر|قرار)\\s*(?:شد|گردید)(?!\\p{L})';

/** Openings of a resolution: «مقرر شد», «قرار شد», «مصوب شد», «Decided», «Agreed»; not a title «مصوبات …». */
export const DECISION_START =
  /^(?:مقرر|قرار\s*(?:شد|گردید)(?!\p{L})|مصوب(?!\s*ا)(?!\s+(?:(?:(?!شد|گردید)\S+\s+){0,4}?جلسه|مورخ|\d))|تصویب(?!\s*نامه)|مقررشد|موافقت|پیشنهاد\s+.{0,40}تصویب|decided|agreed|resolved|approved|it\s+was\s+(?:decided|agreed|resolved))/iu;

/**
 * Words that make a line a decision or a task rather than a remark: also a matter referred to a body
 * («… به کمیته فنی ارجاع شد»), an agreement reached, and «تصمیمات زیر اتخاذ گردید:» announcing decisions. Not
 * «… elected not to renew», a choice told of someone else.
 */
export const DECISION_WORDS =
  /مقرر|(?<!\p{L})قرار\s*(?:شد|گردید)(?!\p{L})|(?:ارجاع|اتخاذ)\s+(?:شد|گردید)(?!\p{L})|به\s+توافق\s+رسید|(?:تصمیم|بنا)\s+بر\s+(?:این|آن)\s+(?:شد|گردید)(?!\p{L})|تصمیم\s*(?:گیری|گرفته)\s+(?:شد|گردید)(?!\p{L})|مصوب|تصویب(?!\s*نامه)|موافقت\s+(?:شد|گردید)|(?:انتخاب|منصوب)\s+(?:شد|شدند|گردید|گردیدند)|مکلف|موظف|مأمور|مامور|اقدام\s+(?:نماید|نمایند|کند|کنند)|بر\s+عهده|decided|agreed|resolved|approved|action|elected(?!\s+not\s+to\b)|voted|appointed/iu;

/**
 * Vote tallies (a line, or a flattened table's vote cells: «آراء موافق», a lone «5»), legal boilerplate,
 * closings and web-page leftovers: never resolutions, never continuations.
 */
export const NOISE =
  /^(?:با\s+(?:اتفاق|اکثریت)\s+آرا|به\s+اتفاق\s+آرا|با\s+\d+\s+رای|مورد\s+تصویب|لازم\s+الاجرا|هیات\s+تطبیق|هیئت\s+تطبیق|دیدگاه|نشانی\s+ایمیل|ارسال\s+دیدگاه|جلسه\s+(?:با|در\s+ساعت).{0,60}(?:پایان|خاتمه)\s+یافت|ختم\s+جلسه|امضا|رونوشت|آرا\S*\s+(?:موافق|مخالف|ممتنع)|n\/?a$|none\.?$|ندارد\.?$|-+$|\.+$|\d{1,3}$)|لازم\s*الاجرا|هیات\s+تطبیق|هیئت\s+تطبیق|اعتراض\s+.{0,40}قرار\s+نگیرد/iu;

/** A vote sentence closing an item («موضوع با ۵ رای مثبت مورد تصویب قرار گرفت.»): the tally, not the decision. */
export const VOTE_TAIL =
  /(?:^|(?<=[.!]\s*)|\s)(?:موضوع\s+|که\s+)?(?:با|به)\s+(?:اتفاق|اکثریت|\d+)\s+(?:\S+\s+){0,2}?(?:آرا|رای)\S*[^.]{0,60}?(?:تصویب|قرار\s+گرفت|موافقت)[^.]{0,30}\.?\s*$/u;

/**
 * Official names that hold a comma and «و» («وزارت علوم، تحقیقات و فناوری»): one name, never a list.
 */
export const LISTLIKE_NAMES = [
  'علوم, تحقیقات و فناوری',
  'تعاون, کار و رفاه اجتماعی',
  'صنعت, معدن و تجارت',
  'بهداشت, درمان و آموزش پزشکی',
  'میراث فرهنگی, گردشگری و صنایع دستی',
];
export const LISTLIKE_RE = new RegExp(
  LISTLIKE_NAMES.map((n) => n.replace(/\s*,\s*/g, '\\s*,\\s*').replace(/ /g, '\\s+')).join('|'),
  'gu',
);

/** The bodies a meeting is of, after its chair's or secretary's post («دبیر شورا», «رئیس کمیته»). */
export const MEETING_BODY = '(?:جلسه|شورا|کمیته|کارگروه|کمیسیون|هیئت|هیات|ستاد)';

/**
 * A signature line under the resolutions: a post of the meeting, a colon and a short name, maybe in columns
 * («دبیر شورا: علی محمدی        رئیس شورا: …», «Secretary: Jane Doe»). Not «دبیر جلسه: ارسال صورتجلسه …», a task.
 */
export const SIGNED_BY = new RegExp(
  `^(?:(?:(?:نایب\\s*)?(?:رئیس|رییس)|دبیر|منشی)(?:\\s+${MEETING_BODY})?|chair(?:person|man|woman)?|secretary)\\s*:\\s*(?<name>[^:\\t]+?)(?:(?: {3,}|\\t).*)?$`,
  'iu',
);

/** Whether a line is a signature: its name is a few words, none of them the noun of a task. */
export function isSignatureLine(c: string): boolean {
  const name = SIGNED_BY.exec(c.trim())?.groups?.name;
  if (!name) return false;
  const words = name.trim().split(/\s+/);
  return words.length <= 4 && !words.some((w) => ACTION_NOUNS.has(w)) && !/\d/.test(name);
}

/** The first sentence of a news report: «به گزارش روابط عمومی …», «به گزارش خبرگزاری …». */
export const NEWS_LEAD = /^\s*به\s+گزارش(?!\p{L})/u;
