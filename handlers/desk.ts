// /desk in a private chat: a secretary or chair gets a one-time sign-in link to the secretariat's desk.
// Only in private, so the link is never seen by a group.
import type { Command } from './context.js';
import { refusal } from './context.js';

export interface DeskLinkIssuer {
  /** A sign-in URL valid for a few minutes, or null when this person asked for too many. */
  issue(who: {
    platform: string;
    userId: string;
    name: string;
    role: 'secretary' | 'chair';
    /** Where it was asked for: this private chat. */
    origin: `chat:${string}`;
  }): Promise<string | null>;
}

export function deskCommand(links: DeskLinkIssuer): Command {
  return {
    name: 'desk',
    aliases: ['میز'],
    summary: { fa: 'پیوند ورود به میز دبیرخانه', en: 'a sign-in link to the secretariat desk' },
    async run(ctx) {
      const { t, incoming } = ctx;
      const role = ctx.auth.memberRole;
      // The id is what the operator adds to the configuration: said as it is written there.
      if (role === null) return refusal(t.desk.notAllowed(`${incoming.chat.platform}:${incoming.user.id}`));
      if (incoming.chat.kind !== 'private') return refusal(t.desk.privateOnly);
      const url = await links.issue({
        platform: incoming.chat.platform,
        userId: incoming.user.id,
        name: incoming.user.name,
        role,
        origin: `chat:${ctx.address}`,
      });
      if (!url) return refusal(t.desk.tooManyLinks);
      return { ...refusal(t.desk.link(url)), kind: 'desk-link' };
    },
  };
}
