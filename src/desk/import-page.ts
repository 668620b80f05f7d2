// The import page's two views: the upload form, and the editable table of what the parser read — the
// meeting header, every row's text, owners and deadline, the fields it doubts marked «(؟)», what a re-import
// would change row by row (the chat preview's words), a choice for each field both the file and a correction
// changed, a «not a resolution» box on each row and an empty row under the table for one the parser missed,
// the parser's warnings, and Confirm / Cancel.
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { formatJalali } from '../core/calendar.js';
import type { Conflict, ImportPlan } from '../db/import-plan.js';
import { changesOf, conflictValue, knownOwner, markedOwners, previewBlocks } from '../minutes/preview.js';
import type { ParsedMinutes } from '../minutes/types.js';
import type { DeskContext } from './context.js';
import { h, type Safe } from './html.js';
import type { Cells } from './import-edit.js';
import { csrfField, page } from './layout.js';
import { ownerSuggestions } from './register-page.js';

const errorsOf = (errors: string[]) =>
  errors.length ? h`<div class="error" role="alert">${errors.map((e) => h`<p>${e}</p>`)}</div>` : '';

export function uploadForm(c: DeskContext, error?: string, status: ContentfulStatusCode = 400) {
  const t = c.get('t');
  const body = h`<form class="card forms" method="post" action="/desk/import" enctype="multipart/form-data">${csrfField(c)}
<label>${t.deskImport.file}<input type="file" name="file" accept=".txt,.md,.docx" required></label>
${errorsOf(error ? [error] : [])}
<div><button type="submit">${t.deskImport.upload}</button></div>
</form>`;
  return page(c, t.deskImport.title, body, error ? status : 200);
}

export interface ReviewState {
  token: string;
  parsed: ParsedMinutes;
  plan: ImportPlan;
  /** What the cells hold: as read, or as the secretary typed them. */
  cells: Cells;
  errors: string[];
  removeMissing: boolean;
}

/** A conflict's two values as a choice; nothing is chosen until the secretary chooses. */
function conflictChoice(c: DeskContext, conflict: Conflict) {
  const t = c.get('t');
  const lang = c.get('lang');
  const option = (side: 'stored' | 'file', label: string) =>
    h`<label class="check"><input type="radio" name="conflict.${conflict.key}" value="${side}"${conflict.choice === side ? h` checked` : ''}>${label}</label>`;
  return h`<fieldset class="conflict"><legend>${t.deskImport.conflict(t.imp.field[conflict.field])}</legend>
${option('stored', t.deskImport.keepChoice(conflictValue(conflict, 'stored', lang)))}
${option('file', t.deskImport.fileChoice(conflictValue(conflict, 'file', lang)))}</fieldset>`;
}

