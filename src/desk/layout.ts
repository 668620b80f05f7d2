// The page shell: Persian right-to-left by default, the language switch and sign-out as forms (they change
// state, so they are POSTs with the CSRF token), the stylesheet and font from the desk itself.
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { DeskContext } from './context.js';
import { h, type Safe } from './html.js';

export function csrfField(c: DeskContext): Safe {
  return h`<input type="hidden" name="_csrf" value="${c.get('session')?.csrf ?? ''}">`;
}

export function page(c: DeskContext, title: string, body: Safe, status: ContentfulStatusCode = 200) {
  const t = c.get('t');
  const lang = c.get('lang');
  const s = c.get('session');
  // Where the language switch returns to: this page, or for a refused form the page the form is on.
  const url = new URL(c.req.url);
  const back = c.req.method === 'GET' ? url.pathname + url.search : url.pathname.replace(/\/[a-z]+$/, '');
  const top = s
    ? h`<header class="top">
  <span class="brand">${t.desk.title}</span>
  <nav aria-label="${t.desk.title}"><a href="/desk/home">${t.deskHome.title}</a><a href="/desk">${t.desk.register}</a>${s.role === 'secretary' ? h`<a href="/desk/new">${t.desk.newResolution}</a>` : ''}<a href="/desk/import">${t.deskImport.title}</a><a href="/desk/meetings">${t.deskMeetings.title}</a><a href="/desk/owners">${t.deskOwners.title}</a><a href="/desk/days-off">${t.deskDaysOff.title}</a><a href="/desk/audit">${t.deskAudit.title}</a><a href="/desk/reports">${t.deskReports.title}</a>${s.role === 'secretary' ? h`<a href="/desk/sessions">${t.deskSessions.title}</a>` : ''}</nav>
  <div class="who">
    <span>${t.desk.signedInAs(s.name ?? s.userId, t.desk.role[s.role])}</span>
    <form method="post" action="/desk/lang">${csrfField(c)}<input type="hidden" name="to" value="${t.desk.otherLanguageCode}"><input type="hidden" name="back" value="${back}"><button class="quiet" type="submit" lang="${t.desk.otherLanguageCode}">${t.desk.otherLanguage}</button></form>
    <form method="post" action="/desk/signout">${csrfField(c)}<button class="quiet" type="submit">${t.desk.signOut}</button></form>
  </div>
</header>`
    : h`<header class="top"><span class="brand">${t.desk.title}</span></header>`;
  const doc = h`<!doctype html>
<html lang="${lang}" dir="${lang === 'fa' ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — ${t.desk.title}</title>
<link rel="stylesheet" href="/desk/static/jalalidatepicker.css">
<link rel="stylesheet" href="/desk/static/desk.css">
<script src="/desk/static/jalalidatepicker.js" defer></script>
<script src="/desk/static/desk.js" defer></script>
</head>
<body>
<a class="skip" href="#main">${t.deskHome.skip}</a>
${top}
<main id="main">
<h1>${title}</h1>
${body}
</main>
</body>
</html>`;
  return c.html(doc.value, status);
}

/** A page that only says something (a used link, a missing session, a bad form). */
export function messagePage(c: DeskContext, title: string, lines: string[], status: ContentfulStatusCode) {
  return page(c, title, h`<div class="card">${lines.map((l) => h`<p>${l}</p>`)}</div>`, status);
}
