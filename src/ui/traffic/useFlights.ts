// The store's request results as flights: a path on the diagram, a start time and a colour.
import { useMemo } from 'react';
import { useStore } from '../store.ts';
import type { FlowElements } from '../diagram/toFlowElements.ts';
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
  return useMemo(() => {
    if (!view) return [];
    const colors = clientColors(allClientIds(running, consoleTraffic));
    return toFlights(withConsoleResults(traffic, consoleTraffic.results), running, elements, colors);
  }, [traffic, consoleTraffic, running, view, elements]);
}

/** Results as flights on `elements` (the main diagram's, or a compare side's own). */
export function toFlights(
  results: readonly RequestResult[],
  running: readonly ClientSpec[],
  elements: FlowElements,
  colors: ReadonlyMap<string, string>,
): Flight[] {
  const nodeIds = new Set(elements.nodes.map((n) => n.id));
  const byId = new Map<string, ClientSpec>(running.map((c) => [c.id, c]));
  return results.map((r) => {
    const spec = r.clientId ? byId.get(r.clientId) : undefined;
    // A console request starts at the box of the pod it was typed in (consoleTraffic.ts).
    const start = spec ? clientStartId(spec) : isConsoleClient(r.clientId) ? clientId(r.clientId!) : 'client:?';
    const path = hopsToPath(r, { start, edges: elements.edges, nodeIds, namespace: 'default' });
    return { start: r.time, path, color: (r.clientId && colors.get(r.clientId)) || '#E69F00', result: r };
  });
}
