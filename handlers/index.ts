// The dispatcher: one entry point for every platform. It builds the command context (who, which chat,
// which bindings, which language), routes text commands, button presses, replies and files, and is the
// error boundary for handler code.
import type { Logger } from 'pino';
import { hasCouncilRights, isUnlinked } from '../src/core/auth.js';
import { civilDate } from '../src/core/calendar.js';
import { exampleDate } from '../src/core/date-arg.js';
import { AdminCheckUnavailableError, classifyFailure, FAILURE_ADVICE } from '../src/core/errors.js';
import { MESSAGES } from '../src/core/i18n.js';
import { overLimit, TEXT_LIMIT } from '../src/core/limits.js';
import { PLAIN_TEXT } from '../src/core/messengers.js';
import { ConflictError } from '../src/core/ports.js';
import { matchKey, toLatinDigits } from '../src/core/text.js';
import { chatAddress, type Incoming, type Reply } from '../src/core/types.js';
import { CORE_COMMANDS } from './catalog.js';
import type { Command, CommandContext, HandlerDeps } from './context.js';
import { refusal, textReply } from './context.js';

export { CORE_COMMANDS };

export interface DispatcherOptions {
  /** The bot's username, so `/done@other_bot 3` is left to the other bot. */
  botUsername?: string;
  logger?: Logger;
}

export interface Dispatcher {
  readonly commands: Command[];
  handle(incoming: Incoming): Promise<Reply[]>;
}

