// Replies that name the chat the way its platform does (group, channel, topic, thread) and the refusals that
// name the command used. Spread into `fa` / `en` in i18n.ts.
import type { MessengerCapabilities } from '../ports.js';
import { toPersianDigits as fa } from '../text.js';

/** What a chat is called where it lives: a Telegram group, a Slack channel, a forum topic, a thread. */
export type ChatNoun = 'group' | 'channel' | 'topic' | 'thread' | 'private';

const FA_BARE: Record<ChatNoun, string> = {
  group: 'گروه',
  channel: 'کانال',
  topic: 'موضوع',
  thread: 'رشته گفتگو',
  private: 'گفتگو',
};
const FA_NOUN = (n: ChatNoun) => `این ${FA_BARE[n]}`;
const EN_NOUN: Record<ChatNoun, string> = {
  group: 'this group',
  channel: 'this channel',
  topic: 'this topic',
  thread: 'this thread',
  private: 'this chat',
};
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const REPLIES_FA = {
  /** How lists inside a sentence are joined. */
  listSep: '، ',
  adminOnly: (cmd: string) => `فقط مدیران گروه می‌توانند /${cmd} را به کار ببرند.`,
  privateOnly: (cmd: string) =>
    `/${cmd} در گفتگوی خصوصی فقط برای دبیر جلسه است. ربات را به گروه کمیته بیفزایید و آنجا /${cmd} بنویسید.`,
  linkedIn: (noun: ChatNoun, owner: string) => `${FA_NOUN(noun)} به ${owner} وصل شد. فهرست کارها: /list`,
  linkedChairIn: (noun: ChatNoun) =>
    `${FA_NOUN(noun)}، ${FA_BARE[noun]} رئیس جلسه شد: /status وضعیت کلی را نشان می‌دهد و موارد معوق اینجا گزارش می‌شود.`,
  unlinkedIn: (noun: ChatNoun, names: string) => `اتصال ${FA_NOUN(noun)} قطع شد (${names}). سابقه‌ها حفظ شده است.`,
  unlinkNoneIn: (noun: ChatNoun) => `${FA_NOUN(noun)} به چیزی وصل نبود.`,
  linkChairOverCommittee: (noun: ChatNoun, owners: string) =>
    `${FA_NOUN(noun)} به ${owners} وصل است و نمی‌تواند هم‌زمان ${FA_BARE[noun]} رئیس جلسه باشد. اگر باید ${FA_BARE[noun]} رئیس جلسه شود، اول /unlink و سپس /link chair بنویسید.`,
  linkCommitteeOverChair: (noun: ChatNoun, owner: string) =>
    `${FA_NOUN(noun)}، ${FA_BARE[noun]} رئیس جلسه است و نمی‌تواند هم‌زمان به ${owner} وصل شود. ${owner} را در گروه خودش وصل کنید، یا اول اینجا /unlink بنویسید.`,
  snoozeClosed: (n: number, status: string) =>
    `مصوبه ${fa(n)} برای کمیته‌های این گفتگو «${status}» است؛ یادآوری‌ای ندارد که خاموش شود.`,
  fileNotFound: (name: string) => `فایل «${name}» پیدا نشد یا خوانده نشد؛ چیزی ثبت نشد.`,
  importNotHere:
    'صورتجلسه را فقط در گروه رئیس جلسه یا دبیر جلسه (در گفتگوی خصوصی با ربات) می‌تواند وارد کند. چیزی ثبت نشد.',
  importAlready: (created: number, updated: number) =>
    `این صورتجلسه همین حالا ثبت شده است (${fa(created)} مصوبه جدید، ${fa(updated)} به‌روز شده). نیازی به تأیید دوباره نیست.`,
  filesSaved: (folder: string) => `فایل‌ها در این پوشه ذخیره شد: ${folder}`,
};

export const REPLIES_EN: typeof REPLIES_FA = {
  listSep: ', ',
  adminOnly: (cmd) => `Only chat administrators can use /${cmd}.`,
  privateOnly: (cmd) =>
    `In a private chat, /${cmd} is for the secretary only. Add the bot to the committee’s group and use /${cmd} there.`,
  linkedIn: (noun, owner) => `${cap(EN_NOUN[noun])} is now linked to ${owner}. Items: /list`,
  linkedChairIn: (noun) =>
    `${cap(EN_NOUN[noun])} is now the chair’s: /status shows the overview and overdue items are reported here.`,
  unlinkedIn: (noun, names) => `${cap(EN_NOUN[noun])} is unlinked (${names}). History is kept.`,
  unlinkNoneIn: (noun) => `${cap(EN_NOUN[noun])} was not linked.`,
  linkChairOverCommittee: (noun, owners) =>
    `${cap(EN_NOUN[noun])} is linked to ${owners} and cannot be the chair’s as well. To make it the chair’s, write /unlink, then /link chair.`,
  linkCommitteeOverChair: (noun, owner) =>
    `${cap(EN_NOUN[noun])} is the chair’s and cannot be linked to ${owner} as well. Link ${owner} in its own chat, or write /unlink here first.`,
  snoozeClosed: (n, status) => `Item ${n} is “${status}” for this chat’s committees: it has no reminders to silence.`,
  fileNotFound: (name) => `File “${name}” was not found or could not be read; nothing was stored.`,
  importNotHere:
    'Minutes are imported only in the chair’s chat or by the secretary (in a private chat with the bot). Nothing was stored.',
  importAlready: (created, updated) =>
    `These minutes were just imported (${created} new, ${updated} updated). There is nothing to confirm again.`,
  filesSaved: (folder) => `Files saved in: ${folder}`,
};

/** The noun for a chat: a thread or topic when it is one, else what its messenger calls a chat, or private. */
export function chatNoun(
  chat: { kind: 'private' | 'group'; threadId?: string },
  can: Pick<MessengerCapabilities, 'chatNoun' | 'threads'>,
): ChatNoun {
  if (chat.kind === 'private') return 'private';
  if (chat.threadId) return can.threads ?? 'topic';
  return can.chatNoun;
}
