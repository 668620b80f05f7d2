// The Safir sender against the stand-in: the documented request, a retry with the same request_id delivered
// once, an error answered and reported, a rate limit kept and a 429 waited out. Time is a fake clock: the
// sender's waits move it, so nothing here waits for real.
import { afterEach, describe, expect, it } from 'vitest';
import { displayPhone, safirPhone } from '../../src/core/phone.js';
import { SafirClient, SafirError } from '../../src/platforms/safir/client.js';
import { requestId, SafirNotifier, splitText } from '../../src/platforms/safir/notifier.js';
import { type FakeSafir, startFakeSafir } from './fake-safir.js';

let safir: FakeSafir | undefined;
afterEach(async () => {
  await safir?.close();
  safir = undefined;
});

function fakeTime() {
  const clock = { t: 1_000_000, waits: [] as number[] };
  return {
    clock,
    now: () => clock.t,
    sleep: async (ms: number) => {
      clock.waits.push(ms);
      clock.t += ms;
    },
  };
}

const PHONE = '989121234567';

async function setUp(perMinute = 600) {
  const time = fakeTime();
  safir = await startFakeSafir({ key: 'k-123', botId: 4242, now: time.now });
  const client = new SafirClient({
    apiUrl: safir.url,
    apiKey: 'k-123',
    botId: '4242',
    perMinute,
    now: time.now,
    sleep: time.sleep,
  });
  return { client, time, safir };
}

describe('phone numbers', () => {
  it.each([
    ['09121234567', PHONE],
    ['۰۹۱۲ ۱۲۳ ۴۵۶۷', PHONE],
    ['+98 912-123-4567', PHONE],
    ['00989121234567', PHONE],
    ['989121234567', PHONE],
    ['9121234567', PHONE],
    ['(0912) 123 4567', PHONE],
    ['٠٩٩٠١٢٣٤٥٦٧', '989901234567'],
  ])('reads %s as %s', (typed, stored) => {
    expect(safirPhone(typed)).toBe(stored);
  });

  it.each(['', '02112345678', '0912123456', '091212345678', '+1 912 123 4567', '0912abc4567', '۰۹۱۲-۱۲۳-۴۵۶x'])(
    'refuses %s',
    (typed) => {
      expect(safirPhone(typed)).toBeNull();
    },
  );

  it('shows the stored number as people write it', () => {
    expect(displayPhone(PHONE, 'en')).toBe('0912 123 4567');
    // In Persian text, isolated left to right: otherwise its three groups would be shown in reverse order.
    expect(displayPhone(PHONE, 'fa')).toBe('\u2066۰۹۱۲ ۱۲۳ ۴۵۶۷\u2069');
    expect(displayPhone(PHONE, 'fa', false)).toBe('۰۹۱۲ ۱۲۳ ۴۵۶۷');
    expect(safirPhone(displayPhone(PHONE, 'fa'))).toBe(PHONE);
  });
});

