// Work to come told with «به عمل آید»: who it is done by («از سوی/از طرف X … تقدیر بعمل آید») is who acts; the
// thanks are no part of their name. Near misses: the same done already («… بعمل آمد»), a means rather than a body
// («از طریق سامانه»), and the one thanked.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const owners = (item: string) => parseMinutesText(`مصوبات:\n۱- ${item}`).resolutions[0]?.owners;

describe('work to come told with «به عمل آید»', () => {
  it('names who it is to be done by', () => {
    expect(owners('مقرر شد از تلاش داوطلبان جشنواره از سوی مدیرعامل تقدیر بعمل آید.')).toEqual(['مدیرعامل']);
    expect(owners('مقرر گردید از طرف دبیرخانه از میهمانان همایش پذیرایی به عمل آید.')).toEqual(['دبیرخانه']);
    expect(owners('مقرر شد از همکاران بازنشسته از سوی ریاست دانشکده قدردانی بعمل آید.')).toEqual(['ریاست دانشکده']);
  });

  it('names no one for what was done already, a means, or the one thanked', () => {
    expect(owners('از سوی مدیرعامل از داوطلبان جشنواره تقدیر بعمل آمد.')).toEqual([]);
    expect(owners('مقرر شد از طریق سامانه به متقاضیان اطلاع رسانی بعمل آید.')).toEqual([]);
    expect(owners('مقرر شد از آقای نادری تقدیر شود.')).toEqual([]);
  });
});
