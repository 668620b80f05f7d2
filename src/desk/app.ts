// The desk as one Hono sub-app, mounted at /desk on the HTTP listener: static files and sign-in open to
// all, everything else behind a session, every response with the security headers.
import { Hono } from 'hono';
import type { App } from '../app.js';
import { auditRoutes } from './audit.js';
import { bulkRoutes } from './bulk.js';
import type { DeskEnv } from './context.js';
import { daysOffRoutes } from './days-off.js';
import { evidenceRoutes } from './evidence.js';
import { homeView } from './home.js';
import { importRoutes, uploadLimit } from './import-routes.js';
import { importUndoRoutes } from './import-undo.js';
import { messagePage } from './layout.js';
import { learnRoutes } from './learn.js';
import { meetingRoutes } from './meetings.js';
import { newResolutionRoutes } from './new-resolution.js';
import { ownerRoutes } from './owners.js';
import { registerView } from './register-page.js';
import { reportRoutes } from './reports.js';
import { resolutionRoutes } from './resolution-forms.js';
import { guardSecretaryRoutes } from './roles.js';
import { savedFilterRoutes } from './saved-filters.js';
import { loadSession, requireSession, securityHeaders } from './security.js';
import { sessionRoutes } from './sessions.js';
import { accountRoutes, signInRoutes } from './signin.js';
import { staticRoutes } from './static.js';

export function deskRoutes(app: App): Hono<DeskEnv> {
  const desk = new Hono<DeskEnv>();
  desk.use('*', securityHeaders());
  desk.route('/', staticRoutes());
  desk.use('*', loadSession(app));
  desk.route('/', signInRoutes());
  desk.use('/import', uploadLimit());
  desk.use('*', requireSession());
  guardSecretaryRoutes(desk);
  desk.route('/', accountRoutes());
  desk.get('/', (c) => registerView(c));
  desk.get('/home', homeView);
  desk.route('/', resolutionRoutes());
  desk.route('/', newResolutionRoutes());
  desk.route('/', importRoutes());
  desk.route('/', meetingRoutes());
  desk.route('/', importUndoRoutes());
  desk.route('/', ownerRoutes());
  desk.route('/', learnRoutes());
  desk.route('/', reportRoutes());
  desk.route('/', sessionRoutes());
  desk.route('/', daysOffRoutes());
  desk.route('/', auditRoutes());
  desk.route('/', evidenceRoutes());
  desk.route('/', bulkRoutes());
  desk.route('/', savedFilterRoutes(registerView));
  desk.all('*', (c) => messagePage(c, c.get('t').desk.notFound, [c.get('t').desk.notFound], 404));
  return desk;
}
