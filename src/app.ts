// The composition root: configuration → database → store → handlers. Platforms and jobs receive an App.
import type { Logger } from 'pino';
import type { Command, HandlerDeps } from '../handlers/context.js';
import { deskCommand } from '../handlers/desk.js';
import { createDispatcher, type Dispatcher } from '../handlers/index.js';
import { ChatMinutesImport } from '../handlers/minutes-import.js';
import { type Config, safirConfigured } from './config.js';
import type { MessengerDirectory, Store } from './core/ports.js';
import { defaultSettings } from './core/schedule/settings.js';
import { workCalendar } from './core/schedule/workdays.js';
import { type Clock, systemClock } from './core/types.js';
import { AuditTrail } from './db/audit.js';
import { PrismaChairRequests } from './db/chair-requests.js';
import { prismaChatDirectory } from './db/chats.js';
import { type Database, openDatabase } from './db/client.js';
import { PrismaCorrections } from './db/corrections.js';
import { DaysOffEditor } from './db/days-off.js';
import { ResolutionEditor } from './db/desk-edits.js';
import { DeskSessions } from './db/desk-sessions.js';
import { PrismaEvidence } from './db/evidence.js';
import { ImportUndo } from './db/import-undo.js';
import { InviteBook } from './db/invites.js';
import { prismaMinutesStore } from './db/minutes-store.js';
import { OwnerEditor } from './db/owner-edits.js';
import { OwnerPhones } from './db/owner-phones.js';
import { OwnerRegister } from './db/owner-register.js';
import { MeetingEditor } from './db/record-changes.js';
import { PrismaReminderAdmin } from './db/reminder-settings.js';
import { SavedFilters } from './db/saved-filters.js';
import { ensureCouncil, PrismaStore } from './db/store.js';
import { DeskLinks } from './desk/links.js';
import { ServiceStatus } from './ops/status.js';
import { Outbox } from './outbox.js';
import { directoryOf, MESSENGERS, type MessengerModule } from './platforms/index.js';

/** A message to another chat (a request to the chair, its answer to the owner) waits this long at most. */
const TELL_TIMEOUT_MS = 15_000;
export interface App {
  config: Config;
  logger: Logger;
  clock: Clock;
  db: Database;
  store: PrismaStore;
  councilId: number;
  deps: HandlerDeps;
  /** Connections and sweeps, for the logs and the health checks. */
  status: ServiceStatus;
  /** The one way out: records what was sent, follows chats that go or move, reports to the chair. */
  outbox: Outbox;
  /** Every messenger this build knows and what each can do; `modules` is the registry they come from. */
  messengers: MessengerDirectory & { modules: readonly MessengerModule[] };
  /** The secretariat desk's sign-in, sessions and corrections. */
  desk: {
    sessions: DeskSessions;
    links: DeskLinks;
    editor: ResolutionEditor;
    meetings: MeetingEditor;
    owners: OwnerEditor;
    /** The days off corrected at the desk; also the work calendar every reply and the desk count with. */
    daysOff: DaysOffEditor;
    /** Every change of the council, from every log, for the audit trail page and the home page. */
    audit: AuditTrail;
    /** A meeting's import rolled back while nobody has acted on it. */
    importUndo: ImportUndo;
    /** The register's saved, named filters, kept for the whole council. */
    filters: SavedFilters;
  };
  /** The council's owners as the minutes reader knows them, and the spellings corrections teach it. */
  register: OwnerRegister;
  /** Invites that bind a chat to an owner. */
  invites: InviteBook;
  /** Evidence files kept for shares, for the desk's downloads and the exports. */
  evidence: PrismaEvidence;
  /** Owners' phone numbers, which Bale's Safir sends to. */
  phones: OwnerPhones;
  /** A dispatcher for a platform; `botUsername` lets it ignore commands addressed to other bots. */
  dispatcher(botUsername?: string): Dispatcher;
  close(): Promise<void>;
}

export interface AppOptions {
  clock?: Clock;
  /** Extra commands from features (reminders, reports). */
  commands?: Command[];
  /** Hold the single-process lock on an SQLite file (the long-running bot does). */
  lock?: boolean;
  /** How long a write waits for another process's lock on an SQLite file (the bot's short default if unset). */
  busyTimeoutMs?: number;
  /** The messenger registry (src/platforms/index.ts); tests add a messenger of their own here. */
  messengers?: readonly MessengerModule[];
}

