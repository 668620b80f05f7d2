// Evidence files at the desk: listed on a resolution's page, downloaded by the secretariat only (roles.ts), each read
// back from the evidence folder by its hash.
import { Hono } from 'hono';
import { formatJalaliDateTime } from '../core/calendar.js';
import type { EvidenceView } from '../core/evidence.js';
import type { DeskContext, DeskEnv } from './context.js';
import { download } from './download.js';
import { h } from './html.js';
import { messagePage } from './layout.js';

/** The section of a resolution's page: each file with who sent it, a link for the secretary, its hash. */
export function evidenceSection(c: DeskContext, files: EvidenceView[]) {
  if (files.length === 0) return '';
  const t = c.get('t');
  const secretary = c.get('session')?.role === 'secretary';
  const size = (n: number) => t.acc.kb(Math.max(1, Math.round(n / 1024)));
  return h`<section class="card"><h2>${t.acc.deskTitle}</h2><ul>${files.map(
    (f) =>
      h`<li>${secretary ? h`<a href="/desk/evidence/${f.id}">${f.name}</a>` : f.name} — ${t.acc.deskLine(f.ownerName, f.actorName ?? '', formatJalaliDateTime(f.createdAt, c.get('app').config.COUNCIL_TIMEZONE, c.get('lang')), size(f.size))}${f.note ? ` — ${f.note}` : ''} <code dir="ltr">sha256:${f.sha256.slice(0, 16)}…</code></li>`,
  )}</ul></section>`;
}

export function evidenceRoutes(): Hono<DeskEnv> {
  const routes = new Hono<DeskEnv>();
  routes.get('/evidence/:id{[0-9]+}', async (c) => {
    const t = c.get('t');
    const found = await c.get('app').evidence.open(Number(c.req.param('id')));
    if (!found) return messagePage(c, t.desk.notFound, [t.acc.deskMissing], 404);
    const ascii = `evidence-${found.file.id}.${found.file.name.split('.').pop() ?? 'bin'}`;
    return download(c, found.data, found.file.mime, found.file.name, ascii);
  });
  return routes;
}
