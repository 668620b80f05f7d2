// What peygir says about the messenger itself rather than about resolutions: permissions the bot lacks there
// and answers an old client cannot show.
export const MESSENGER_FA = {
  botNeedsAdmin:
    'پیگیر نمی‌تواند ببیند چه کسی مدیر این گروه است. مدیر گروه: در تنظیمات گروه، ربات را «مدیر» کنید (هیچ دسترسی دیگری لازم نیست) و دوباره همین دستور را بفرستید.',
};

export type MessengerMessages = typeof MESSENGER_FA;

export const MESSENGER_EN: MessengerMessages = {
  botNeedsAdmin:
    'peygir cannot see who administers this group. Group admin: make the bot an admin in the group settings (it needs no other right) and send the same command again.',
};
