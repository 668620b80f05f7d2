// The desk's sessions page: who is signed in, with what role now, since when, last seen, from which link,
// and the sessions ended lately with who ended them. Reached through `MESSAGES[lang].deskSessions`.
import { toPersianDigits as p } from '../text.js';

export const DESK_SESSIONS_FA = {
  title: 'نشست‌ها',
  hint: 'نشست‌های باز میز دبیرخانه. نقش هر نشست در هر درخواست از تنظیمات peygir (فهرست دبیران و رؤسای جلسه) خوانده می‌شود؛ «آخرین بازدید» تا پنج دقیقه دقیق است.',
  who: 'چه کسی',
  roleNow: 'نقش اکنون',
  since: 'از',
  lastSeen: 'آخرین بازدید',
  origin: 'پیوند ورود از',
  end: 'پایان',
  thisSession: '(همین نشست)',
  noRole: 'بی‌نقش (با درخواست بعدی پایان می‌یابد)',
  none: 'نشست بازی نیست.',
  originChat: (address: string) => `/desk در گفتگوی خصوصی ${address}`,
  originCli: 'desk-link روی سرور',
  originOperator: 'desk-link روی سرور، برای کاربر محلی (تا وقتی دبیری تعیین نشده)',
  originUnknown: 'نامعلوم (ورود پیش از ثبت مبدأ)',
  endedTitle: 'نشست‌های پایان‌یافته',
  endedLine: (who: string, when: string, why: string) => `${who} — ${when}: ${why}`,
  reason: {
    signout: 'خروج',
    ended: (by: string) => `پایان به دست ${by}`,
    role: 'پیکربندی دیگر او را دبیر یا رئیس جلسه نمی‌دانست',
  },
  endedFlash: 'نشست پایان یافت.',
  alreadyEnded: 'این نشست پیش‌تر پایان یافته بود؛ تغییری نبود.',
  count: (n: number) => `${p(n)} نشست باز`,
};

export type DeskSessionsMessages = typeof DESK_SESSIONS_FA;

export const DESK_SESSIONS_EN: DeskSessionsMessages = {
  title: 'Sessions',
  hint: 'Open desk sessions. Each request takes the session’s role from peygir’s settings (the secretaries and chairs listed there); “last seen” is accurate to five minutes.',
  who: 'Who',
  roleNow: 'Role now',
  since: 'Since',
  lastSeen: 'Last seen',
  origin: 'Sign-in link from',
  end: 'End',
  thisSession: '(this session)',
  noRole: 'no role (ends at its next request)',
  none: 'No open sessions.',
  originChat: (address) => `/desk in the private chat ${address}`,
  originCli: 'desk-link on the server',
  originOperator: 'desk-link on the server, for the local operator (while no secretary is set)',
  originUnknown: 'unknown (signed in before origins were recorded)',
  endedTitle: 'Ended sessions',
  endedLine: (who, when, why) => `${who} — ${when}: ${why}`,
  reason: {
    signout: 'signed out',
    ended: (by) => `ended by ${by}`,
    role: 'the configuration no longer named them secretary or chair',
  },
  endedFlash: 'The session has ended.',
  alreadyEnded: 'That session had already ended; nothing changed.',
  count: (n) => `${n} open session(s)`,
};
