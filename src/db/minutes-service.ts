// Minutes sent as a file in the chair's chat or by the secretary: a preview with Confirm / Cancel
// buttons, then the same all-or-nothing import as the CLI. Pending previews live in memory for 30 minutes.
import { randomUUID } from 'node:crypto';
import { formatJalali } from '../core/calendar.js';
import type { ActorContext } from '../core/followup.js';
import { MESSAGES } from '../core/i18n.js';
import type { MinutesService } from '../core/ports.js';
import type { Block, Clock, Language, Reply } from '../core/types.js';
import { parseMinutesText } from '../minutes/index.js';
import { readMinutesBuffer } from '../minutes/read.js';
import { MinutesError, type ParsedMinutes } from '../minutes/types.js';
import type { Prisma } from './client.js';
import { importMinutes, planImport } from './import.js';

const TTL_MS = 30 * 60_000;

interface Pending {
  parsed: ParsedMinutes;
  text: string;
  name: string;
  expires: number;
}

export class ChatMinutesImport implements MinutesService {
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly prisma: Prisma,
    private readonly councilId: number,
    private readonly clock: Clock,
  ) {}

  async preview(file: { name: string; data: Buffer }, lang: Language): Promise<{ reply: Reply; token: string }> {
    const t = MESSAGES[lang];
    let parsed: ParsedMinutes;
    let text: string;
    try {
      ({ text } = await readMinutesBuffer(file.data, file.name));
      parsed = parseMinutesText(text, { fileName: file.name });
    } catch (err) {
      if (err instanceof MinutesError)
        return { reply: { blocks: [{ type: 'text', text: t.importBadFile(err.message) }] }, token: '' };
      throw err;
    }
    if (parsed.resolutions.length === 0)
      return { reply: { blocks: [{ type: 'text', text: t.importNothing }] }, token: '' };
    const plan = await planImport(this.prisma, this.councilId, parsed, text);
    const now = this.clock.now().getTime();
    for (const [k, p] of this.pending) if (p.expires < now) this.pending.delete(k);
    const token = randomUUID().slice(0, 8);
    this.pending.set(token, { parsed, text, name: file.name, expires: now + TTL_MS });

    const m = parsed.meeting;
    const blocks: Block[] = [
      { type: 'heading', text: t.importTitle },
      {
        type: 'text',
        text: `${t.importMeeting(t.num(m.number ?? '?'), m.gregorianDate ? formatJalali(m.gregorianDate, lang) : '?')} · ${t.importCount(parsed.resolutions.length)}`,
      },
    ];
    if (plan.isUpdate) blocks.push({ type: 'text', text: t.importUpdate });
    for (const [i, r] of parsed.resolutions.entries()) {
      const due = r.dueDate
        ? t.dueOn(formatJalali(r.dueDate, lang))
        : r.dueAtNextMeeting
          ? t.dueNextMeeting
          : r.deadline;
      blocks.push({
        type: 'item',
        number: plan.items[i]!.publicNumber,
        text: r.text,
        meta: [r.owners.length ? t.owners(r.owners.join('، ')) : t.noOwner, due].filter(Boolean).join(' · '),
      });
    }
    const fresh = plan.owners.filter((o) => o.how === 'new').map((o) => o.written);
    const merged = plan.owners.filter((o) => o.how === 'alias').map((o) => `${o.written} = ${o.existing}`);
    if (fresh.length) blocks.push({ type: 'text', text: t.importNewOwners(fresh.join('، ')) });
    if (merged.length) blocks.push({ type: 'text', text: t.importAliases(merged.join('، ')) });
    for (const r of parsed.resolutions)
      if (r.owners.length === 0) blocks.push({ type: 'text', text: t.importNoOwner(r.number) });
    return {
      token,
      reply: {
        blocks,
        kind: 'import-preview',
        buttons: [
          { label: t.importConfirm, action: 'import-confirm', value: token },
          { label: t.importCancel, action: 'import-cancel', value: token },
        ],
      },
    };
  }

  async confirm(token: string, ctx: ActorContext, lang: Language): Promise<Reply> {
    const t = MESSAGES[lang];
    const p = this.pending.get(token);
    if (!p || p.expires < this.clock.now().getTime()) return { blocks: [{ type: 'text', text: t.importExpired }] };
    this.pending.delete(token);
    const result = await importMinutes(
      this.prisma,
      this.councilId,
      p.parsed,
      { text: p.text, name: p.name },
      ctx.actor,
    );
    return { blocks: [{ type: 'text', text: t.importDone(result.created, result.updated) }], replaceOriginal: true };
  }

  async cancel(token: string, lang: Language): Promise<Reply> {
    this.pending.delete(token);
    return { blocks: [{ type: 'text', text: MESSAGES[lang].importCancelled }], replaceOriginal: true };
  }
}
