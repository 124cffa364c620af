// Every affinity --set as it happened, for the page (Dataplane.affinityStamps), cut back to what a
// page may still read. Held in columns, not an object per stamp: a sticky request --sets its entry
// every time, and an object per --set outlived the young generation each time (a scavenge copied
// and promoted one per request). The columns hold strings the rules already keep and plain numbers,
// so a --set allocates nothing but the columns' growth, which a cut does not give back.

/** One --set as it happened: the store itself keeps only the latest stamp of each entry. */
export interface Stamp {
  node: string;
  spn: string;
  endpoint: string;
  clientIP: string;
  setAt: number;
  timeout: number;
}

/** Strings per stamp in `text`: node, spn, endpoint, clientIP. */
const TEXTS = 4;

export class AffinityHistory {
  /** Stamps held; the columns keep their room past it (a cut does not shrink them, so they grow only past their longest). */
  length = 0;
  /**
   * node, spn, endpoint, clientIP per stamp. Written by index and grown by doubling: a push of the
   * four measured ~350 ns a call on this VM (a loop of them, Node 20), four stores by index ~20 ns.
   */
  private text: string[] = new Array<string>(TEXTS * 1024).fill('');
  /** setAt, timeout per stamp. */
  private times = new Float64Array(2 * 1024);
  private pruneAt = 4096;

  /** Records a --set; when the list has doubled since the last cut (amortized), keeps only what a page reads from `since` on. */
  push(
    node: string,
    spn: string,
    endpoint: string,
    clientIP: string,
    setAt: number,
    timeout: number,
    since: number,
  ): void {
    const i = this.length++;
    const s = i * TEXTS;
    let { text, times } = this;
    if (s + TEXTS > text.length) {
      // Doubled by a copy of itself (a fast array; `new Array(n)` past 100,000 elements would be a dictionary).
      this.text = text = text.concat(text);
      const grown = new Float64Array(2 * times.length);
      grown.set(times);
      this.times = times = grown;
    }
    text[s] = node;
    text[s + 1] = spn;
    text[s + 2] = endpoint;
    text[s + 3] = clientIP;
    times[2 * i] = setAt;
    times[2 * i + 1] = timeout;
    if (this.length > this.pruneAt) {
      this.keepFrom(since);
      this.pruneAt = Math.max(4096, 2 * this.length);
    }
  }

  /** The stamps that decide each entry from `since` on, oldest first (decisive). */
  from(since: number): Stamp[] {
    const keep = this.decisive(since);
    const out: Stamp[] = [];
    const { text, times } = this;
    for (let i = 0; i < keep.length; i++) {
      if (keep[i] === 0) continue;
      const s = i * TEXTS;
      out.push({
        node: text[s]!,
        spn: text[s + 1]!,
        endpoint: text[s + 2]!,
        clientIP: text[s + 3]!,
        setAt: times[2 * i]!,
        timeout: times[2 * i + 1]!,
      });
    }
    return out;
  }

  /** Drops every stamp that no longer decides an entry at `since` or after, keeping the order. */
  private keepFrom(since: number): void {
    const keep = this.decisive(since);
    const { text, times } = this;
    let w = 0;
    for (let i = 0; i < keep.length; i++) {
      if (keep[i] === 0) continue;
      for (let k = 0; k < TEXTS; k++) text[w * TEXTS + k] = text[i * TEXTS + k]!;
      times[2 * w] = times[2 * i]!;
      times[2 * w + 1] = times[2 * i + 1]!;
      w++;
    }
    this.length = w;
  }

  /**
   * Which stamps decide each entry from `since` on (1: keep). An entry (node, service port, client) is
   * read at a moment as its latest stamp at or before it (AffinityStamp), so of the stamps set at or
   * before `since` only each entry's latest counts, and only while live at `since`; every later stamp
   * counts. Without this cut the history held every --set for the whole timeout (10,800 s by default:
   * ~8 million stamps for a page at 750 requests/s), which the kernel never keeps: xt_recent holds one
   * entry per client per list, at most ip_list_tot = 100 per list, each with its last ip_pkt_list_tot
   * = 20 packet times (linux net/netfilter/xt_recent.c).
   */
  private decisive(since: number): Uint8Array {
    const { text, times } = this;
    const n = this.length;
    const keep = new Uint8Array(n);
    // node → spn → clients decided (nested, so no key text is built per stamp).
    const decided = new Map<string, Map<string, Set<string>>>();
    for (let i = n - 1; i >= 0; i--) {
      const setAt = times[2 * i]!;
      if (setAt > since) {
        keep[i] = 1;
        continue;
      }
      const s = i * TEXTS;
      const node = text[s]!;
      const spn = text[s + 1]!;
      let bySpn = decided.get(node);
      if (bySpn === undefined) decided.set(node, (bySpn = new Map()));
      let clients = bySpn.get(spn);
      if (clients === undefined) bySpn.set(spn, (clients = new Set()));
      const clientIP = text[s + 3]!;
      if (clients.has(clientIP)) continue;
      clients.add(clientIP);
      if (setAt + times[2 * i + 1]! > since) keep[i] = 1;
    }
    return keep;
  }
}
