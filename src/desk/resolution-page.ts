// One resolution: its text, owners with their status and notes, deadline, the whole history (status events
// from every chat and the desk, merged in time order with the one log of changes to the item itself) and the
// forms that change it. A form that was refused comes back with its message and what was typed.
import { formatJalali, formatJalaliDateTime } from '../core/calendar.js';
import type { Messages } from '../core/i18n.js';
import type { HistoryEntry, ResolutionView } from '../core/ports.js';
import { entryPhrase, type LogEntry, logChanges } from '../core/resolution-log.js';
import { resolutionProgress } from '../core/status.js';
import { STATUSES } from '../core/types.js';
import { DESK_ADDRESS, type DeskContext } from './context.js';
import { evidenceSection } from './evidence.js';
import { savedFlash } from './form.js';
import { attr, h, type Safe } from './html.js';
import { csrfField, page } from './layout.js';
import { learnForm, replacementOffers } from './learn.js';
import { deadlineText, ownerSuggestions, statusBadge } from './register-page.js';

export type FormName = 'text' | 'owners' | 'deadline' | 'status' | 'cancel' | 'reopen';

/** A refused form: which one, why, and what was typed. */
export interface FormState {
  form: FormName;
  error: string;
  values: Record<string, string>;
  /** The assignment a status form was for. */
  assignmentId?: number;
}

export function when(c: DeskContext, at: Date): string {
  return formatJalaliDateTime(at, c.get('app').config.COUNCIL_TIMEZONE, c.get('lang'));
}

export function via(t: Messages, address: string): string {
  return t.historyVia(address === DESK_ADDRESS ? t.desk.via : address);
}

export function eventLine(c: DeskContext, e: HistoryEntry): string {
  const t = c.get('t');
  const who = e.actorName ?? e.actorId;
  const at = when(c, e.createdAt);
  if (e.type === 'import') return t.historyImport(at, e.ownerName);
  if (e.type === 'note') return `${t.historyNote(at, who, e.ownerName, e.note ?? '')} (${via(t, e.chatAddress)})`;
  if (e.type === 'undo')
    return `${t.historyUndo(at, who, e.ownerName, t.status[e.toStatus ?? 'open'])} (${via(t, e.chatAddress)})`;
  if (e.type === 'seen') return `${t.loop.historySeen(at, who, e.ownerName)} (${via(t, e.chatAddress)})`;
  const special = specialLine(t, e, at, who);
  if (special) return `${special} (${via(t, e.chatAddress)})`;
  const percent = e.percent === null ? '' : t.loop.historyPercent(e.percent);
  const line =
    e.type === 'progress'
      ? `${at} — ${who} (${e.ownerName}): ${percent}`
      : t.historyLine(at, who, e.ownerName, t.status[e.fromStatus ?? 'open'], t.status[e.toStatus ?? 'open']) +
        (percent ? ` (${percent})` : '');
  return `${e.note ? `${line} — ${e.note}` : line} (${via(t, e.chatAddress)})`;
}

/** Requests to the chair, their answers, evidence: the lines chat's /status shows for them. */
function specialLine(t: Messages, e: HistoryEntry, at: string, who: string): string | null {
  switch (e.type) {
    case 'request':
      return t.ext.historyRequest(at, who, e.ownerName, e.note ?? '');
    case 'approved':
      return t.ext.historyApproved(at, who, e.ownerName);
    case 'declined':
      return t.ext.historyDeclined(at, who, e.ownerName, e.note ?? '');
    case 'claim':
      return t.acc.historyClaim(at, who, e.ownerName) + (e.note ? ` — ${e.note}` : '');
    case 'returned':
      return t.acc.historyReturned(at, who, e.ownerName, e.note ?? '');
    case 'evidence':
      return t.acc.historyEvidence(at, who, e.ownerName, e.note ?? '');
    case 'reopened':
      return t.acc.historyReopened(at, who, e.ownerName);
    case 'claim-withdrawn':
      return t.acc.historyWithdrawn(at, who, e.ownerName);
    case 'request-withdrawn':
      return t.ext.historyWithdrawn(at, who, e.ownerName);
    default:
      return null;
  }
}

