// What peygir says when an invite is used in a chat (`/link <code>`, Telegram's start links), and what it
// says about owners no chat reaches. `invite` in i18n.ts.

export const INVITE_FA = {
  privateHint: 'برای وصل کردن همین گفتگو به کارهای خودتان، کد دعوتی را که دبیرخانه فرستاده بنویسید: /link کد دعوت',
  boundNote: (owner: string) => `از این پس یادآوری‌ها و پیگیری کارهای ${owner} به همین‌جا می‌آید.`,
  already: (owner: string) => `این گفتگو پیش‌تر به ${owner} وصل است؛ دعوت مصرف نشد و چیزی تغییر نکرد.`,
  chair: (owner: string) =>
    `این‌جا گروه رئیس جلسه است و به ${owner} وصل نمی‌شود؛ دعوت را در گفتگوی دیگری باز کنید. چیزی تغییر نکرد.`,
  unknown: 'این کد دعوت شناخته نشد؛ چیزی تغییر نکرد. کد را همان‌طور که دبیرخانه فرستاده بنویسید یا دعوت تازه‌ای بخواهید.',
  used: (at: string | null) =>
    `این دعوت ${at ? `در ${at} ` : ''}به کار رفته است و دوباره کار نمی‌کند؛ چیزی تغییر نکرد. دعوت تازه‌ای از دبیرخانه بخواهید.`,
  expired: (at: string) => `این دعوت در ${at} منقضی شده است؛ چیزی تغییر نکرد. دعوت تازه‌ای از دبیرخانه بخواهید.`,
  revoked: (at: string) => `این دعوت در ${at} لغو شده است؛ چیزی تغییر نکرد. دعوت تازه‌ای از دبیرخانه بخواهید.`,
  /** The mark of an owner whose items no chat is told about. */
  unreached: 'به کسی یادآوری نمی‌شود',
  unreachedOnly: 'متولیانی که به کسی یادآوری نمی‌شود',
  unreachedLine: (owner: string) => `${owner} (به کسی یادآوری نمی‌شود)`,
  /** An owner with no linked chat whose phone number Safir sends to. */
  viaSafir: 'از راه سفیر',
  /** Under every message Safir carries: it cannot be answered there. */
  safirFooter:
    'این پیام از راه سفیر بله فرستاده شده است. برای پاسخ دادن (/done، /progress و …) کد دعوت را از دبیرخانه بخواهید و در همین گفتگو بفرستید: /link کد دعوت',
  unreachedOwners: (names: string) =>
    `به هیچ گفتگویی وصل نیستند و به کسی یادآوری نمی‌شود: ${names} — برای هر کدام دعوت بفرستید (میز دبیرخانه، «متولیان»).`,
};

export type InviteMessages = typeof INVITE_FA;

export const INVITE_EN: InviteMessages = {
  privateHint: 'To link this chat to your own items, type the invite code the secretariat sent: /link invite code',
  boundNote: (owner) => `From now on, reminders and follow-ups of ${owner}’s items come here.`,
  already: (owner) => `This chat is already linked to ${owner}; the invite was not used and nothing changed.`,
  chair: (owner) =>
    `This is the chair’s chat and cannot be linked to ${owner}; open the invite in another chat. Nothing changed.`,
  unknown:
    'This invite code is not known; nothing changed. Type the code as the secretariat sent it, or ask for a new invite.',
  used: (at) =>
    `This invite was used${at ? ` on ${at}` : ''} and does not work again; nothing changed. Ask the secretariat for a new one.`,
  expired: (at) => `This invite expired on ${at}; nothing changed. Ask the secretariat for a new one.`,
  revoked: (at) => `This invite was revoked on ${at}; nothing changed. Ask the secretariat for a new one.`,
  unreached: 'reminded to nobody',
  unreachedOnly: 'Unreached owners',
  unreachedLine: (owner) => `${owner} (reminded to nobody)`,
  viaSafir: 'through Safir',
  safirFooter:
    'Sent through Bale’s Safir. To answer (/done, /progress …), ask the secretariat for an invite code and send it in this chat: /link invite code',
  unreachedOwners: (names) =>
    `Linked to no chat, so reminded to nobody: ${names} — send each an invite (the desk, “Owners”).`,
};
