// The day each lunar (Hijri) month begins in Iran, for the years after the published calendars: the religious
// days off of a year the Calendar Centre has not published yet are estimated from these month starts, which
// follow the Centre's own observations, rather than from the Umm al-Qura calendar (a day early for 12 of the 17
// religious holidays of 1406). Past the table's end they are computed from Umm al-Qura again, and say so.
//
// Sources, recorded as facts (the dates), not copied code:
//   [M] 1 Muharram to 1 Shawwal 1448: the month starts printed in the official calendar of 1405 (as
//       iran-holidays-data.ts, whose 1448 dates are these starts plus the holiday's day in the month).
//   [P] 1 Dhu al-Qa'da 1448 to 1 Muharram 1450: predictions by Roozbeh Pournader, kept by the persian-calendar
//       project (github.com/persian-calendar/calendar: src/test/resources/qamari-perdictions.txt, and the month
//       lengths of 1448 and 1449 in IranianIslamicDateConverter.kt, which give 1449's last month 29 days). That
//       project is GPL-2.0; its record of observed month starts (github.com/roozbehp/qamari) is CC0.
// When the Centre publishes a year, its dates go into iran-holidays-data.ts and this table moves on with
// the project's next predictions.

/** Jalali dates of 1 Muharram, 1 Safar, … of each lunar year; the last entry only marks where the table ends. */
export const IRAN_MONTH_STARTS: Readonly<Record<number, readonly string[]>> = {
  // biome-ignore format: six months to a line
  1448: [
    '1405/03/26', '1405/04/25', '1405/05/23', '1405/06/22', '1405/07/20', '1405/08/20', // [M]
    '1405/09/20', '1405/10/20', '1405/11/19', '1405/12/19', // [M]
    '1406/01/19', '1406/02/18', // [P]
  ],
  // biome-ignore format: six months to a line
  1449: [
    '1406/03/16', '1406/04/15', '1406/05/13', '1406/06/11', '1406/07/10', '1406/08/09', // [P]
    '1406/09/09', '1406/10/08', '1406/11/08', '1406/12/08', '1407/01/09', '1407/02/07', // [P]
  ],
  1450: ['1407/03/05'], // [P] the end of the table
};
