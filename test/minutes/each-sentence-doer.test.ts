// An item told in two sentences may name a doer in each: one by «توسط X» before a passive of work to come, the
// other by its grammar («ضمناً Y … نمایند»). Both act. Near misses: a sentence that reports what was done by
// someone, and «توسط» before no body or person.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const owners = (item: string) => parseMinutesText(`مصوبات:\n۱- ${item}`).resolutions[0]?.owners;

describe('a doer in each sentence of an item', () => {
  it('keeps the doer named by «توسط» in one sentence and the subject of the next', () => {
    expect(
      owners(
        'مقرر گردید خلاصه طرح توسط خانم پورمحمدی تنظیم و به ریاست تقدیم گردد. ضمناً نماینده دانشگاه موضوع را پیگیری نمایند.',
      ),
    ).toEqual(['پورمحمدی', 'نماینده دانشگاه']);
    expect(owners('مقرر شد شهرداری مسیر را ایمن کند. نقشه ها نیز توسط دفتر فنی بازبینی گردد.')).toEqual([
      'شهرداری',
      'دفتر فنی',
    ]);
  });

  it('does not add who already did something, nor a doer that is no body or person', () => {
    expect(owners('مقرر شد شهرداری طرح را اجرا کند. گزارش کار توسط آقای کاظمی ارائه شد.')).toEqual(['شهرداری']);
    expect(owners('مقرر شد شهرداری طرح را اجرا کند. پیگیری ها توسط بخش اجرایی انجام شود.')).toEqual(['شهرداری']);
  });
});
