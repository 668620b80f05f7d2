// A readable preview of minutes before import: meeting, items, owners, deadlines, warnings.
import { formatJalali } from '../core/calendar.js';
import type { ImportPlan } from '../db/import.js';
import type { ParsedMinutes } from '../minutes/types.js';

export function renderPreview(parsed: ParsedMinutes, plan: ImportPlan | null): string {
  const m = parsed.meeting;
  const lines: string[] = [];
  const date = m.gregorianDate ? `${formatJalali(m.gregorianDate, 'en')} (${m.gregorianDate})` : 'unknown date';
  lines.push(
    `Meeting ${m.number ?? '(no number)'} — ${date}${m.startTime ? `, ${m.startTime}–${m.endTime ?? '?'}` : ''}`,
  );
  if (m.chair || m.secretary) lines.push(`Chair: ${m.chair ?? '?'} · Secretary: ${m.secretary ?? '?'}`);
  if (plan?.isUpdate) lines.push('This meeting was imported before: its items will be updated, not duplicated.');
  lines.push(`${parsed.resolutions.length} resolution(s):`);
  for (const [i, r] of parsed.resolutions.entries()) {
    const n = plan?.items[i] ? `#${plan.items[i]!.publicNumber}` : '';
    lines.push(`  ${r.number}. ${n ? `${n} ` : ''}${r.text}`);
    lines.push(`     owners: ${r.owners.length ? r.owners.join(' / ') : '(none)'}`);
    if (r.deadline || r.dueDate || r.dueAtNextMeeting) {
      const due = r.dueDate ? ` → ${formatJalali(r.dueDate, 'en')}` : r.dueAtNextMeeting ? ' → next meeting' : '';
      lines.push(`     deadline: ${r.deadline ?? ''}${due}`);
    }
  }
  if (plan) {
    const fresh = plan.owners.filter((o) => o.how === 'new').map((o) => o.written);
    const merged = plan.owners.filter((o) => o.how === 'alias').map((o) => `${o.written} = ${o.existing}`);
    if (fresh.length) lines.push(`New owners to create: ${fresh.join(', ')}`);
    if (merged.length) lines.push(`Owners matched by alias: ${merged.join(', ')}`);
  }
  const warnings = plan?.warnings ?? parsed.warnings;
  for (const w of warnings) lines.push(`warning: ${w}`);
  return lines.join('\n');
}
