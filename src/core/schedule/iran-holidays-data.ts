// Iran's official religious holidays as published, by lunar (Hijri) year. Source: the official calendar of
// the Islamic Republic of Iran (تقویم رسمی کشور), prepared by the Calendar Centre of the University of Tehran's
// Institute of Geophysics and approved by the Public Culture Council (شورای فرهنگ عمومی), as published for the
// solar years 1403, 1404 and 1405 (reported e.g. by ILNA on 2025-10-30 for 1405 and calendar.nagsh.ir for 1403).
// Dates are Jalali. A date derived from an official month start (the day before 1 Rabi' al-Awwal, a day
// counted within a month whose first day the calendar fixes) is listed too; anything not listed here is
// computed from the Islamic calendar and shown as estimated. Add each year's dates when its calendar appears.
import type { ReligiousHolidayId } from './religious-holidays.js';

export const OFFICIAL_HOLIDAYS: Readonly<Record<number, Partial<Record<ReligiousHolidayId, string>>>> = {
  1445: {
    'imam-ali-martyrdom': '1403/01/13',
    'eid-fitr': '1403/01/22',
    'eid-fitr-2': '1403/01/23',
    'imam-sadiq': '1403/02/15',
    'eid-adha': '1403/03/28',
    ghadir: '1403/04/05',
  },
  1446: {
    tasua: '1403/04/25',
    ashura: '1403/04/26',
    arbaeen: '1403/06/04',
    'prophet-demise': '1403/06/12',
    'imam-ali-martyrdom': '1404/01/02',
    'eid-fitr': '1404/01/11',
    'eid-fitr-2': '1404/01/12',
    'imam-sadiq': '1404/02/04',
    'eid-adha': '1404/03/16',
    ghadir: '1404/03/24',
  },
  1447: {
    tasua: '1404/04/14',
    ashura: '1404/04/15',
    arbaeen: '1404/05/23',
    'prophet-demise': '1404/05/31',
    'imam-reza': '1404/06/02',
    'imam-askari': '1404/06/10',
    'prophet-birthday': '1404/06/19',
    'imam-ali-birthday': '1404/10/13',
    mabath: '1404/10/27',
    'imam-ali-martyrdom': '1404/12/20',
    'eid-fitr': '1405/01/01',
    'eid-fitr-2': '1405/01/02',
    'eid-adha': '1405/03/06',
    ghadir: '1405/03/14',
  },
  1448: {
    tasua: '1405/04/03',
    ashura: '1405/04/04',
  },
};
