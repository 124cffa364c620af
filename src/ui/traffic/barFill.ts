// How one pod's bar in the traffic counters is painted: each client's share of the pod's answers as
// a band of that client's colour, left to right in client order, all in one CSS background (a
// gradient with hard stops). One element per bar instead of one per client: the page changes a
// bar's style once per refresh, not once per client.

/** A client's answers on one pod, in the bar's order (by client id). */
export function shares(byClient: Readonly<Record<string, number>>): [client: string, count: number][] {
  return Object.entries(byClient)
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The CSS background of a bar. Colours come from the page's palette (`colors`, by client id), never
 * from the ids themselves; a client without one gets `fallback`. Stops are rounded to 0.1 %, finer
 * than a pixel of the widest bar, so a refresh that moves no band leaves the style string as it was.
 */
export function barFill(
  byClient: Readonly<Record<string, number>>,
  colors: ReadonlyMap<string, string>,
  fallback = 'var(--k-pod)',
): string {
  const bands = shares(byClient);
  const colorOf = (client: string): string => colors.get(client) ?? fallback;
  if (bands.length === 0) return 'transparent';
  if (bands.length === 1) return colorOf(bands[0]![0]);
  const total = bands.reduce((sum, [, n]) => sum + n, 0);
  const at = (n: number): string => `${Math.round((1000 * n) / total) / 10}%`;
  let done = 0;
  const stops = bands.map(([client, n]) => {
    const from = at(done);
    done += n;
    return `${colorOf(client)} ${from} ${at(done)}`;
  });
  return `linear-gradient(to right, ${stops.join(', ')})`;
}

/**
 * A bar's length as a transform, `count` of `max` (the fill is the bar's full width, scaled from its
 * left edge). A transform is painted, not laid out: a longer bar costs no layout of the page, as a
 * width did. Rounded to 0.001, so a refresh that leaves the length leaves the style string.
 */
export function fillScale(count: number, max: number): string {
  return `scaleX(${Math.round((1000 * count) / Math.max(1, max)) / 1000})`;
}
