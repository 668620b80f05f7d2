// Who a Slack user is (display name, language, workspace role) and who created a channel, asked once and
// cached: every command would otherwise cost one or two extra Web API calls.
import type { webApi } from '@slack/bolt';

type WebClient = webApi.WebClient;

export interface SlackUser {
  id: string;
  name: string;
  /** e.g. `fa-IR`, `en-US`. */
  locale?: string;
  workspaceAdmin: boolean;
}

const TTL_MS = 10 * 60 * 1000;
const MAX_ENTRIES = 5000;

class TtlCache<T> {
  private readonly entries = new Map<string, { value: Promise<T>; at: number }>();
  get(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.value;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    const value = load();
    // A failed lookup is not remembered.
    value.catch(() => this.entries.delete(key));
    this.entries.set(key, { value, at: Date.now() });
    return value;
  }
}

export class SlackDirectory {
  private readonly users = new TtlCache<SlackUser>();
  private readonly creators = new TtlCache<string | undefined>();
  private readonly adminIds: Set<string>;

  /** `adminIds` are Slack user ids, bare (`U123`) or prefixed (`slack:U123`). */
  constructor(
    private readonly client: WebClient,
    adminIds: readonly string[] = [],
  ) {
    this.adminIds = new Set(adminIds.map((id) => id.replace(/^slack:/, '')));
  }

  user(id: string, fallbackName = id): Promise<SlackUser> {
    return this.users
      .get(id, async () => {
        const res = await this.client.users.info({ user: id, include_locale: true });
        const u = res.user;
        const name = u?.profile?.display_name || u?.profile?.real_name || u?.real_name || u?.name || fallbackName;
        return { id, name, locale: u?.locale, workspaceAdmin: Boolean(u?.is_admin || u?.is_owner) };
      })
      .catch(() => ({ id, name: fallbackName, workspaceAdmin: false }));
  }

  private creator(channel: string): Promise<string | undefined> {
    return this.creators.get(channel, async () => (await this.client.conversations.info({ channel })).channel?.creator);
  }

  /** Workspace admin or owner, the channel's creator, or listed in SLACK_ADMIN_IDS. */
  async isAdmin(userId: string, channel: string): Promise<boolean> {
    if (this.adminIds.has(userId)) return true;
    if ((await this.user(userId)).workspaceAdmin) return true;
    return (await this.creator(channel).catch(() => undefined)) === userId;
  }
}
