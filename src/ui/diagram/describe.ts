// Short display strings for boxes. Formatting only; the values come from the core's view.
import type { ViewPort } from './viewShape.ts';

/** `80 → 9376` per port (named ports keep their name), and the nodePorts separately (`30007`). */
export function describePorts(ports: readonly ViewPort[]): { ports: string[]; nodePorts: string[] } {
  const out: string[] = [];
  const nodePorts: string[] = [];
  for (const p of ports) {
    const proto = p.protocol !== 'TCP' ? `/${p.protocol}` : '';
    const name = p.name ? `${p.name}: ` : '';
    out.push(`${name}${p.port} → ${p.targetPort}${proto}`);
    if (p.nodePort) nodePorts.push(String(p.nodePort));
  }
  return { ports: out, nodePorts };
}

export function labelPairs(labels: Readonly<Record<string, string>> | undefined): string[] {
  return Object.entries(labels ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`);
}

export function selectorText(selector: Readonly<Record<string, string>> | undefined): string {
  const pairs = labelPairs(selector);
  return pairs.length === 0 ? '(no selector)' : pairs.join(', ');
}
