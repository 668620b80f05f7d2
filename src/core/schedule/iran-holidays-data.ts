// Iran's official religious holidays as published, by lunar (Hijri) year, for the solar years 1403, 1404 and
// 1405: the official calendar of the Islamic Republic of Iran (تقویم رسمی کشور), prepared by the Calendar
// Centre of the University of Tehran's Institute of Geophysics and approved by the Public Culture Council
// (شورای فرهنگ عمومی). Dates are Jalali. Anything not listed is estimated from Iran's lunar month table
// (iran-lunar-months.ts) or, past it, from Umm al-Qura, and shown as estimated (religious-holidays.ts); add each
// year's dates when its calendar appears, from its lunar month starts.
//
// How the dates were checked. The calendar prints the Jalali day each lunar month begins; every date below is
// that month start plus the holiday's day in the month, and each was then compared with a published list:
//   [M] the month starts printed in the official calendars of 1403, 1404 and 1405, as transcribed in the
//       persian-calendar project's converter tests (github.com/persian-calendar/calendar, MainTests.kt; the 1405
//       calendar itself: calendar.ut.ac.ir/documents/2139738/7092644/Calendar-1405.pdf). Every date here is [M].
//   [N] calendar.nagsh.ir «تعطیلات رسمی سال ۱۴۰۳ مصوب شورای فرهنگ عمومی» (1403, Farvardin to 12 Shahrivar).
//   [G] gardshgar.com/holiday-1404 «تعطیلات رسمی سال ۱۴۰۴» (1404, Farvardin to Mordad).
//   [I] ILNA, 2025-10-30, «سال ۱۴۰۵ چند روز تعطیل رسمی دارد؟» (ilna.ir news 1707051): 1405 day by day to
//       4 Tir, then counts: Mordad 4 and Esfand 4 holidays, none in Ordibehesht, Mehr or Azar, 6 on a Thursday
//       and 3 on a Friday, Eid al-Fitr twice. The dates below give exactly those counts. Its total (25) and its
//       Farvardin (6) leave out 25 Farvardin, Imam Sadiq's martyrdom: by its own month start (1 Shawwal 1447 =
//       1 Farvardin 1405) that is 25 Shawwal, a holiday by law, so it is kept here and marked (*).
//   [P] single-date news reports: zendegi.online/news/8326338 and persianv.com (12 and 14 Shahrivar 1403);
//       safheeghtesad.ir news 236791 (22 Shahrivar 1403); khabaronline.ir news 1990818 (15 Azar 1403);
//       eghtesadonline via funyland.ir (25 Dey 1403, and 13 Dey for 1404); eghtesadonline «تقویم بهمن ۱۴۰۳»
//       via Payam Fars (9 and 26 Bahman 1403); esfahanemrooz.ir news 928952 and 932535 (23 Mordad and 2
//       Shahrivar 1404); Mehr News, tr.mehrnews.com news 1929640 (2, 10 and 19 Shahrivar 1404);
//       hayatsalehin.com (19 Shahrivar 1404); eghtesaad24.ir (the eve of Fatima's martyrdom on Sunday 2 Azar
//       1404, the day Monday 3 Azar); eghtesadonline news 2108080 (13 and 27 Dey 1404), ILNA news 1736120 (13 Dey 1404);
//       soalmag.com and asrshanbe.ir (15 Bahman 1404); holidaycountdown.net (20 Esfand 1404 = 2026-03-11);
//       eghtesadonline news 2127279 (1 and 2 Farvardin 1405).
//   (~) found in no day-by-day published list: [M] and [I]'s monthly counts only. 1405 from Mordad on.
//   (*) a published list disagrees; see the note at its source.
// 31 Shahrivar 1403 (the Prophet's birthday) is [M] alone among the sources above; it is 17 Rabi' al-Awwal
// counted from 1 Rabi' al-Awwal = 15 Shahrivar, the start on which [P]'s 22 Shahrivar (8 Rabi' al-Awwal) rests.
// A moon sighting can still move a day after the calendar is printed (as 25 Shawwal did in 1401); HOLIDAYS
// then adds the new day and removes the old one (`-1405/01/25`).
import type { ReligiousHolidayId } from './religious-holidays.js';

