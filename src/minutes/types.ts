// The parse contract: what `peygir parse <file> --json` prints and what the importer stores.

export type Calendar = 'jalali' | 'gregorian';

export interface ParsedMeeting {
  /** Session number as written (`55`), or null. */
  number: string | null;
  /** The date in its own calendar, ISO-shaped: `1401-07-25` (Jalali) or `2022-08-18` (Gregorian). */
  date: string | null;
  calendar: Calendar | null;
  /**
   * The meeting's date as the minutes spell it («8/3/86», «۱۹ اردیبهشت ۱۴۰۳», «June 4, 2024»), digits as written:
   * what a reader checks the date against (a two-digit year, a day and month that may be either way round). Also
   * a date without its year («۲۰ مرداد ماه»), where `date` stays empty. Absent when no date was found.
   */
  date_as_written?: string | null;
  /** The same day in the Gregorian calendar, `YYYY-MM-DD`. */
  gregorianDate: string | null;
  chair: string | null;
  secretary: string | null;
  /** `HH:MM`, 24-hour. */
  startTime: string | null;
  endTime: string | null;
  attendees?: string[];
  /** When the minutes say when the next meeting is (UTC ISO instant), if they do. */
  nextMeeting?: string | null;
  /** The council's term (دوره) when the minutes give one: «هجدهمین جلسه سومین دوره» → `3`. */
  term?: string | null;
  /**
   * The day of the week the minutes give their meeting, as written («سه شنبه», «Tuesday»); the date is
   * doubted when it falls on another day.
   */
  weekday?: string | null;
  /** Fields the parser was unsure of, for the import preview to mark; absent when it was sure of all. */
  doubts?: MeetingDoubt[];
}

export type MeetingDoubt = 'number' | 'date' | 'chair' | 'secretary';
export type ResolutionDoubt = 'number' | 'text' | 'owners' | 'deadline';

/** A meeting header with nothing found yet. */
export function emptyMeeting(): ParsedMeeting {
  return {
    number: null,
    date: null,
    calendar: null,
    gregorianDate: null,
    chair: null,
    secretary: null,
    startTime: null,
    endTime: null,
    attendees: [],
    nextMeeting: null,
  };
}

export interface ParsedResolution {
  /** The row (ردیف) or running number as written in the minutes. */
  number: number;
  text: string;
  /** Exact spans of the text naming each owner, honorifics dropped. Empty when nobody is named. */
  owners: string[];
  /** The deadline phrase exactly as written, or null. */
  deadline: string | null;
  /** The resolved due date (Gregorian `YYYY-MM-DD`), or null when it cannot be resolved. */
  dueDate: string | null;
  /** True when the deadline is "the next meeting" (در جلسه بعدی). */
  dueAtNextMeeting?: boolean;
  kind?: 'decision' | 'action' | null;
  /** Per-field confidence in [0, 1], or null where a field is a guess not made. */
  confidence?: Partial<Record<'text' | 'owners' | 'deadline' | 'dueDate', number | null>>;
  /** Fields the parser was unsure of, for the import preview to mark; absent when it was sure of all. */
  doubts?: ResolutionDoubt[];
}

export interface ParsedMinutes {
  meeting: ParsedMeeting;
  resolutions: ParsedResolution[];
  /** Things the secretary should look at before importing (items without owner, unreadable dates). */
  warnings: string[];
  /** What a follow-up section («پیگیری مصوبات قبل», "Old business") reports on earlier resolutions: not stored. */
  followUps?: string[];
  /** Each owner of the parse, known to the council's register or new; present when the parse had a register. */
  owners?: OwnerMark[];
}

export interface OwnerMark {
  /** As the resolutions name it: the registered name when the register knows it. */
  name: string;
  known: boolean;
  /** The other spellings the minutes used for it («فاوا» for «کمیته فاوا»). */
  written?: string[];
}

/** A file that cannot be read as minutes: the message names the line it stopped at when there is one. */
export class MinutesError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(line ? `${message} (line ${line})` : message);
    this.name = 'MinutesError';
  }
}
