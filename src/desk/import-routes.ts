// Importing minutes at the desk: upload (.txt, .md, .docx, up to 10 MB) → the editable table → Confirm,
// which stores the edited minutes all or nothing through the same import as chat and CLI, or Cancel, which
// stores nothing. A re-import's conflicts with corrections are each chosen on the table; Confirm with one
// left open stores nothing and says which. What was read waits in memory for 30 minutes, for the desk user
// who uploaded it only.
import { randomBytes } from 'node:crypto';
import { extname } from 'node:path';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { safirConfigured } from '../config.js';
import type { Side } from '../core/reimport.js';
import {
  type Decisions,
  type ImportOptions,
  importMinutes,
  MeetingQuestionError,
  planImport,
  UndecidedConflictsError,
} from '../db/import.js';
import { parseMinutesText } from '../minutes/index.js';
import { readMinutesBuffer } from '../minutes/read.js';
import { MinutesError, type ParsedMinutes } from '../minutes/types.js';
import { DESK_ADDRESS, type DeskContext, type DeskEnv, deskActor } from './context.js';
import { h } from './html.js';
import { applyCells, type Cells, cellsOf, postedCells } from './import-edit.js';
import { reviewPage, uploadForm } from './import-page.js';
import { messagePage, page } from './layout.js';
import { importOffers, learnForm } from './learn.js';

export const MAX_UPLOAD = 10 * 1024 * 1024;
const TYPES = new Set(['.txt', '.md', '.docx']);
const TTL_MS = 30 * 60_000;

interface Pending {
  parsed: ParsedMinutes;
  /** As the file was read, before the secretary's corrections: what they may teach the register. */
  read: ParsedMinutes;
  text: string;
  name: string;
  user: string;
  expires: number;
}

const userOf = (c: DeskContext) => `${c.get('session')!.platform}:${c.get('session')!.userId}`;

/** The conflicts' choices the table posted (`conflict.<key>` = stored | file). */
function postedChoices(body: Record<string, unknown>): Decisions {
  const choices: Record<string, Side> = {};
  for (const [k, v] of Object.entries(body))
    if (k.startsWith('conflict.') && (v === 'stored' || v === 'file')) choices[k.slice('conflict.'.length)] = v;
  return { choices };
}

/** Refuses an upload over the limit before it is read, on the same form (the multipart wrapping gets 64 KB). */
export function uploadLimit() {
  return bodyLimit({
    maxSize: MAX_UPLOAD + 64 * 1024,
    onError: (c) =>
      c.get('session') ? uploadForm(c as DeskContext, c.get('t').deskImport.tooBig, 413) : c.body(null, 413),
  });
}

