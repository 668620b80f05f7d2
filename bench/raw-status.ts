// The raw `/status`: what a program written straight against the driver would do for the same answer, none of
// it peygir's: one join of its own reading every item of the council with its current owners, the owners some
// chat reaches, then one pass that counts the totals, each owner's exclusive parts and average progress, the
// overdue items (oldest first) and the blocked ones, and writes the lines. The bench checks once that its
// totals are peygir's.
import type { Provider } from '../test/helpers/db.js';
import type { RawDb } from './raw.js';

const ITEMS = `SELECT r."id", r."publicNumber", r."text", r."dueDate", a."ownerId", o."name", a."status", a."lastNote",
  a."percent"
FROM "Resolution" r
LEFT JOIN "Assignment" a ON a."resolutionId" = r."id" AND a."removedAt" IS NULL
LEFT JOIN "Owner" o ON o."id" = a."ownerId"
WHERE r."councilId" = $1
ORDER BY r."publicNumber", a."id"`;

const REACHED = `SELECT DISTINCT "ownerId" FROM "ChatBinding" WHERE "councilId" = $1 AND "active" = $2 AND "ownerId" IS NOT NULL`;

export interface RawStatus {
  total: number;
  done: number;
  overdue: number;
  lines: string[];
}

const DAY = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

interface OwnerTally {
  name: string;
  open: number;
  started: number;
  blocked: number;
  late: number;
  done: number;
  sum: number;
  counted: number;
}

export async function rawStatus(db: RawDb, provider: Provider, councilId: number, today: string): Promise<RawStatus> {
  const rows = await db.all(ITEMS, [councilId]);
  const reached = new Set((await db.all(REACHED, [councilId, provider === 'sqlite' ? 1 : true])).map((r) => r[0]));
  const owners = new Map<number, OwnerTally>();
  const late: { n: number; text: string; days: number; who: string[] }[] = [];
  const blocked: { n: number; text: string; why: string[] }[] = [];
  let total = 0;
  let done = 0;
  let overdue = 0;
  let i = 0;
  while (i < rows.length) {
    const id = rows[i]![0];
    const n = rows[i]![1] as number;
    const text = rows[i]![2] as string;
    const due = rows[i]![3] as string | null;
    let shares = 0;
    let closed = 0;
    let cancelled = 0;
    const pendingOwners: string[] = [];
    const why: string[] = [];
    const first = i;
    for (; i < rows.length && rows[i]![0] === id; i++) {
      const c = rows[i]!;
      if (c[4] === null) continue;
      shares++;
      const status = c[6] as string;
      if (status === 'done' || status === 'cancelled') closed++;
      else pendingOwners.push(c[5] as string);
      if (status === 'cancelled') cancelled++;
      if (status === 'blocked') why.push(`${c[5]}: ${c[7] ?? '—'}`);
    }
    total++;
    const itemDone = shares > 0 && closed === shares;
    if (itemDone) done++;
    const itemLate = due !== null && due < today && !itemDone && !(shares > 0 && cancelled === shares);
    if (itemLate) {
      overdue++;
      late.push({ n, text, days: daysBetween(due, today), who: pendingOwners });
    }
    if (why.length > 0) blocked.push({ n, text, why });
    for (let j = first; j < i; j++) {
      const c = rows[j]!;
      if (c[4] === null) continue;
      const ownerId = c[4] as number;
      let o = owners.get(ownerId);
      if (!o) {
        o = { name: c[5] as string, open: 0, started: 0, blocked: 0, late: 0, done: 0, sum: 0, counted: 0 };
        owners.set(ownerId, o);
      }
      const status = c[6] as string;
      if (status === 'cancelled') continue;
      o.counted++;
      if (status === 'done') {
        o.done++;
        o.sum += 100;
        continue;
      }
      o.sum += c[8] === null ? 0 : Number(c[8]);
      if (due !== null && due < today) o.late++;
      else if (status === 'in_progress') o.started++;
      else if (status === 'blocked') o.blocked++;
      else o.open++;
    }
  }
  late.sort((a, b) => b.days - a.days || a.n - b.n);
  const short = (s: string) => (s.length > 80 ? `${s.slice(0, 79)}…` : s);
  const lines = [`${total} ${done} ${total - done} ${overdue}`];
  for (const [id, o] of owners) {
    const percent = o.counted === 0 ? '' : ` ${Math.round(o.sum / o.counted)}%`;
    lines.push(
      `${reached.has(id) ? '' : '! '}${o.name} ${o.open} ${o.started} ${o.blocked} ${o.late} ${o.done}${percent}`,
    );
  }
  for (const l of late) lines.push(`${l.n} ${short(l.text)} ${l.who.join(', ')} ${l.days}`);
  for (const b of blocked) lines.push(`${b.n} ${short(b.text)} ${b.why.join(' · ')}`);
  return { total, done, overdue, lines };
}