/** A log entry as one line of text, with where it came from. */
export function logText(c: DeskContext, e: LogEntry, ownerName: (id: number) => string): string {
  const t = c.get('t');
  const changes = logChanges(e, ownerName);
  const words = { none: t.desk.none, nextMeeting: t.desk.deadlineNext, listSep: t.listSep };
  const line = t.fix.logLine(
    when(c, e.createdAt),
    e.actorName ?? e.actorId,
    entryPhrase(t, c.get('lang'), e, changes, words),
  );
  return `${line} (${via(t, e.chatAddress)})`;
}

export function logLine(c: DeskContext, e: LogEntry, ownerName: (id: number) => string): Safe {
  const t = c.get('t');
  // The text that was replaced stays readable on the page, as the minutes had it or as it was corrected.
  const previous = logChanges(e, ownerName).find((x) => x.field === 'text');
  return h`${logText(c, e, ownerName)}${previous?.field === 'text' ? h`<br><span class="hint">${t.desk.previousText}: ${previous.from}</span>` : ''}`;
}

function errorFor(state: FormState | undefined, form: FormName, assignmentId?: number): Safe {
  if (!state || state.form !== form || state.assignmentId !== assignmentId) return h``;
  return h`<p class="error" role="alert">${state.error}</p>`;
}

function typed(state: FormState | undefined, form: FormName, key: string, fallback: string): string {
  return state?.form === form ? (state.values[key] ?? fallback) : fallback;
}

function forms(c: DeskContext, r: ResolutionView, state?: FormState): Safe {
  const t = c.get('t');
  const secretary = c.get('session')?.role === 'secretary';
  const action = (what: FormName) => `/desk/r/${r.publicNumber}/${what}`;
  const active = r.assignments.filter((a) => a.status !== 'cancelled');
  const kind = typed(state, 'deadline', 'kind', r.dueAtNextMeeting ? 'next' : r.dueDate ? 'date' : 'none');
  const statusForms = r.assignments.map(
    (a) => h`<form method="post" action="${action('status')}">${csrfField(c)}
<input type="hidden" name="assignment" value="${a.id}">
<div class="row"><label>${a.ownerName}<select name="to">${STATUSES.map((s) => h`<option value="${s}"${attr('selected', (state?.assignmentId === a.id ? state.values.to : a.status) === s)}>${t.status[s]}</option>`)}</select></label>
<label>${t.desk.note}<input type="text" name="note" value="${state?.assignmentId === a.id ? (state.values.note ?? '') : ''}"></label>
<button type="submit">${t.desk.record}</button></div>${errorFor(state, 'status', a.id)}</form>`,
  );
  const cancelled = r.assignments.length > 0 && active.length === 0;
  const closeForm = h`<form method="post" action="${action(cancelled ? 'reopen' : 'cancel')}">${csrfField(c)}
<h2>${cancelled ? t.desk.reopenResolution : t.desk.cancelResolution}</h2>
<label>${t.desk.reason}<input type="text" name="reason" value="${typed(state, cancelled ? 'reopen' : 'cancel', 'reason', '')}" required></label>
${errorFor(state, cancelled ? 'reopen' : 'cancel')}
<button type="submit" class="${cancelled ? '' : 'danger'}">${cancelled ? t.desk.reopenResolution : t.desk.cancelResolution}</button></form>`;
  const secretaryForms = secretary
    ? h`<form method="post" action="${action('text')}">${csrfField(c)}
<h2>${t.desk.editText}</h2>
<label>${t.desk.columns.text}<textarea name="text" required>${typed(state, 'text', 'text', r.text)}</textarea></label>
${errorFor(state, 'text')}<button type="submit">${t.desk.save}</button></form>
<form method="post" action="${action('owners')}">${csrfField(c)}
<h2>${t.desk.editOwners}</h2>
<label>${t.desk.removeOwner} / ${t.desk.replaceWith}<select name="owner"><option value="">—</option>${active.map((a) => h`<option value="${a.ownerId}"${attr('selected', typed(state, 'owners', 'owner', '') === String(a.ownerId))}>${a.ownerName}</option>`)}</select></label>
<label>${t.desk.ownerName}<input type="text" name="name" list="owners" value="${typed(state, 'owners', 'name', '')}"></label>
<label>${t.desk.reason}<input type="text" name="reason" value="${typed(state, 'owners', 'reason', '')}"></label>
${errorFor(state, 'owners')}
<div class="row"><button type="submit" name="op" value="add">${t.desk.addOwner}</button><button type="submit" name="op" value="replace" class="quiet">${t.desk.replaceWith}</button><button type="submit" name="op" value="remove" class="quiet">${t.desk.removeOwner}</button></div></form>
<form method="post" action="${action('deadline')}">${csrfField(c)}
<h2>${t.desk.editDeadline}</h2>
<fieldset><legend class="visually-hidden">${t.desk.editDeadline}</legend>
<label class="check"><input type="radio" name="kind" value="date"${attr('checked', kind === 'date')}>${t.desk.deadlineDate}</label>
<label>${t.desk.deadlineDate}<input type="text" name="date" placeholder="${t.desk.datePlaceholder}" data-jdp value="${typed(state, 'deadline', 'date', r.dueDate ? formatJalali(r.dueDate, c.get('lang')) : '')}"></label>
<label class="check"><input type="radio" name="kind" value="next"${attr('checked', kind === 'next')}>${t.desk.deadlineNext}</label>
<label class="check"><input type="radio" name="kind" value="none"${attr('checked', kind === 'none')}>${t.desk.deadlineNone}</label></fieldset>
${errorFor(state, 'deadline')}<button type="submit">${t.desk.save}</button></form>`
    : h`${errorFor(state, 'text')}${errorFor(state, 'owners')}${errorFor(state, 'deadline')}`;
  return h`<div class="forms card">${secretaryForms}<div><h2>${t.desk.setStatus}</h2>${statusForms}</div>${closeForm}</div>`;
}

