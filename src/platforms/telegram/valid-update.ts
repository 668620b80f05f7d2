// The edge of the Telegram and Bale adapters: an update is checked against the shape of what peygir reads from it
// before any handler sees it. A message whose text is a number, a press without its presser, a chat without an
// id: none of these comes from a working Bot API, and none may reach a handler as a TypeError (logged as a failure,
// answered with «try again»). What does not fit, and every kind of update peygir has no use for, is dropped
// with one debug line.
import * as z from 'zod/mini';

const int = z.number().check(z.int());
const user = z.looseObject({
  id: int,
  first_name: z.optional(z.string()),
  last_name: z.optional(z.string()),
  username: z.optional(z.string()),
  language_code: z.optional(z.string()),
});
const chat = z.looseObject({
  id: int,
  type: z.enum(['private', 'group', 'supergroup', 'channel']),
  title: z.optional(z.string()),
  is_forum: z.optional(z.boolean()),
});
const entity = z.looseObject({ type: z.string(), offset: int, length: int });
const common = {
  message_id: int,
  chat,
  sender_chat: z.optional(chat),
  message_thread_id: z.optional(int),
  is_topic_message: z.optional(z.boolean()),
};

const document = z.looseObject({
  file_id: z.string(),
  file_name: z.optional(z.string()),
  mime_type: z.optional(z.string()),
  file_size: z.optional(int),
});
/** A photo comes in several sizes, smallest first. */
const photo = z.array(z.looseObject({ file_id: z.string(), file_size: z.optional(int) })).check(z.minLength(1));
/** What a person wrote or sent: someone wrote it, and its text is text. */
const written = {
  ...common,
  from: user,
  text: z.optional(z.string()),
  caption: z.optional(z.string()),
  entities: z.optional(z.array(entity)),
  caption_entities: z.optional(z.array(entity)),
  reply_to_message: z.optional(z.looseObject({ message_id: int })),
  document: z.optional(document),
  photo: z.optional(photo),
};
const member = z.looseObject({ status: z.string(), user });

const update = z.union([
  z.looseObject({
    message: z.union([
      z.looseObject({ ...written, text: z.string() }),
      z.looseObject({ ...written, caption: z.string() }),
      z.looseObject({ ...written, document }),
      z.looseObject({ ...written, photo }),
      // The two service messages peygir follows: a group moved to a supergroup, a member left.
      z.looseObject({ ...common, migrate_to_chat_id: int }),
      z.looseObject({ ...common, left_chat_member: user }),
    ]),
  }),
  z.looseObject({
    callback_query: z.looseObject({
      id: z.string(),
      from: user,
      data: z.optional(z.string()),
      message: z.optional(z.looseObject(common)),
    }),
  }),
  z.looseObject({
    my_chat_member: z.looseObject({ chat, from: user, old_chat_member: member, new_chat_member: member }),
  }),
]);

/** Null when the update is one peygir reads, else what is wrong with it (for the debug line). */
export function updateProblem(u: unknown): string | null {
  const r = update.safeParse(u);
  if (r.success) return null;
  const kind = Object.keys((u ?? {}) as object).find((k) => k !== 'update_id') ?? 'nothing';
  return ['message', 'callback_query', 'my_chat_member'].includes(kind) ? `malformed ${kind}` : `${kind}: not used`;
}
