// The console chat: a terminal (or a script on stdin) is one chat. Each line is a message; replies are
// printed as plain text. A line that is not a command answers the last message shown with items (a list, a
// reminder), as a reply would in a messenger. `/file <path>` sends a file (`/file <path> /done 3` with a caption,
// as evidence) and `/press <action> <value>` presses
// a button, so every flow can be tried without a messenger. One person sits at it: nothing typed goes
// unanswered.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Dispatcher } from '../../handlers/index.js';
import { MESSAGES } from '../core/i18n.js';
import type { Messenger } from '../core/ports.js';
import {
  type Attachment,
  chatAddress,
  type Incoming,
  type Language,
  type Reply,
  type SendTarget,
  type SentRef,
} from '../core/types.js';
import { withUpdate } from '../logger.js';
import type { Outbox } from '../outbox.js';
import { decodeButton } from './buttons.js';
import { CONSOLE_INFO } from './console-info.js';
import { renderPlain } from './plain.js';

export interface ConsoleOptions {
  chat: string;
  user: string;
  language: Language;
  input: Readable;
  output: Writable;
  /** Show a prompt (a terminal); otherwise read lines until the input ends. */
  interactive: boolean;
  /** Where files sent to the chat (/report's workbook, chart and CSV) are written. */
  outDir: string;
  /** Records each reply shown, so replies and /press under it find its items. */
  outbox: Pick<Outbox, 'record'>;
}

let counter = 0;
const nextId = () => String(++counter);
/** The last message shown in each console chat that listed items: what a plain line answers. */
const lastWithItems = new Map<string, string>();

function shown(address: string, id: string, reply: Reply): void {
  if (reply.items?.length) lastWithItems.set(address, id);
}

/** Prints notifications (reminders, digests) sent to console chats, recorded so a line typed after answers them. */
export class ConsoleNotifier implements Messenger {
  readonly platform = 'console' as const;
  readonly capabilities = CONSOLE_INFO.capabilities;
  constructor(
    private readonly output: Writable,
    private readonly outbox: Pick<Outbox, 'languageFor' | 'record'>,
    /** Where files sent to a console chat are written (the working folder unless given). */
    private readonly outDir = '.',
  ) {}

  async send(target: SendTarget, reply: Reply): Promise<SentRef[]> {
    const address = chatAddress(target);
    const messageId = nextId();
    this.output.write(`\n[${address}]\n${renderPlain(reply, this.outbox.languageFor())}\n`);
    await this.outbox.record(address, messageId, reply);
    shown(address, messageId, reply);
    return [{ address, messageId }];
  }

  /** A terminal cannot show a file: it is written into the folder, and the chat told where. */
  async sendFile(target: SendTarget, file: Attachment): Promise<SentRef[]> {
    const lang = this.outbox.languageFor();
    const where = await saveAttachments([file], { outDir: this.outDir, language: lang });
    return this.send(target, { blocks: [{ type: 'text', text: `${file.name} — ${where}` }] });
  }

  /** A file someone sends at the console is a path on this machine. */
  fetchFile(path: string): Promise<Buffer> {
    return readFile(path);
  }
}

export function consoleIncoming(
  opts: Pick<ConsoleOptions, 'chat' | 'user' | 'language'>,
  text: string,
  replyTo?: string,
): Incoming {
  const base: Incoming = {
    chat: { platform: 'console', chatId: opts.chat, kind: 'group', title: opts.chat },
    user: { id: opts.user, name: opts.user, languageCode: opts.language },
    text,
    replyToMessageId: replyTo,
    // Whoever sits at the console administers it.
    isAdmin: async () => true,
  };
  // `/file <path>` sends a file; `/file <path> /done 3 note` sends it with that caption (evidence). A console has
  // no replies to point at, so a file never answers the last message.
  const file = /^\/file\s+(.+?)(?:\s+(\/\S[\s\S]*))?$/.exec(text.trim());
  if (file?.[1]) {
    const path = file[1].trim();
    return {
      ...base,
      text: file[2]?.trim() ?? '',
      replyToMessageId: undefined,
      file: { name: basename(path), load: () => readFile(path) },
    };
  }
  const typed = /^\/press\s+(\S+)\s+(\S+)$/.exec(text.trim());
  const press = typed && decodeButton(`${typed[1]}:${typed[2]}`);
  if (press) return { ...base, text: '', action: press };
  return base;
}

/** A terminal cannot show a file: write each into the folder and say where they are. */
async function saveAttachments(files: Attachment[], opts: Pick<ConsoleOptions, 'outDir' | 'language'>) {
  const folder = resolve(opts.outDir);
  await mkdir(folder, { recursive: true });
  for (const a of files) await writeFile(join(folder, basename(a.name)), a.data);
  return MESSAGES[opts.language].filesSaved(folder);
}

/** What the console says to a line nothing answered: an unknown command, or words that answer no message. */
function unanswered(line: string, lang: Language): Reply {
  const t = MESSAGES[lang];
  return { blocks: [{ type: 'text', text: line.trim().startsWith('/') ? t.unknownCommand : t.notUnderstood }] };
}

export async function runConsole(dispatcher: Dispatcher, opts: ConsoleOptions): Promise<void> {
  const rl = createInterface({ input: opts.input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
  const prompt = () => opts.interactive && opts.output.write(`${opts.chat}> `);
  const address = chatAddress({ platform: 'console', chatId: opts.chat });
  prompt();
  let lineNumber = 0;
  for await (const line of rl) {
    lineNumber++;
    if (line.trim()) {
      // «/quit» ends a script fed on stdin as it ends a person's session: never read as a command.
      if (['/quit', '/exit'].includes(line.trim())) break;
      // Each line is the console's update: the lines logged while it is handled name it (src/logger.ts).
      await withUpdate({ platform: 'console', chat: opts.chat, update: lineNumber }, async () => {
        const replies = await dispatcher.handle(consoleIncoming(opts, line, lastWithItems.get(address)));
        // A messenger group ignores what is not for the bot; the console's one person hears why nothing happened.
        if (replies.length === 0) replies.push(unanswered(line, opts.language));
        for (const reply of replies) {
          opts.output.write(`${renderPlain(reply, opts.language)}\n`);
          if (reply.attachments?.length) opts.output.write(`${await saveAttachments(reply.attachments, opts)}\n`);
          opts.output.write('\n');
          const id = nextId();
          await opts.outbox.record(address, id, reply);
          shown(address, id, reply);
        }
      });
    }
    prompt();
  }
  rl.close();
}