/** The Jalali years whose every religious holiday is listed below: read from here, never computed. */
export const PUBLISHED_JALALI_YEARS: readonly number[] = [1403, 1404, 1405];

export const OFFICIAL_HOLIDAYS: Readonly<Record<number, Partial<Record<ReligiousHolidayId, string>>>> = {
  1445: {
    'imam-ali-martyrdom': '1403/01/13', // [M][N]
    'eid-fitr': '1403/01/22', // [M][N]
    'eid-fitr-2': '1403/01/23', // [M][N]
    'imam-sadiq': '1403/02/15', // [M][N]
    'eid-adha': '1403/03/28', // [M][N]
    ghadir: '1403/04/05', // [M][N]
  },
  1446: {
    tasua: '1403/04/25', // [M][N]
    ashura: '1403/04/26', // [M][N]
    arbaeen: '1403/06/04', // [M][N]
    'prophet-demise': '1403/06/12', // [M][N][P]
    'imam-reza': '1403/06/14', // [M][P]
    'imam-askari': '1403/06/22', // [M][P]
    'prophet-birthday': '1403/06/31', // [M], see above
    fatima: '1403/09/15', // [M][P]
    'imam-ali-birthday': '1403/10/25', // [M][P]
    mabath: '1403/11/09', // [M][P]
    mahdi: '1403/11/26', // [M][P]
    'imam-ali-martyrdom': '1404/01/02', // [M][G]
    'eid-fitr': '1404/01/11', // [M][G]
    'eid-fitr-2': '1404/01/12', // [M][G]
    'imam-sadiq': '1404/02/04', // [M][G]
    'eid-adha': '1404/03/16', // [M][G]
    ghadir: '1404/03/24', // [M][G]
  },
  1447: {
    tasua: '1404/04/14', // [M][G]
    ashura: '1404/04/15', // [M][G]
    arbaeen: '1404/05/23', // [M][G][P]
    'prophet-demise': '1404/05/31', // [M][G]
    'imam-reza': '1404/06/02', // [M][G][P]
    'imam-askari': '1404/06/10', // [M][P]
    'prophet-birthday': '1404/06/19', // [M][P]
    fatima: '1404/09/03', // [M][P]
    'imam-ali-birthday': '1404/10/13', // [M][P]
    mabath: '1404/10/27', // [M][P]
    mahdi: '1404/11/15', // [M][P]
    'imam-ali-martyrdom': '1404/12/20', // [M][P]
    'eid-fitr': '1405/01/01', // [M][I][P]
    'eid-fitr-2': '1405/01/02', // [M][I][P]
    'imam-sadiq': '1405/01/25', // [M] (*) [I] leaves it out
    'eid-adha': '1405/03/06', // [M][I]
    ghadir: '1405/03/14', // [M][I]
  },
  1448: {
    tasua: '1405/04/03', // [M][I]
    ashura: '1405/04/04', // [M][I]
    arbaeen: '1405/05/13', // [M] (~)
    'prophet-demise': '1405/05/21', // [M] (~)
    'imam-reza': '1405/05/22', // [M] (~) Safar 1448 has 29 days
    'imam-askari': '1405/05/30', // [M] (~)
    'prophet-birthday': '1405/06/08', // [M] (~)
    fatima: '1405/08/22', // [M] (~)
    'imam-ali-birthday': '1405/10/02', // [M] (~)
    mabath: '1405/10/16', // [M] (~)
    mahdi: '1405/11/04', // [M] (~)
    'imam-ali-martyrdom': '1405/12/09', // [M] (~)
    'eid-fitr': '1405/12/19', // [M] (~)
    'eid-fitr-2': '1405/12/20', // [M] (~)
  },
};
