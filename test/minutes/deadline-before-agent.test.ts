// A deadline between «مقرر شد» and who acts («مقرر شد تا پایان هفته آینده آقای X … تحویل دهد»), a person's
// name that ends before a plural object («… صادقی نقشه های اصلاحی را …»), and a duty whose task noun comes
// before its verb («مامور پیگیری موضوع … شدند»). Near misses: a deadline followed by a thing, not an agent; a
// person named as the owner of the object.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const owners = (item: string) => parseMinutesText(`مصوبات:\n۱- ${item}`).resolutions[0]?.owners;

describe('a deadline before the agent', () => {
  it('reads the agent after a deadline that follows «مقرر شد»', () => {
    expect(owners('مقرر شد تا پایان هفته آینده آقای مهندس صادقی نقشه های اصلاحی را تحویل دهد.')).toEqual(['صادقی']);
    expect(owners('مقرر گردید ظرف دو هفته شهرداری فهرست معابر را اعلام نماید.')).toEqual(['شهرداری']);
  });

  it('reads the agent after a deadline opened by «حداکثر»', () => {
    expect(owners('مقرر شد حداکثر تا ۱۵ آذر شهرداری نقشه ها را ارائه دهد.')).toEqual(['شهرداری']);
  });

  it('reads no agent where the deadline is followed by a thing', () => {
    expect(owners('مقرر شد ظرف یک هفته گزارش آقای احمدی بررسی شود.')).toEqual([]);
  });

  it('reads people given a duty whose task noun comes before the verb', () => {
    expect(owners('آقایان رحیمی و کاظمی مامور پیگیری موضوع در استانداری شدند.')).toEqual(['رحیمی', 'کاظمی']);
    expect(owners('اداره کل ثبت احوال موظف به ارسال داده ها است.')).toEqual(['اداره کل ثبت احوال']);
  });
});