export async function createApp(config: Config, logger: Logger, opts: AppOptions = {}): Promise<App> {
  const db = await openDatabase(config.databaseUrl, {
    migrate: config.provider === 'sqlite',
    lock: opts.lock,
    busyTimeoutMs: opts.busyTimeoutMs,
    statementCache: config.SQLITE_STATEMENT_CACHE,
    postgresStatementCache: config.POSTGRES_STATEMENT_CACHE,
  });
  try {
    const councilId = await ensureCouncil(db.sql, config.COUNCIL_NAME);
    const store = new PrismaStore(
      db.prisma,
      {
        councilId,
        secretaryIds: config.SECRETARY_IDS,
        chairIds: config.CHAIR_IDS,
        cacheBindings: config.provider === 'sqlite',
        safir: safirConfigured(config),
      },
      db.sql,
    );
    const clock = opts.clock ?? systemClock;
    const modules = opts.messengers ?? MESSENGERS;
    const messengers = Object.assign(directoryOf(modules, config), { modules });
    const sessions = new DeskSessions(db.prisma, db.sql);
    const desk = {
      sessions,
      links: new DeskLinks(sessions, config, clock),
      editor: new ResolutionEditor(db.prisma, councilId),
      meetings: new MeetingEditor(db.prisma, councilId),
      owners: new OwnerEditor(db.prisma, councilId),
      daysOff: new DaysOffEditor(db.prisma, db.sql, councilId, workCalendar(config)),
      audit: new AuditTrail(db.prisma, councilId),
      importUndo: new ImportUndo(db.prisma, councilId),
      filters: new SavedFilters(db.prisma, db.sql, councilId),
    };
    const register = new OwnerRegister(db.prisma, councilId);
    const invites = new InviteBook(db.prisma, store, councilId, clock);
    const outbox = new Outbox({
      store,
      chats: prismaChatDirectory(db.prisma, councilId),
      language: config.LANGUAGE,
      logger,
    });
    const evidence = new PrismaEvidence(db.prisma, config.EVIDENCE_DIR);
    const deps: HandlerDeps = {
      store: store as Store,
      clock,
      timeZone: config.COUNCIL_TIMEZONE,
      // Replies and reminders take their language from the one rule the outbox keeps.
      languageFor: (person) => outbox.languageFor(person),
      extraCommands: [...(opts.commands ?? []), deskCommand(desk.links)],
      minutes: new ChatMinutesImport(
        prismaMinutesStore(db.prisma, councilId, { safir: safirConfigured(config) }),
        clock,
      ),
      reminders: new PrismaReminderAdmin(db.prisma, councilId, defaultSettings(config), () => desk.daysOff.current()),
      corrections: new PrismaCorrections(db.prisma),
      requests: new PrismaChairRequests(db.prisma),
      requireAcceptance: config.REQUIRE_ACCEPTANCE,
      evidence: {
        store: evidence,
        limits: { maxBytes: config.EVIDENCE_MAX_MB * 1024 * 1024, types: config.EVIDENCE_TYPES },
      },
      tell: {
        chair: (reply) => outbox.reportToChair(reply, { timeoutMs: TELL_TIMEOUT_MS }),
        owner: (ownerId, reply) => outbox.tellOwner(ownerId, reply, { timeoutMs: TELL_TIMEOUT_MS }),
      },
      memory: register,
      invites,
      letterhead: { text: config.REPORT_LETTERHEAD, image: config.REPORT_LETTERHEAD_IMAGE },
      logger,
      messengers,
    };
    return {
      config,
      logger,
      clock,
      db,
      store,
      councilId,
      deps,
      status: new ServiceStatus(logger),
      outbox,
      messengers,
      desk,
      register,
      invites,
      evidence,
      phones: new OwnerPhones(db.prisma, councilId),
      dispatcher: (botUsername) => createDispatcher(deps, { botUsername, logger }),
      close: () => db.close(),
    };
  } catch (err) {
    await db.close();
    throw err;
  }
}
