// Who may sign in to the desk and the links that let them: configured secretaries and chairs (or, with no
// SECRETARY_IDS, the local operator who runs the CLI, since whoever can do that owns the database). The role
// is the configuration's as it is now, asked again on every request: a person taken out of SECRETARY_IDS or
// CHAIR_IDS loses the desk at once, whatever their session said when it opened.
import type { Config } from '../config.js';
import type { Clock } from '../core/types.js';
import { type DeskIdentity, type DeskRole, type DeskSessions, OPERATOR_ORIGIN } from '../db/desk-sessions.js';
import { RateLimit } from './limit.js';

/** The desk's own base address: DESK_PUBLIC_URL, else where the listener is. */
export function deskBaseUrl(config: Pick<Config, 'DESK_PUBLIC_URL' | 'HTTP_HOST' | 'HTTP_PORT'>): string {
  if (config.DESK_PUBLIC_URL) return config.DESK_PUBLIC_URL.replace(/\/+$/, '');
  const host = config.HTTP_HOST.includes(':') ? `[${config.HTTP_HOST}]` : config.HTTP_HOST;
  return `http://${host}:${config.HTTP_PORT}`;
}

export function deskRole(config: Pick<Config, 'SECRETARY_IDS' | 'CHAIR_IDS'>, id: string): DeskRole | null {
  if (config.SECRETARY_IDS.includes(id)) return 'secretary';
  if (config.CHAIR_IDS.includes(id)) return 'chair';
  return null;
}

/** The role a person signed in from `origin` has under this configuration: the one rule for every request. */
export function roleNow(
  config: Pick<Config, 'SECRETARY_IDS' | 'CHAIR_IDS'>,
  who: { platform: string; userId: string; origin: string | null },
): DeskRole | null {
  const configured = deskRole(config, `${who.platform}:${who.userId}`);
  if (configured) return configured;
  // The local operator is the secretary only while nobody is configured as one.
  return who.origin === OPERATOR_ORIGIN && config.SECRETARY_IDS.length === 0 ? 'secretary' : null;
}

export class DeskLinks {
  /** At most five links per person in ten minutes. */
  private readonly perPerson = new RateLimit(5, 10 * 60_000);
  /** Where the listener really is (HTTP_PORT 0 picks a free port), when DESK_PUBLIC_URL does not say. */
  private listening?: string;

  constructor(
    private readonly sessions: DeskSessions,
    private readonly config: Config,
    private readonly clock: Clock,
  ) {}

  roleOf(id: string): DeskRole | null {
    return deskRole(this.config, id);
  }

  /** A sign-in URL for this person, or null when they asked for too many. */
  listeningAt(url: string): void {
    this.listening = url;
  }

  async issue(who: DeskIdentity): Promise<string | null> {
    const base = this.config.DESK_PUBLIC_URL || !this.listening ? deskBaseUrl(this.config) : this.listening;
    if (!this.perPerson.take(`${who.platform}:${who.userId}`)) return null;
    const token = await this.sessions.createLink(who, this.clock.now());
    return `${base}/desk/signin/${token}`;
  }
}
