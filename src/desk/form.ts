// A desk form is read whole and judged whole. The posted fields come as typed (trimmed, never cut); one zod
// schema per form turns them into what the store takes, or says field by field why it cannot: a text over its
// limit, a date that is not a Jalali date, fields that contradict each other. A refusal comes back on the same
// form with everything that was typed, and nothing is stored. After a write the page says «ذخیره شد» only when
// something was stored, and «تغییری نبود» when the write found nothing to change.
import * as z from 'zod/mini';
import { formatJalali, readJalaliDate } from '../core/calendar.js';
import type { Messages } from '../core/i18n.js';
import { overLimit, SHORT_LIMIT, TEXT_LIMIT } from '../core/limits.js';
import type { DeskContext } from './context.js';
import { h, type Safe } from './html.js';

export type Values = Record<string, string>;

/** The posted text fields as typed, trimmed; the CSRF token and files left out. */
export async function formValues(c: DeskContext): Promise<Values> {
  const out: Values = {};
  for (const [k, v] of Object.entries(await c.req.parseBody()))
    if (typeof v === 'string' && k !== '_csrf') out[k] = v.trim();
  return out;
}

/** The posted text fields as typed, trimmed, each a list of every value sent under its name (checkboxes). */
export async function formLists(c: DeskContext): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(await c.req.parseBody({ all: true }))) {
    if (k === '_csrf') continue;
    const texts = (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');
    if (texts.length) out[k] = texts.map((x) => x.trim());
  }
  return out;
}

/** A schema's verdict: what the form means, or its first message and each field's own. */
export type Judged<T> = { ok: true; data: T } | { ok: false; error: string; errors: Record<string, string> };

export function judge<T>(schema: z.ZodMiniType<T>, values: Values | Record<string, string[]>): Judged<T> {
  const r = z.safeParse(schema, values);
  if (r.success) return { ok: true, data: r.data };
  const errors: Record<string, string> = {};
  for (const issue of r.error.issues) errors[String(issue.path[0] ?? '')] ??= issue.message;
  return { ok: false, error: r.error.issues[0]!.message, errors };
}

/** A date typed into a Jalali date field, or the message saying why it is not one (one rule for every field). */
export function deskDate(t: Messages, typed: string): { date: string } | { error: string } {
  const read = readJalaliDate(typed);
  if ('date' in read) return read;
  if (read.problem === 'gregorian')
    return { error: t.desk.gregorianDate(typed, read.sameDay ? formatJalali(read.sameDay, 'en') : null) };
  return { error: t.desk.badDate(typed) };
}

/** Adds a refusal to a transform's context: the message, on the named field (a field's own: on itself). */
export function refuse(ctx: { issues: unknown[] }, message: string, input: unknown, field?: string): typeof z.NEVER {
  (ctx.issues as object[]).push({ code: 'custom', message, input, path: field ? [field] : [] });
  return z.NEVER;
}

/** The fields desk forms are made of, each refusing in the page's language. */
export function fields(t: Messages) {
  /** Any text up to `limit` characters; absent means empty. */
  const text = (limit: number = TEXT_LIMIT) =>
    z._default(z.string(), '').check(
      z.superRefine((v: string, ctx) => {
        const length = overLimit(v, limit);
        if (length !== null) ctx.addIssue({ code: 'custom', message: t.tooLong(limit, length), input: v });
      }),
    );
  return {
    text,
    /** A short field: a name, a number, a date or a time. */
    short: () => text(SHORT_LIMIT),
    /** Text that must be given. */
    required: (message: string, limit: number = TEXT_LIMIT) => text(limit).check(z.refine((v) => v !== '', message)),
    /** An optional Jalali date: null when empty. */
    date: () =>
      z.pipe(
        text(SHORT_LIMIT),
        z.transform((v: string, ctx) => {
          if (!v) return null;
          const read = deskDate(t, v);
          return 'date' in read ? read.date : refuse(ctx, read.error, v);
        }),
      ),
    /** One of the choices a form offers, `fallback` when none is sent; anything else is a forged or stale form. */
    choice: <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
      z._default(z.enum(values, { error: t.desk.badForm }), fallback),
    /** One of the choices a form offers, which must be sent. */
    oneOf: <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: t.desk.badForm }),
  };
}

/** Where to go after a write: the page, told whether the write stored anything. */
export function afterWrite(c: DeskContext, path: string, changed: boolean, anchor = '') {
  return c.redirect(`${path}${path.includes('?') ? '&' : '?'}saved=${changed ? '1' : '0'}${anchor}`, 303);
}

/** «ذخیره شد» after a write that stored something, «تغییری نبود» after one that found nothing to change. */
export function savedFlash(c: DeskContext, saved?: string): Safe {
  const q = c.req.query('saved');
  if (q === undefined) return h``;
  const t = c.get('t').desk;
  return h`<p class="flash" role="status">${q === '0' ? t.unchanged : (saved ?? t.saved)}</p>`;
}
