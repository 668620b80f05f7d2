// Buttons and the blocked-reason modal. A press goes to the dispatcher as incoming.action; when it changed
// something, the message it sat on is updated to say who did what (chat.update), refusals go only to the
// presser. «Blocked» opens a modal for the reason; its submission is `/blocked N reason`.
import type { BlockAction, App as BoltApp, ButtonAction as SlackButton, webApi } from '@slack/bolt';
import { MESSAGES } from '../../core/i18n.js';
import { toPersianDigits } from '../../core/text.js';
import type { Reply } from '../../core/types.js';
import { BUTTON_ACTIONS, decodeButton } from '../buttons.js';
import { deliver, incomingFor, type SlackContext, type SlackIncoming } from './deliver.js';
import { markPressed, renderSlack, type SlackBlock } from './render.js';
import { isEphemeral } from './visibility.js';

type WebClient = webApi.WebClient;

export const BLOCKED_VIEW = 'blocked-reason';
const ACTION_ID = new RegExp(`^(${BUTTON_ACTIONS.join('|')}):`);
const MODAL_TEXT = {
  fa: { title: 'مانع', label: 'دلیل مانع', submit: 'ثبت', close: 'انصراف' },
  en: { title: 'Blocked', label: 'Reason', submit: 'Save', close: 'Cancel' },
};

interface Original {
  channel: string;
  ts: string;
  text: string;
  blocks: SlackBlock[];
}

/** After a press that changed something: the item's buttons give way to «who: item N “status”». */
async function markOriginal(client: WebClient, incoming: SlackIncoming, original: Original, n: number, what: string) {
  const t = MESSAGES[incoming.lang];
  const blocks = markPressed(original.blocks, n, t.pressedBy(incoming.user.name, what, n), incoming.lang);
  await client.chat.update({ channel: original.channel, ts: original.ts, text: original.text, blocks });
}

async function answerPress(
  ctx: SlackContext,
  client: WebClient,
  incoming: SlackIncoming,
  replies: Reply[],
  original: Original | undefined,
  press: { n: number; what: string },
) {
  for (const reply of replies) {
    if (reply.replaceOriginal && original) {
      const [first] = renderSlack(reply, incoming.lang);
      if (first) await client.chat.update({ channel: original.channel, ts: original.ts, ...first });
    } else if (original && !isEphemeral(reply) && Number.isFinite(press.n)) {
      await markOriginal(client, incoming, original, press.n, press.what);
    } else {
      // Refusals go to the presser only; a press on a message that cannot be updated is answered anew.
      await deliver(ctx, client, incoming, [reply]);
    }
  }
}

function openReasonModal(client: WebClient, triggerId: string, lang: 'fa' | 'en', meta: object, n: number) {
  const m = MODAL_TEXT[lang];
  const num = lang === 'fa' ? toPersianDigits(n) : String(n);
  return client.views.open({
    trigger_id: triggerId,
    view: {
      type: 'modal',
      callback_id: BLOCKED_VIEW,
      private_metadata: JSON.stringify(meta),
      title: { type: 'plain_text', text: `${m.title} ${num}`.slice(0, 24) },
      submit: { type: 'plain_text', text: m.submit },
      close: { type: 'plain_text', text: m.close },
      blocks: [
        {
          type: 'input',
          block_id: 'reason',
          label: { type: 'plain_text', text: m.label },
          element: { type: 'plain_text_input', action_id: 'reason', multiline: true, max_length: 1000 },
        },
      ],
    },
  });
}

export function registerInteractions(bolt: BoltApp, ctx: SlackContext): void {
  bolt.action<BlockAction<SlackButton>>(
    { type: 'block_actions', action_id: ACTION_ID },
    async ({ ack, body, action, client }) => {
      await ack();
      const press = decodeButton(action.value ?? action.action_id);
      if (!press) return;
      const { action: name, value } = press;
      const channel = body.channel?.id ?? body.container?.channel_id;
      if (!channel) return;
      const where = { channel, channelName: body.channel?.name, userId: body.user.id, userName: body.user.name };
      const message = body.message;
      const original = message && {
        channel,
        ts: message.ts,
        text: String(message.text ?? ''),
        blocks: (message.blocks ?? []) as SlackBlock[],
      };
      const incoming = await incomingFor(ctx, where, {
        text: '',
        action: { ...press, messageId: message?.ts },
      });
      // The item's number: a value names it alone, or with the request its button answers (`3#12`).
      const n = Number(value.split('#')[0]);
      if (name === 'blocked') {
        await openReasonModal(client, body.trigger_id, incoming.lang, { c: channel, ts: message?.ts, n }, n);
        return;
      }
      const replies = await ctx.dispatcher.handle(incoming);
      const t = MESSAGES[incoming.lang];
      const what =
        name === 'done'
          ? t.status.done
          : name === 'progress'
            ? t.status.in_progress
            : name === 'seen'
              ? t.loop.seenButton
              : name === 'approve'
                ? t.ext.approveButton
                : name === 'decline'
                  ? t.ext.declineButton
                  : t.buttons.snooze;
      await answerPress(ctx, client, incoming, replies, original, { n, what });
    },
  );

  bolt.view(BLOCKED_VIEW, async ({ ack, body, view, client }) => {
    await ack();
    const meta = JSON.parse(view.private_metadata) as { c: string; ts?: string; n: number };
    const reason = view.state.values.reason?.reason?.value?.trim() ?? '';
    const incoming = await incomingFor(
      ctx,
      { channel: meta.c, userId: body.user.id, userName: body.user.name },
      { text: `/blocked ${meta.n} ${reason}` },
    );
    const replies = await ctx.dispatcher.handle(incoming);
    // The modal does not carry the message; read it back to update it.
    const history = meta.ts
      ? await client.conversations
          .history({ channel: meta.c, latest: meta.ts, inclusive: true, limit: 1 })
          .catch(() => undefined)
      : undefined;
    const found = history?.messages?.find((m) => m.ts === meta.ts);
    const original = found && {
      channel: meta.c,
      ts: meta.ts!,
      text: String(found.text ?? ''),
      blocks: (found.blocks ?? []) as SlackBlock[],
    };
    const what = `${MESSAGES[incoming.lang].status.blocked} — ${reason}`;
    await answerPress(ctx, client, incoming, replies, original, { n: meta.n, what });
  });
}