const COMMAND = /^\/([A-Za-z_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?:\s+([\s\S]*))?$/;
/** Messages a file sent in reply to is evidence for: a reminder, a notice, a list. */
const EVIDENCE_REPLY_KINDS = new Set(['reminder', 'notice', 'list']);
const DONE_WORDS = new Set(['انجام شد', 'انجام شده', 'انجام', 'done', 'ok', 'تمام شد', '✅']);

export function createDispatcher(deps: HandlerDeps, opts: DispatcherOptions = {}): Dispatcher {
  const commands = [...CORE_COMMANDS, ...(deps.extraCommands ?? [])];
  const byName = new Map<string, Command>();
  for (const c of commands) {
    byName.set(c.name.toLowerCase(), c);
    for (const a of c.aliases ?? []) byName.set(a.toLowerCase(), c);
  }

  // Buttons and replies always mean the core /done, /progress and /blocked, whatever a feature adds.
  const core = (name: string) => CORE_COMMANDS.find((c) => c.name === name)!;
  const languageOf = (incoming: Incoming) => deps.languageFor(incoming.user);
  const messagesFor = (incoming: Incoming) => MESSAGES[languageOf(incoming)];

  async function context(incoming: Incoming, args: string): Promise<CommandContext> {
    const address = chatAddress(incoming.chat);
    const actor = { platform: incoming.chat.platform, userId: incoming.user.id, name: incoming.user.name };
    const [memberRole, bindings] = await Promise.all([deps.store.touchMember(actor), deps.store.bindingsFor(address)]);
    const lang = languageOf(incoming);
    const today = civilDate(deps.clock.now(), deps.timeZone);
    return {
      incoming,
      can: deps.messengers?.capabilities(incoming.chat.platform) ?? PLAIN_TEXT,
      args,
      lang,
      t: MESSAGES[lang],
      deps,
      auth: { bindings, memberRole },
      actor,
      address,
      chat: {
        // The console names a chat by its id; that says nothing a title would add.
        title: incoming.chat.title && incoming.chat.title !== incoming.chat.chatId ? incoming.chat.title : null,
        bindings: bindings.map((b) => ({ role: b.role, owner: b.ownerName })),
      },
      today,
      example: exampleDate(today, lang),
      commands,
    };
  }

  async function run(command: Command, incoming: Incoming, args: string): Promise<Reply[]> {
    // Refused whole, never cut: a note cut at the limit would be stored as if it had been written so.
    const length = overLimit(args);
    if (length !== null) return [refusal(messagesFor(incoming).tooLong(TEXT_LIMIT, length))];
    const ctx = await context(incoming, args);
    const out = await command.run(ctx);
    return Array.isArray(out) ? out : [out];
  }

  /** A plain message answering one of our messages: «انجام شد», a number, or a blocked reason. */
  async function answer(incoming: Incoming): Promise<Reply[]> {
    if (!incoming.replyToMessageId) return [];
    const sent = await deps.store.outbound(chatAddress(incoming.chat), incoming.replyToMessageId);
    if (!sent || sent.items.length === 0) return [];
    const text = incoming.text.trim();
    if (sent.kind === 'ask-decline' && text) {
      if (sent.askedUserId && sent.askedUserId !== incoming.user.id)
        return [refusal(messagesFor(incoming).reasonNotYours(sent.items[0]!))];
      // The request the «رد» button named, when it named one: the reason declines that request alone.
      return run(byName.get('decline')!, incoming, `${sent.about ?? sent.items[0]} ${text}`);
    }
    if (sent.kind === 'ask-reason' && text) {
      // The question was put to whoever pressed 🚫: someone else's answer is not taken under their name.
      if (sent.askedUserId && sent.askedUserId !== incoming.user.id)
        return [refusal(messagesFor(incoming).reasonNotYours(sent.items[0]!))];
      return run(core('blocked'), incoming, `${sent.items[0]} ${text}`);
    }
    const key = matchKey(text);
    const numbers = toLatinDigits(text).match(/\d+/g) ?? [];
    // Numbers listed as in commands: «۶ و ۷», «۶،۷».
    const words = key
      .replace(/(?<=\d)\s*و\s*(?=\d)/g, ' ')
      .replace(/[\d\s,،]+/g, ' ')
      .trim();
    if (DONE_WORDS.has(words) || (words === '' && numbers.length > 0)) {
      const targets = numbers.length > 0 ? numbers : sent.items.length === 1 ? sent.items.map(String) : [];
      if (targets.length === 0) return [refusal(messagesFor(incoming).needNumber('done'))];
      return run(core('done'), incoming, targets.join(' '));
    }
    return [];
  }

  /**
   * A file that is evidence for /done: its caption is `/done 3 …`, or it answers a reminder or a list (the items
   * from the caption's leading numbers, or the one item the message named). Null for any other file (minutes).
   */
  async function evidenceFor(incoming: Incoming): Promise<Reply[] | null> {
    const caption = incoming.text.trim();
    const m = COMMAND.exec(caption);
    if (m) {
      const [, name, botName, args] = m;
      if (botName && opts.botUsername && botName.toLowerCase() !== opts.botUsername.toLowerCase()) return [];
      return byName.get(name!.toLowerCase())?.name === 'done' ? run(core('done'), incoming, args ?? '') : null;
    }
    if (!incoming.replyToMessageId) return null;
    const sent = await deps.store.outbound(chatAddress(incoming.chat), incoming.replyToMessageId);
    if (!sent || !EVIDENCE_REPLY_KINDS.has(sent.kind) || sent.items.length === 0) return null;
    const lead = /^([\d۰-۹٠-٩][\d۰-۹٠-٩\s,،و]*)(?:\s|$)([\s\S]*)$/.exec(caption);
    const numbers = lead ? (toLatinDigits(lead[1]!).match(/\d+/g) ?? []) : [];
    const targets = numbers.length > 0 ? numbers : sent.items.length === 1 ? sent.items.map(String) : [];
    if (targets.length === 0) return [refusal(messagesFor(incoming).acc.fileNeedsNumber)];
    const note = numbers.length > 0 ? (lead![2] ?? '') : caption;
    return run(core('done'), incoming, `${targets.join(' ')} ${note}`.trim());
  }

  async function route(incoming: Incoming): Promise<Reply[]> {
    if (incoming.action) {
      const { action, value } = incoming.action;
      if (action === 'done' || action === 'progress') return run(core(action), incoming, value);
      if (action === 'seen') {
        // A long list rides on the message itself: the button then acknowledges every item the message listed.
        const sent =
          !value && incoming.action.messageId
            ? await deps.store.outbound(chatAddress(incoming.chat), incoming.action.messageId)
            : null;
        return run(core('seen'), incoming, value || (sent?.items ?? []).join(' '));
      }
      if (action === 'approve') return run(byName.get('approve')!, incoming, value);
      if (action === 'decline') {
        const ctx = await context(incoming, value);
        // A press by someone not allowed, or on a request already answered, is refused before a reason is typed.
        if (!hasCouncilRights(ctx.auth)) return [refusal(ctx.t.notAllowed)];
        // `3#12`: the request the button sat under; `3` (a button sent before buttons named their request): the item's.
        const [, number, id] = /^(\d+)(?:#(\d+))?$/.exec(value) ?? [];
        if (!number) return [refusal(ctx.t.badNumber(ctx.t.num(value.slice(0, 20))))];
        const res = await deps.store.getResolution({ kind: 'number', number: Number(number) });
        const all = res && deps.requests ? await deps.requests.forResolution(res.id) : [];
        const pending = all.filter((r) => r.state === 'pending');
        const named = id ? all.find((r) => r.id === Number(id)) : undefined;
        if (!res || (id ? !named : pending.length === 0)) return [refusal(ctx.t.ext.nothingPending(Number(number)))];
        const n = res.publicNumber;
        if (named && named.state !== 'pending')
          return [
            refusal(
              named.state === 'withdrawn' ? ctx.t.ext.goneWithdrawn(n, named.ownerName) : ctx.t.ext.goneAnswered(n),
            ),
          ];
        const { groupAsks, sameAsk } = await import('../src/core/request-choice.js');
        // Several waiting and the button names none: the list and how to choose, before a reason is typed for nothing.
        if (!named && groupAsks(pending).length > 1) return run(byName.get('decline')!, incoming, value);
        const asked = named ? pending.filter((r) => sameAsk(r, named)) : pending;
        const owners = [...new Set(asked.map((r) => r.ownerName))].join(ctx.t.listSep);
        return [
          {
            ...textReply(
              asked.length < pending.length ? ctx.t.ext.askDeclineReasonOf(n, owners) : ctx.t.ext.askDeclineReason(n),
            ),
            expectReply: true,
            items: [n],
            kind: 'ask-decline',
            askedUserId: incoming.user.id,
            ...(named ? { about: `${n}#${named.id}` } : {}),
          },
        ];
      }
      // By name, so a feature that registers its own /snooze receives the button too.
      if (action === 'snooze') return run(byName.get('snooze')!, incoming, value);
      if (action === 'blocked') {
        const ctx = await context(incoming, value);
        // A stale or forged button is refused before anyone types a reason for nothing.
        if (isUnlinked(ctx.auth)) return [refusal(ctx.t.notLinked)];
        const [{ statusRefusal }, { outcomeReply }] = await Promise.all([
          import('../src/core/followup.js'),
          import('./outcomes.js'),
        ]);
        const refused = await statusRefusal(deps.store, ctx, value, 'blocked');
        if (refused) return [outcomeReply(ctx.t, [refused])];
        const n = Number(value);
        const noMention = (await deps.reminders?.mentionsMuted(ctx.actor)) ?? false;
        // Without the @-mention (muted) the question still says whose it is, by name.
        const ask = noMention ? ctx.t.askReasonOf(ctx.actor.name, n) : ctx.t.askReason(n);
        return [
          {
            ...textReply(ask),
            expectReply: true,
            items: [n],
            kind: 'ask-reason',
            noMention,
            askedUserId: incoming.user.id,
          },
        ];
      }
      if (action === 'alias') {
        const { answerAlias } = await import('./alias.js');
        return [await answerAlias(await context(incoming, ''), value)];
      }
      const ctx = await context(incoming, '');
      if (ctx.auth.memberRole === null && !ctx.auth.bindings.some((b) => b.role === 'chair'))
        return [refusal(ctx.t.notAllowed)];
      return [
        action === 'import-confirm'
          ? await deps.minutes.confirm(value, ctx, ctx.lang)
          : await deps.minutes.cancel(value, ctx.lang),
      ];
    }
    if (incoming.file) {
      const evidence = await evidenceFor(incoming);
      if (evidence) return evidence;
      const { minutesFile } = await import('./file.js');
      return minutesFile(deps.minutes, await context(incoming, ''), incoming.file);
    }
    const text = incoming.text.trim();
    const m = COMMAND.exec(text);
    if (!m) return answer(incoming);
    const [, name, botName, args] = m;
    if (botName && opts.botUsername && botName.toLowerCase() !== opts.botUsername.toLowerCase()) return [];
    const command = byName.get(name!.toLowerCase());
    if (!command) {
      if (incoming.chat.kind === 'private' || botName) {
        return [refusal(messagesFor(incoming).unknownCommand)];
      }
      return [];
    }
    return run(command, incoming, args ?? '');
  }

  return {
    commands,
    async handle(incoming) {
      try {
        return await route(incoming);
      } catch (err) {
        const t = messagesFor(incoming);
        if (err instanceof ConflictError) return [refusal(t.conflict)];
        if (err instanceof AdminCheckUnavailableError) return [refusal(t.botNeedsAdmin)];
        const failure = classifyFailure(err);
        opts.logger?.error({ err, failure, chat: chatAddress(incoming.chat) }, FAILURE_ADVICE[failure]);
        return [refusal(t.tryAgain)];
      }
    },
  };
}
