// A SlackNotifier against the fake Web API with a fake clock that moves only when the pacer sleeps: the
// waits are asserted, not measured.
import { webApi } from '@slack/bolt';
import { SlackNotifier } from '../../src/platforms/slack/notifier.js';
import { freshApp, type TestApp } from '../helpers/db.js';
import { type FakeSlack, startFakeSlack } from './fake-slack.js';

export interface Paced {
  app: TestApp;
  fake: FakeSlack;
  notifier: SlackNotifier;
  /** Every wait the pacer asked for, in order. */
  slept: number[];
  close(): Promise<void>;
}

export async function pacedNotifier(prepare?: (app: TestApp) => Promise<unknown>): Promise<Paced> {
  const app = await freshApp('sqlite');
  await prepare?.(app);
  const fake = await startFakeSlack();
  let clock = 1_000_000;
  const slept: number[] = [];
  const sleep = async (ms: number) => {
    slept.push(ms);
    clock += ms;
  };
  const client = new webApi.WebClient('xoxb-test', {
    slackApiUrl: fake.apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
  });
  const notifier = new SlackNotifier(client, app.outbox, app.logger, {
    intervalMs: 1000,
    sleep,
    now: () => clock,
  });
  return {
    app,
    fake,
    notifier,
    slept,
    close: async () => {
      await fake.close();
      await app.cleanup();
    },
  };
}
