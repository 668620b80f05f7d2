// The Notifier for Safir: a reminder or notice as plain text to an owner's phone number, from peygir's Bale bot.
// Safir carries no buttons and brings no answers back, so a message says how to answer (an invite). Each part
// of a message has a request_id made from the message's key (the same on every retry of a reminder), so Safir
// delivers a retried message once.
import { createHash, randomUUID } from 'node:crypto';
import { MESSAGES } from '../../core/i18n.js';
import type { Messenger } from '../../core/ports.js';
import { chatAddress, type Language, type Reply, type SendTarget, type SentRef } from '../../core/types.js';
import type { Outbox } from '../../outbox.js';
import { renderPlain } from '../plain.js';
import type { SafirClient } from './client.js';
import { SAFIR_CAPABILITIES } from './info.js';

/**
 * Safir documents no length limit for a text: a message is cut at Bale's Bot API limit for a text message (4096
 * characters), with room to spare, between lines where it can be.
 */
export const SAFIR_TEXT_LIMIT = 4000;

/** `text` in parts of at most `limit` characters, cut after a line where one fits. */
export function splitText(text: string, limit = SAFIR_TEXT_LIMIT): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const cut = rest.lastIndexOf('\n', limit);
    const at = cut > limit / 2 ? cut : limit;
    parts.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).replace(/^\n/, '');
  }
  parts.push(rest);
  return parts;
}

/** The request_id of one part: a digest of the phone, the message's key and the part's place. */
export function requestId(phone: string, key: string, part: number): string {
  return `peygir-${createHash('sha256').update(`${phone}\n${key}\n${part}`).digest('hex').slice(0, 32)}`;
}

/** The text Safir sends: the reply without its buttons (nobody can press them there), and how to answer. */
export function safirText(reply: Reply, lang: Language): string {
  const bare: Reply = {
    ...reply,
    buttons: undefined,
    blocks: reply.blocks.map((b) => (b.type === 'item' ? { ...b, buttons: undefined } : b)),
  };
  return `${renderPlain(bare, lang)}\n\n${MESSAGES[lang].invite.safirFooter}`;
}

export class SafirNotifier implements Messenger {
  readonly platform = 'safir' as const;
  readonly capabilities = SAFIR_CAPABILITIES;

  constructor(
    private readonly client: SafirClient,
    private readonly outbox: Pick<Outbox, 'record' | 'languageFor'>,
  ) {}

  async send(target: SendTarget, reply: Reply): Promise<SentRef[]> {
    const to = { platform: this.platform, chatId: target.chatId };
    const address = chatAddress(to);
    // A message without a key (a report, an answer) is sent once and not retried by the engine.
    const key = reply.key ?? randomUUID();
    const parts = splitText(safirText(reply, this.outbox.languageFor()));
    const sent: SentRef[] = [];
    for (const [i, text] of parts.entries()) {
      const messageId = await this.client.sendText(target.chatId, text, requestId(target.chatId, key, i));
      await this.outbox.record(address, messageId, i === 0 ? reply : { blocks: [] });
      sent.push({ address, messageId });
    }
    return sent;
  }
}