describe('Safir send_message', () => {
  it('sends the documented request and returns the message id', async () => {
    const { client, safir } = await setUp();
    expect(await client.sendText(PHONE, 'سلام', 'r-1')).toBe('m1');
    expect(safir.delivered).toEqual([{ requestId: 'r-1', phone: PHONE, text: 'سلام' }]);
  });

  it('a retry with the same request_id is delivered once', async () => {
    const { client, safir } = await setUp();
    safir.loseAnswers(1);
    await expect(client.sendText(PHONE, 'reminder', 'r-2')).rejects.toThrow(/Safir answered 502/);
    expect(safir.delivered).toHaveLength(1);
    // The reminder engine tries again later with the same request_id: Safir answers, and sends nothing more.
    await expect(client.sendText(PHONE, 'reminder', 'r-2')).resolves.toBe('m1');
    expect(safir.delivered).toHaveLength(1);
    expect(safir.requests.map((r) => r.status)).toEqual([502, 200]);
  });

  it('an error answer fails the send with Safir’s status and words', async () => {
    const { client, safir } = await setUp();
    safir.failNext(1, 400, '{"error":"no such user"}');
    const err = await client.sendText(PHONE, 'x', 'r-3').catch((e) => e);
    expect(err).toBeInstanceOf(SafirError);
    expect(err.status).toBe(400);
    expect(err.message).toContain('no such user');
    expect(safir.delivered).toHaveLength(0);
    const wrongKey = new SafirClient({ apiUrl: safir.url, apiKey: 'nope', botId: '4242', perMinute: 60 });
    await expect(wrongKey.sendText(PHONE, 'x', 'r-4')).rejects.toMatchObject({ status: 401 });
  });

  it('an unreachable Safir fails the send', async () => {
    const { safir } = await setUp();
    const url = safir.url;
    await safir.close();
    const client = new SafirClient({ apiUrl: url, apiKey: 'k', botId: '1', perMinute: 60, timeoutMs: 5_000 });
    await expect(client.sendText(PHONE, 'x', 'r')).rejects.toMatchObject({ status: null });
  });

  it('keeps to SAFIR_PER_MINUTE, one request after another', async () => {
    const { client, time, safir } = await setUp(60);
    for (let i = 0; i < 3; i++) await client.sendText(PHONE, `n${i}`, `p-${i}`);
    expect(time.clock.waits).toEqual([1000, 1000]);
    expect(safir.delivered.map((d) => d.text)).toEqual(['n0', 'n1', 'n2']);
  });

  it('waits out a 429 as Retry-After says and tries again with the same request_id', async () => {
    const { client, time, safir } = await setUp(600);
    safir.limit(1000, 2);
    await client.sendText(PHONE, 'first', 'q-1');
    await client.sendText(PHONE, 'second', 'q-2');
    expect(safir.requests.map((r) => [r.requestId, r.status])).toEqual([
      ['q-1', 200],
      ['q-2', 429],
      ['q-2', 200],
    ]);
    expect(time.clock.waits).toContain(2000);
    expect(safir.delivered.map((d) => d.text)).toEqual(['first', 'second']);
  });

  it('a 429 that asks for too long a pause fails the send, to be retried later', async () => {
    const { safir } = await setUp();
    const time = fakeTime();
    const client = new SafirClient({
      apiUrl: safir.url,
      apiKey: 'k-123',
      botId: '4242',
      perMinute: 600,
      maxWaitMs: 10_000,
      now: time.now,
      sleep: time.sleep,
    });
    safir.failNext(1, 429, '{"error":"quota"}', { 'retry-after': '120' });
    await expect(client.sendText(PHONE, 'x', 'z')).rejects.toMatchObject({ status: 429 });
    expect(safir.delivered).toHaveLength(0);
  });
});

describe('the Safir notifier', () => {
  it('sends a reply as text without buttons, with how to answer, under a request_id made from its key', async () => {
    const { client, safir } = await setUp();
    const recorded: string[] = [];
    const notifier = new SafirNotifier(client, {
      languageFor: () => 'fa',
      record: async (address, id) => {
        recorded.push(`${address} ${id}`);
      },
    });
    const reply = {
      blocks: [
        {
          type: 'item' as const,
          number: 3,
          text: 'گزارش',
          buttons: [{ label: 'انجام شد', action: 'done' as const, value: '3' }],
        },
      ],
      buttons: [{ label: 'رویت شد', action: 'seen' as const, value: '3' }],
      items: [3],
      key: 'due-today:2022-11-01:o1:r1:b9',
    };
    await notifier.send({ platform: 'safir', chatId: PHONE }, reply);
    await notifier.send({ platform: 'safir', chatId: PHONE }, reply);
    expect(safir.delivered).toHaveLength(1);
    expect(safir.delivered[0]!.requestId).toBe(requestId(PHONE, reply.key, 0));
    expect(safir.delivered[0]!.text).toContain('[۳] گزارش');
    expect(safir.delivered[0]!.text).not.toContain('انجام شد');
    expect(safir.delivered[0]!.text).not.toContain('/press');
    expect(safir.delivered[0]!.text).toContain('/link');
    expect(recorded).toEqual([`safir:${PHONE} m1`, `safir:${PHONE} m1`]);
  });

  it('cuts a long message between lines, each part with its own request_id', async () => {
    const line = 'x'.repeat(99);
    const parts = splitText(Array.from({ length: 100 }, () => line).join('\n'));
    expect(parts).toHaveLength(3);
    expect(parts.every((p) => p.length <= 4000 && p.startsWith('x'))).toBe(true);
    expect(requestId(PHONE, 'k', 0)).not.toBe(requestId(PHONE, 'k', 1));
  });
});
