// The items a command names: each token read as an item reference and looked up once, in the order typed.
import { parseItemRef } from './numbers.js';
import type { ResolutionView, Store } from './ports.js';

export type ItemLookup =
  | { kind: 'bad_number'; token: string }
  | { kind: 'not_found'; token: string }
  | { kind: 'found'; res: ResolutionView };

/** Each token as an item: a typo or an unknown number is said as such, an item named twice is given once. */
export async function lookUpItems(store: Pick<Store, 'getResolution'>, tokens: string[]): Promise<ItemLookup[]> {
  const out: ItemLookup[] = [];
  const seen = new Set<number>();
  for (const token of tokens) {
    const ref = parseItemRef(token);
    const res = ref ? await store.getResolution(ref) : null;
    if (!ref) out.push({ kind: 'bad_number', token });
    else if (!res) out.push({ kind: 'not_found', token });
    else if (!seen.has(res.id)) {
      seen.add(res.id);
      out.push({ kind: 'found', res });
    }
  }
  return out;
}
