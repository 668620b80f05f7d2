// Where a body's name ends: a fixed pair after «و» inside it («… راهداری و حمل و نقل جاده ای») and an adjective
// whose ending is written apart («جاده ای»). Near miss: after such a name, the next word that is no adjective
// ends it.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const owners = (item: string) => parseMinutesText(`مصوبات:\n۱- ${item}`).resolutions[0]?.owners;

describe('the end of a body’s name', () => {
  it('keeps a fixed pair and an adjective written apart inside the name', () => {
    expect(owners('اداره راهداری و حمل و نقل جاده ای موظف است ماشین آلات را مستقر نماید.')).toEqual([
      'اداره راهداری و حمل و نقل جاده ای',
    ]);
    expect(owners('سازمان صنعت و معدن و تجارت استان موظف است فهرست واحدها را ارسال نماید.')).toEqual([
      'سازمان صنعت و معدن و تجارت استان',
    ]);
  });

  it('ends the name at a word that is no adjective', () => {
    expect(owners('اداره راهداری و حمل و نقل گزارش را ارسال نماید.')).toEqual(['اداره راهداری و حمل و نقل']);
  });

  it('ends the name where a plural noun starts the object, not at a head’s plural complement', () => {
    expect(owners('مقرر شد تا پایان هفته شهرداری نقشه ها را ارائه دهد.')).toEqual(['شهرداری']);
    expect(owners('مقرر شد اداره کل ورزش زمین های چمن را بازسازی کند.')).toEqual(['اداره کل ورزش']);
    // Near miss: a plural right after a head is its complement («سازمان پارک ها»), and a plural head is one.
    expect(owners('سازمان پارک ها و فضای سبز درختان را هرس کند.')).toEqual(['سازمان پارک ها و فضای سبز']);
    expect(owners('مقرر شد دستگاه های اجرایی گزارش را ارسال نمایند.')).toEqual(['دستگاه های اجرایی']);
  });

  it('keeps a fixed pair whole when a comma closes it in a list', () => {
    expect(owners('مقرر شد ادارات آموزش و پرورش، بهداشت و درمان و بهزیستی برنامه های خود را ارائه نمایند.')).toEqual([
      'آموزش و پرورش',
      'بهداشت و درمان',
      'بهزیستی',
    ]);
  });

  it('ends a name at «برنامه», its object, but keeps the field «برنامه ریزی»', () => {
    expect(owners('کمیسیون فرهنگی برنامه هفته شهدا را تدوین کند.')).toEqual(['کمیسیون فرهنگی']);
    expect(owners('مقرر شد معاونت توسعه مدیریت و برنامه ریزی گزارش دهد.')).toEqual([
      'معاونت توسعه مدیریت و برنامه ریزی',
    ]);
    expect(owners('مقرر شد سازمان برنامه و بودجه اعتبار را تخصیص دهد.')).toEqual(['سازمان برنامه و بودجه']);
  });
});