export async function resolutionView(c: DeskContext, r: ResolutionView, state?: FormState) {
  const app = c.get('app');
  const t = c.get('t');
  const lang = c.get('lang');
  const [events, log, owners, files] = await Promise.all([
    app.store.history(r.id),
    app.deps.corrections?.log(r.id) ?? [],
    app.store.listOwners(),
    app.evidence.forResolution(r.id),
  ]);
  const ownerName = (id: number) => owners.find((o) => o.id === id)?.name ?? String(id);
  // Time order across both logs; the sort is stable, so each log's own order holds within an instant.
  const history = [
    ...log.map((e) => ({ at: e.createdAt, line: logLine(c, e, ownerName) })),
    ...events.map((e) => ({ at: e.createdAt, line: h`${eventLine(c, e)}` })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  const p = resolutionProgress(r.assignments.map((a) => a.status));
  const learn = learnForm(c, await replacementOffers(c));
  const body = h`${savedFlash(c)}${learn}
<div class="card">
<p class="hint">${t.desk.meetingRow(r.meetingNumber ?? '—', r.row)} · ${t.desk.columns.deadline}: ${deadlineText(t, lang, r)} · ${statusBadge(t, p.status)}</p>
<p>${r.text}</p>
<div class="table-wrap"><table><thead><tr><th scope="col">${t.desk.owner}</th><th scope="col">${t.desk.statusLabel}</th><th scope="col">${t.loop.progressColumn}</th><th scope="col">${t.loop.seenTitle}</th><th scope="col">${t.desk.notes}</th></tr></thead>
<tbody>${r.assignments.map((a) => h`<tr><td>${a.ownerName}</td><td>${statusBadge(t, a.status)}${a.claimedAt ? h` <span class="status blocked">${t.acc.awaiting}</span>` : ''}</td><td>${a.percent === null ? '' : t.loop.percent(a.percent)}</td><td>${a.seenAt ? t.loop.seenBy(a.seenBy ?? '', when(c, a.seenAt)) : t.loop.notSeen}</td><td>${a.lastNote ?? ''}</td></tr>`)}</tbody></table></div>
</div>
${evidenceSection(c, files)}
${forms(c, r, state)}${ownerSuggestions('owners', owners)}
<section class="card"><h2>${t.desk.history}</h2>
${history.length === 0 ? h`<p>${t.desk.noHistory}</p>` : h`<ol class="history">${history.map((e) => h`<li>${e.line}</li>`)}</ol>`}</section>`;
  return page(c, t.desk.resolutionTitle(r.publicNumber), body, state ? 400 : 200);
}
