// peygir doctor's call to a messenger's API: its JSON answer and the server's clock (its Date header), which
// the clock check compares with ours.
const TIMEOUT_MS = 10_000;

export interface Probe {
  json: Record<string, unknown>;
  /** The server's clock, from its Date header. */
  date: number | null;
}

export async function probe(url: string, init: RequestInit = {}): Promise<Probe> {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  const date = res.headers.get('date');
  return { json: (await res.json()) as Record<string, unknown>, date: date ? Date.parse(date) : null };
}