export async function reviewPage(c: DeskContext, s: ReviewState, status: ContentfulStatusCode = 200) {
  const t = c.get('t');
  const lang = c.get('lang');
  const m = s.parsed.meeting;
  const unsure = (doubted: boolean | undefined) =>
    doubted ? h`<span class="unsure" title="${t.deskImport.unsure}">${t.imp.doubt}</span>` : '';
  const header = (['number', 'date', 'chair', 'secretary'] as const).map(
    (f) =>
      h`<label>${t.deskImport[f]}${unsure(m.doubts?.includes(f))}<input type="text" name="${f}" value="${s.cells[f]}"${f === 'date' ? h` placeholder="${t.desk.datePlaceholder}" data-jdp` : ''}></label>`,
  );
  const known = knownOwner(s.parsed, s.plan);
  const rows = s.parsed.resolutions.map((r, i) => {
    const item = s.plan.items[i];
    const doubt = (f: 'text' | 'owners' | 'deadline') => r.doubts?.includes(f);
    // Under the owners, which the council's register knows («شناخته») and which are new («تازه»).
    const marks = (f: 'owners' | 'due') =>
      f === 'owners' && r.owners.length ? h`<small class="hint">${markedOwners(r.owners, known, lang)}</small>` : '';
    // On a phone each row is a card whose cells name their column (data-label), every field full width.
    const cell = (f: 'owners' | 'due', label: string, doubted?: boolean): Safe =>
      h`<td data-label="${label}"${doubted ? h` class="doubted"` : ''}><input type="text" name="${f}.${i}" value="${s.cells[`${f}.${i}`]}" aria-label="${label} — ${t.deskImport.row} ${t.num(r.number)}"${f === 'owners' ? h` list="owners"` : ''}>${unsure(doubted)}${marks(f)}</td>`;
    const changes = changesOf(item, lang);
    const conflicts = s.plan.conflicts.filter((x) => item && x.key.startsWith(`${item.resolutionId}:`));
    const changed = changes.length > 0 || conflicts.length > 0;
    return h`<tr><th scope="row" data-label="${t.deskImport.publicNumber}">${t.num(item?.publicNumber ?? r.number)}</th><td data-label="${t.deskImport.row}">${t.num(r.number)}${unsure(r.doubts?.includes('number'))}</td>
<td data-label="${t.desk.columns.text}"${doubt('text') ? h` class="doubted"` : ''}><textarea name="text.${i}" rows="3" aria-label="${t.desk.columns.text} — ${t.deskImport.row} ${t.num(r.number)}">${s.cells[`text.${i}`]}</textarea>${unsure(doubt('text'))}</td>
${cell('owners', t.desk.owners, doubt('owners'))}${cell('due', t.desk.columns.deadline, doubt('deadline'))}
<td data-label="${t.deskImport.changes}"${changed ? '' : h` class="empty"`}>${changes.join(t.listSep)}${conflicts.map((x) => conflictChoice(c, x))}</td>
<td data-label="${t.deskImport.leaveOut}"><input type="checkbox" name="leave.${i}" value="1"${s.cells[`leave.${i}`] === '1' ? h` checked` : ''} aria-label="${t.deskImport.leaveOutRow(r.number)}"></td></tr>`;
  });
  const notes = previewBlocks(s.parsed, s.plan, lang).filter((b) => b.type === 'text');
  const q = s.plan.question;
  const button = (op: string, label: string, cls = '') =>
    h`<button type="submit" name="op" value="${op}"${cls ? h` class="${cls}"` : ''}>${label}</button>`;
  const confirm = q
    ? h`${button('update', t.imp.updateButton(t.imp.storedMeeting(q.meeting.number, q.meeting.gregorianDate ? formatJalali(q.meeting.gregorianDate, lang) : t.imp.noDate)))}${button('new', t.imp.newButton)}`
    : button('confirm', t.importConfirm);
  const body = h`<form class="card forms import" method="post" action="/desk/import/${s.token}">${csrfField(c)}
<h2>${t.deskImport.review}</h2>
<p class="hint">${t.deskImport.reviewHint}</p>
${errorsOf(s.errors)}
<ul class="notes">${notes.map((b) => h`<li>${'text' in b ? b.text : ''}</li>`)}</ul>
<fieldset><legend>${t.deskImport.meeting}</legend>${header}</fieldset>
<div class="table-wrap"><table class="import-rows"><caption class="visually-hidden">${t.deskImport.review}</caption>
<thead><tr><th scope="col">${t.deskImport.publicNumber}</th><th scope="col">${t.deskImport.row}</th><th scope="col">${t.desk.columns.text}</th><th scope="col">${t.desk.owners}</th><th scope="col">${t.desk.columns.deadline} <span class="hint">(${t.deskImport.deadlineHint})</span></th><th scope="col">${t.deskImport.changes}</th><th scope="col">${t.deskImport.leaveOut}</th></tr></thead>
<tbody>${rows}</tbody></table></div>
<fieldset class="added"><legend>${t.deskImport.addRow}</legend><p class="hint">${t.deskImport.addRowHint}</p>
<label>${t.desk.columns.text}<textarea name="text.new" rows="2">${s.cells['text.new'] ?? ''}</textarea></label>
<label>${t.desk.owners}<input type="text" name="owners.new" value="${s.cells['owners.new'] ?? ''}" list="owners"></label>
<label>${t.desk.columns.deadline}<input type="text" name="due.new" value="${s.cells['due.new'] ?? ''}" placeholder="${t.desk.datePlaceholder}" data-jdp></label></fieldset>
${s.parsed.warnings.length ? h`<section><h3>${t.deskImport.warnings}</h3><ul>${s.parsed.warnings.map((w) => h`<li>${w}</li>`)}</ul></section>` : ''}
${s.plan.missing.length ? h`<label class="check"><input type="checkbox" name="removeMissing" value="1"${s.removeMissing ? h` checked` : ''}>${t.deskImport.removeMissing}</label>` : ''}
<div class="row">${confirm}${button('check', t.deskImport.check, 'quiet')}<button type="submit" name="op" value="cancel" class="danger" formnovalidate>${t.importCancel}</button></div>
</form>${ownerSuggestions('owners', await c.get('app').store.listOwners())}`;
  return page(c, t.deskImport.title, body, status);
}
