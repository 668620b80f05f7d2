// The Slack adapter's composition: one Bolt app (Socket Mode with an app token, else Bolt's HTTP receiver on
// the one listener, where Bolt verifies every request's signature and timestamp), its listeners, the notifier.
import { App as BoltApp, type Logger as BoltLogger, HTTPReceiver, LogLevel, webApi } from '@slack/bolt';
import { Hono } from 'hono';
import type { Logger } from 'pino';
import type { App } from '../../app.js';
import { SlackRequests } from '../../db/slack-requests.js';
import { nodeHandler } from '../../http/node.js';
import type { HttpEnv } from '../../http/server.js';
import { type UpdateFields, withUpdate } from '../../logger.js';
import { registerCommands } from './commands.js';
import type { SlackContext } from './deliver.js';
import { registerInteractions } from './interactions.js';
import { type PacerOptions, SlackNotifier } from './notifier.js';
import { ignoreReplays } from './replays.js';
import { SlackDirectory } from './users.js';
import { dropMalformed } from './valid-request.js';

/** A request's channel and Slack's own id for it (an event's id, or a command's or a press's trigger). */
function slackUpdate(body: unknown): UpdateFields {
  const b = (body ?? {}) as {
    event_id?: string;
    trigger_id?: string;
    channel_id?: string;
    channel?: { id?: string };
    event?: { channel?: string };
  };
  return {
    platform: 'slack',
    chat: b.channel_id ?? b.channel?.id ?? b.event?.channel,
    update: b.event_id ?? b.trigger_id,
  };
}

export interface SlackOptions {
  token: string;
  signingSecret?: string;
  /** Socket Mode when set. */
  appToken?: string;
  /** Web API base, e.g. a proxy; Slack's own when unset. */
  apiUrl?: string;
  /** Known ahead (from auth.test), so Bolt does not call auth.test itself. */
  botId: string;
  botUserId: string;
  adminIds?: readonly string[];
  /** Web API retries; Bolt's default (about ten over half an hour) when unset. */
  retries?: number;
  /** Answer HTTP requests only after the listener finished (tests); production acks at once. */
  processBeforeResponse?: boolean;
  pacer?: PacerOptions;
}

export interface SlackBot {
  bolt: BoltApp;
  notifier: SlackNotifier;
  /** `POST /slack/events`, to mount on the HTTP listener; absent in Socket Mode. */
  routes?: Hono<HttpEnv>;
  /** Connects Socket Mode; over HTTP the routes serve as soon as they are mounted. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Bolt's logger interface over pino, so Slack's warnings (signature mismatch, stale request) are kept. */
function boltLogger(log: Logger): BoltLogger {
  const child = log.child({ platform: 'slack' });
  const line = (msg: unknown[]) => msg.map((m) => (typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
  return {
    debug: (...m) => child.debug(line(m)),
    info: (...m) => child.info(line(m)),
    warn: (...m) => child.warn(line(m)),
    error: (...m) => child.error(line(m)),
    setLevel: () => undefined,
    getLevel: () => LogLevel.INFO,
    setName: () => undefined,
  };
}

/**
 * Slack's Web API answers in well under a second; without a bound, a request to a Slack that stopped
 * answering waits for ever (the client's default), holding a reminder worker or a reply.
 */
export const SLACK_REQUEST_TIMEOUT_MS = 15_000;

export function clientOptions(opts: Pick<SlackOptions, 'apiUrl' | 'retries'>): webApi.WebClientOptions {
  return {
    timeout: SLACK_REQUEST_TIMEOUT_MS,
    ...(opts.apiUrl ? { slackApiUrl: opts.apiUrl.endsWith('/') ? opts.apiUrl : `${opts.apiUrl}/` } : {}),
    ...(opts.retries !== undefined ? { retryConfig: { retries: opts.retries } } : {}),
  };
}

export function createSlackBot(app: App, opts: SlackOptions): SlackBot {
  const socketMode = Boolean(opts.appToken);
  const logger = boltLogger(app.logger);
  // Never started: the shared listener hands it each request, so Bolt still checks every signature.
  const receiver = socketMode
    ? undefined
    : new HTTPReceiver({
        signingSecret: opts.signingSecret ?? '',
        processBeforeResponse: opts.processBeforeResponse ?? false,
        logger,
      });
  const bolt = new BoltApp({
    token: opts.token,
    botId: opts.botId,
    botUserId: opts.botUserId,
    ...(receiver ? { receiver } : { socketMode: true, appToken: opts.appToken }),
    processBeforeResponse: opts.processBeforeResponse ?? false,
    clientOptions: clientOptions(opts),
    logger,
  });
  const dispatcher = app.dispatcher();
  const ctx: SlackContext = {
    dispatcher,
    outbox: app.outbox,
    directory: new SlackDirectory(bolt.client, opts.adminIds),
    logger: app.logger,
  };
  // Every line logged while this request is handled names it (src/logger.ts).
  bolt.use(({ body, next }) => withUpdate(slackUpdate(body), next));
  // Before any listener: a request of a shape peygir does not read is dropped, and a retried or replayed one must
  // not change anything a second time.
  dropMalformed(bolt, app.logger);
  ignoreReplays(bolt, app.logger, new SlackRequests(app.db.sql), () => app.clock.now());
  registerCommands(bolt, ctx);
  registerInteractions(bolt, ctx);
  bolt.error(async (err) => {
    app.logger.error({ err, platform: 'slack' }, 'slack listener failed');
  });
  // The notifier's own client rejects 429s instead of waiting inside the call, so its pacer sees them; it
  // retries a failed request a few times only, as the reminder engine retries a failed reminder itself.
  const notifyClient = new webApi.WebClient(opts.token, {
    retryConfig: { retries: 3, maxTimeout: 10_000 },
    ...clientOptions(opts),
    rejectRateLimitedCalls: true,
  });
  const notifier = new SlackNotifier(notifyClient, app.outbox, app.logger, opts.pacer);
  app.outbox.register(notifier);
  const routes = receiver
    ? new Hono<HttpEnv>().post('/slack/events', nodeHandler(receiver.requestListener))
    : undefined;
  return {
    bolt,
    notifier,
    routes,
    async start() {
      if (socketMode) await bolt.start();
    },
    async stop() {
      if (socketMode) await bolt.stop();
    },
  };
}
