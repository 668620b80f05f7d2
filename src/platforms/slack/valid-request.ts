// The edge of the Slack adapter: a request is checked against the shape of what peygir reads from it before any
// listener sees it, so an odd payload (a thread reply whose text is a number, a press without its presser) is not
// a TypeError in a listener (or in Bolt's own routing), logged as a failure. What does not fit, and every kind of
// request peygir has no listener for, is acknowledged (Slack must not retry it) and dropped with one debug line.
import type { App as BoltApp } from '@slack/bolt';
import type { Logger } from 'pino';
import * as z from 'zod/mini';

const text = z.string();
const person = z.looseObject({ id: text, name: z.optional(text) });

const slashCommand = z.looseObject({
  command: text,
  text,
  channel_id: text,
  user_id: text,
  channel_name: z.optional(text),
});
const threadReply = z.looseObject({
  type: z.literal('event_callback'),
  event: z.looseObject({
    type: z.literal('message'),
    channel: text,
    ts: text,
    user: z.optional(text),
    text: z.optional(text),
    thread_ts: z.optional(text),
    subtype: z.optional(text),
    bot_id: z.optional(z.nullable(text)),
    // A file shared with the message (subtype file_share): evidence when its text is /done 3.
    files: z.optional(
      z.array(
        z.looseObject({
          id: text,
          name: z.optional(text),
          mimetype: z.optional(text),
          size: z.optional(z.number()),
          url_private_download: z.optional(text),
        }),
      ),
    ),
  }),
});
const buttonPress = z.looseObject({
  type: z.literal('block_actions'),
  user: person,
  trigger_id: text,
  actions: z.array(z.looseObject({ action_id: text, value: z.optional(text) })).check(z.minLength(1)),
  channel: z.optional(person),
  container: z.optional(z.looseObject({ channel_id: z.optional(text) })),
  message: z.optional(z.looseObject({ ts: text, text: z.optional(text), blocks: z.optional(z.array(z.unknown())) })),
});
/** The blocked-reason modal's submission; its metadata is the press it came from (interactions.ts). */
const reasonMeta = z.looseObject({ c: text, n: z.number(), ts: z.optional(text) });
const reasonGiven = z.looseObject({
  type: z.literal('view_submission'),
  user: person,
  view: z.looseObject({
    callback_id: text,
    private_metadata: text.check(z.refine((m) => reasonMeta.safeParse(parseJson(m)).success)),
    state: z.looseObject({ values: z.record(text, z.unknown()) }),
  }),
});

const request = z.union([slashCommand, threadReply, buttonPress, reasonGiven]);

function parseJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

/** Null when the request is one peygir reads, else what it is (for the debug line). */
export function requestProblem(body: unknown): string | null {
  if (request.safeParse(body).success) return null;
  const b = (body ?? {}) as { type?: unknown; command?: unknown; event?: { type?: unknown } };
  const kind = typeof b.command === 'string' ? 'slash_command' : b.type === 'event_callback' ? b.event?.type : b.type;
  return `${typeof kind === 'string' ? kind : 'request'}: not one peygir reads`;
}

/**
 * Checks each request as the receiver hands it over (signature verified, body parsed), before Bolt itself reads
 * it: Bolt's own routing fails on some shapes (`actions: 0`) or leaves them unacknowledged, before any middleware.
 */
export function dropMalformed(bolt: BoltApp, logger: Logger): void {
  const processEvent = bolt.processEvent.bind(bolt);
  bolt.processEvent = async (event) => {
    const problem = requestProblem(event.body);
    if (!problem) return processEvent(event);
    logger.debug({ platform: 'slack', problem }, 'slack request dropped');
    await event.ack();
  };
}
