// The affinity store's index of chain heads (affinity.ts): every bucket's first entry per client,
// found by (bucket number, client) in one open-addressed table. Its own file: a hash table with
// linear probing and backward-shift deletion is one job, the xt_recent / IPVS semantics another.

/** What the index reads of an entry: its bucket's number and client, and the hash it keeps there. */
export interface HeadEntry {
  seq: number;
  clientIP: string;
  /** Set by the index when the entry is added (or takes another's place). */
  hash: number;
}

/**
 * The heads of every bucket's client chains, by (bucket, client), in one open-addressed table
 * (linear probing): a sticky request finds its entry with one load of the table and one of the entry,
 * where the bucket, its map and the map's table were three more, cold with 10,000 Services. The
 * buckets' maps stay what entries(), retain and prune walk; this only finds a head again.
 */
export class HeadIndex<T extends HeadEntry> {
  private slots: (T | null)[] = nulls<T>(1024);
  private mask = 1023;
  private count = 0;
  /** The last client hashed and its hash: a --set follows its check with the same text. */
  private lastClient = '';
  private lastHash = 0;

  /** The head for (bucket `id`, `bucket`, client), or undefined. */
  find(id: number, clientIP: string, clientNum: number | null | undefined): T | undefined {
    const { slots, mask } = this;
    for (let i = this.hash(id, clientIP, clientNum) & mask; ; i = (i + 1) & mask) {
      const r = slots[i]!;
      if (r === null) return undefined;
      if (r.seq === id && r.clientIP === clientIP) return r;
    }
  }

  add(r: T, id: number, clientIP: string, clientNum: number | null | undefined): void {
    r.hash = this.hash(id, clientIP, clientNum);
    if (2 * (this.count + 1) > this.slots.length) this.grow();
    this.place(r);
    this.count++;
  }

  /** `next` takes `was`'s place (the same bucket and client). */
  replace(was: T, next: T): void {
    next.hash = was.hash;
    this.slots[this.indexOf(was)] = next;
  }

  remove(r: T): void {
    const { slots, mask } = this;
    let i = this.indexOf(r);
    slots[i] = null;
    this.count--;
    // Backward-shift deletion: later entries of the probe run move up so no search stops early.
    for (let j = (i + 1) & mask; ; j = (j + 1) & mask) {
      const s = slots[j]!;
      if (s === null) return;
      const home = s.hash & mask;
      // s stays when its home lies cyclically in (i, j].
      if (i <= j ? i < home && home <= j : i < home || home <= j) continue;
      slots[i] = s;
      slots[j] = null;
      i = j;
    }
  }

  private indexOf(r: T): number {
    const { slots, mask } = this;
    let i = r.hash & mask;
    while (slots[i] !== r) i = (i + 1) & mask;
    return i;
  }

  private place(r: T): void {
    const { slots, mask } = this;
    let i = r.hash & mask;
    while (slots[i] !== null) i = (i + 1) & mask;
    slots[i] = r;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = nulls<T>(2 * old.length);
    this.mask = this.slots.length - 1;
    for (const r of old) if (r !== null) this.place(r);
  }

  /** The client's IPv4 number or else FNV-1a of its text, mixed with the bucket's number; a small integer. */
  private hash(id: number, clientIP: string, clientNum: number | null | undefined): number {
    let h: number;
    if (clientNum !== undefined && clientNum !== null) h = clientNum | 0;
    else if (clientIP === this.lastClient) h = this.lastHash;
    else {
      h = 0x811c9dc5;
      for (let k = 0; k < clientIP.length; k++) h = Math.imul(h ^ clientIP.charCodeAt(k), 0x01000193);
      this.lastClient = clientIP;
      this.lastHash = h;
    }
    h = Math.imul(h ^ Math.imul(id + 1, 0x9e3779b1), 0x85ebca6b);
    return (h ^ (h >>> 15)) & 0x3fffffff;
  }
}

/** `n` nulls in a fast (not dictionary) array: `new Array(n)` past 100,000 elements would be one. */
function nulls<T>(n: number): (T | null)[] {
  const out: (T | null)[] = [];
  for (let i = 0; i < n; i++) out.push(null);
  return out;
}
