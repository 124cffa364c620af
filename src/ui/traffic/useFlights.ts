// The store's request results as flights: a path on the diagram, a start time and a colour.
import { useMemo } from 'react';
import { useStore } from '../store.ts';
import type { FlowElements } from '../diagram/flowShapes.ts';
import { clientStartId } from '../diagram/fromClusterView.ts';
import { clientColors } from '../diagram/layout.ts';
import { hopsToPath, type PacketPath } from './hopsToPath.ts';
import { allClientIds, isConsoleClient, withConsoleResults } from './consoleTraffic.ts';
import { clientId } from '../diagram/flowIds.ts';
import type { ClientSpec, RequestResult } from '../../worker/protocol.ts';

export interface Flight {
  start: number;
  path: PacketPath;
  color: string;
  result: RequestResult;
}

export function useFlights(elements: FlowElements): Flight[] {
  const traffic = useStore((s) => s.results);
  const consoleTraffic = useStore((s) => s.console);
  const running = useStore((s) => s.running);
  const view = useStore((s) => s.view);
  // Answers append (the store keeps the older results as they were): a result already flown on the
  // same boxes, clients and colours keeps its flight, so an answer maps only its new results.
  const cache = useMemo(() => flightCache(elements, running, consoleTraffic), [elements, running, consoleTraffic]);
  return useMemo(() => {
    if (!view) return [];
    const colors = clientColors(allClientIds(running, consoleTraffic));
    return toFlights(withConsoleResults(traffic, consoleTraffic.results), running, elements, colors, cache);
  }, [traffic, consoleTraffic, running, view, elements, cache]);
}

/** A new cache of flights for these boxes, clients and console traffic (a flight depends on them). */
const flightCache = (..._dependsOn: unknown[]) => new WeakMap<RequestResult, Flight>();

/**
 * Results as flights on `elements` (the main diagram's, or a compare side's own). `cache`: flights
 * already made from these results on the same elements, clients and colours (the caller resets it
 * when any of them changes).
 */
export function toFlights(
  results: readonly RequestResult[],
  running: readonly ClientSpec[],
  elements: FlowElements,
  colors: ReadonlyMap<string, string>,
  cache?: WeakMap<RequestResult, Flight>,
): Flight[] {
  let nodeIds: Set<string> | null = null;
  const byId = new Map<string, ClientSpec>(running.map((c) => [c.id, c]));
  return results.map((r) => {
    const known = cache?.get(r);
    if (known) return known;
    const spec = r.clientId ? byId.get(r.clientId) : undefined;
    // A console request starts at the box of the pod it was typed in (consoleTraffic.ts).
    const start = spec ? clientStartId(spec) : isConsoleClient(r.clientId) ? clientId(r.clientId!) : 'client:?';
    const path = pathOf(r, start, elements, () => {
      nodeIds ??= new Set(elements.nodes.map((n) => n.id));
      return hopsToPath(r, { start, edges: elements.edges, nodeIds, namespace: 'default' });
    });
    const flight = { start: r.time, path, color: (r.clientId && colors.get(r.clientId)) || '#E69F00', result: r };
    cache?.set(r, flight);
    return flight;
  });
}

/**
 * Paths already made on these boxes, by hop list. The worker sends equal hop lists of one answer as
 * one array (worker/shareRepeats.ts), and a path is made from the hops and the few result fields
 * named in the key, so results that share their hops and those fields share one path: made once,
 * and sent to the packet painter once. A result with a `why` (an object, on failures) is mapped
 * on its own.
 */
const pathMemo = new WeakMap<FlowElements, WeakMap<readonly unknown[], Map<string, PacketPath>>>();

function pathOf(r: RequestResult, start: string, elements: FlowElements, make: () => PacketPath): PacketPath {
  if (r.why) return make();
  let byHops = pathMemo.get(elements);
  if (!byHops) pathMemo.set(elements, (byHops = new WeakMap()));
  let byKey = byHops.get(r.hops);
  if (!byKey) byHops.set(r.hops, (byKey = new Map()));
  const e = r.entry;
  const key = [start, r.outcome, r.pod ?? '', e ? `${e.kind}/${e.namespace ?? ''}/${e.name}` : '', r.reason ?? ''].join(
    '\u0000',
  );
  let path = byKey.get(key);
  if (!path) byKey.set(key, (path = make()));
  return path;
}