export function importRoutes(): Hono<DeskEnv> {
  const pending = new Map<string, Pending>();
  const routes = new Hono<DeskEnv>();
  const find = (c: DeskContext) => {
    const now = c.get('app').clock.now().getTime();
    for (const [k, p] of pending) if (p.expires < now) pending.delete(k);
    const p = pending.get(c.req.param('token') ?? '');
    return p && p.user === userOf(c) ? p : null;
  };
  const expired = (c: DeskContext) => messagePage(c, c.get('t').deskImport.title, [c.get('t').importExpired], 410);

  async function review(
    c: DeskContext,
    p: Pending,
    extra: { cells?: Cells; errors?: string[]; removeMissing?: boolean; decisions?: Decisions } = {},
  ) {
    const app = c.get('app');
    const plan = await planImport(app.store.prisma, app.councilId, p.parsed, p.text, undefined, extra.decisions, {
      safir: safirConfigured(app.config),
    });
    const cells = extra.cells ?? cellsOf(p.parsed, c.get('t'), c.get('lang'));
    const errors = extra.errors ?? [];
    const state = {
      token: c.req.param('token')!,
      parsed: p.parsed,
      plan,
      cells,
      errors,
      removeMissing: !!extra.removeMissing,
    };
    return reviewPage(c, state, errors.length ? 400 : 200);
  }

  routes.get('/import', (c) => uploadForm(c));
  routes.post('/import', async (c) => {
    const t = c.get('t');
    const file = (await c.req.parseBody()).file;
    if (!(file instanceof File) || file.size === 0) return uploadForm(c, t.deskImport.noFile);
    if (!TYPES.has(extname(file.name).toLowerCase())) return uploadForm(c, t.deskImport.badType(file.name));
    if (file.size > MAX_UPLOAD) return uploadForm(c, t.deskImport.tooBig, 413);
    let text: string;
    try {
      ({ text } = await readMinutesBuffer(Buffer.from(await file.arrayBuffer()), file.name));
    } catch (err) {
      if (err instanceof MinutesError) return uploadForm(c, t.importBadFile(err.message));
      throw err;
    }
    const knownOwners = await c.get('app').register.known();
    const parsed = parseMinutesText(text, { fileName: file.name, knownOwners });
    if (parsed.resolutions.length === 0) return uploadForm(c, t.importNothing);
    const token = randomBytes(16).toString('base64url');
    const expires = c.get('app').clock.now().getTime() + TTL_MS;
    pending.set(token, { parsed, read: parsed, text, name: file.name, user: userOf(c), expires });
    return c.redirect(`/desk/import/${token}`, 303);
  });

  routes.get('/import/:token', async (c) => {
    const p = find(c);
    return p ? review(c, p) : expired(c);
  });

  routes.post('/import/:token', async (c) => {
    const t = c.get('t');
    const p = find(c);
    if (!p) return expired(c);
    const body = await c.req.parseBody();
    if (body.op === 'cancel') {
      pending.delete(c.req.param('token'));
      return messagePage(c, t.deskImport.title, [t.importCancelled], 200);
    }
    const shown = cellsOf(p.parsed, t, c.get('lang'));
    const cells = postedCells(shown, body);
    const removeMissing = body.removeMissing === '1';
    const decisions = postedChoices(body);
    const edited = applyCells(p.parsed, shown, cells, t);
    if (edited.errors.length) return review(c, p, { cells, errors: edited.errors, removeMissing, decisions });
    p.parsed = edited.parsed;
    // The rows as read keep their places beside the rows as edited: a row left out goes from both.
    p.read = { ...p.read, resolutions: edited.kept.flatMap((i) => p.read.resolutions[i] ?? []) };
    if (body.op !== 'confirm' && body.op !== 'update' && body.op !== 'new')
      return review(c, p, { removeMissing, decisions });
    const app = c.get('app');
    // Recorded as the desk's, by the signed-in person, like every other change made here.
    const opts: ImportOptions = {
      removeMissing,
      via: DESK_ADDRESS,
      decisions,
      ...(body.op === 'confirm' ? {} : { meeting: body.op }),
    };
    try {
      const r = await importMinutes(
        app.store.prisma,
        app.councilId,
        p.parsed,
        { text: p.text, name: p.name },
        deskActor(c.get('session')!),
        opts,
      );
      pending.delete(c.req.param('token'));
      const number = p.parsed.meeting.number;
      const register = number ? `/desk?meeting=${encodeURIComponent(number)}` : '/desk';
      const learn = learnForm(c, await importOffers(c, p.read, p.parsed));
      return page(
        c,
        t.deskImport.title,
        h`<div class="card"><p class="flash" role="status">${t.deskImport.done(r.created, r.updated)}</p><p><a href="${register}">${t.desk.register}</a></p></div>${learn}`,
      );
    } catch (err) {
      // Nothing was stored; another import stored a meeting like this one meanwhile: the table now asks which.
      if (err instanceof MeetingQuestionError) return review(c, p, { removeMissing, decisions });
      if (err instanceof UndecidedConflictsError) {
        const which = err.conflicts.map((x) => `${t.num(x.publicNumber)} ${t.imp.field[x.field]}`).join(t.listSep);
        return review(c, p, { removeMissing, decisions, errors: [t.deskImport.chooseEach(which)] });
      }
      throw err;
    }
  });
  return routes;
}
