// printEndpoints / formatEndpoints and printEndpointSlice / formatDiscoveryPorts /
// formatDiscoveryEndpoints (k8s.io/kubernetes pkg/printers/internalversion/printers.go).
import type { AdmittedEndpointSlice, AdmittedEndpoints } from '../../model/admitted.ts';
import { ageOf } from '../humanDuration.ts';
import { cols, listWithMore, type TablePrinter } from './table.ts';
import { joinHostPort } from '../../model/hostPort.ts';

/** Ready addresses only (subset.addresses, not notReadyAddresses), max 3 then `+ N more...`. */
export function formatEndpoints(ep: AdmittedEndpoints, portNames?: ReadonlySet<string>): string {
  const subsets = ep.subsets ?? [];
  if (subsets.length === 0) return '<none>';
  const list: string[] = [];
  const max = 3;
  let more = false;
  let count = 0;
  for (const ss of subsets) {
    const addresses = ss.addresses ?? [];
    if ((ss.ports ?? []).length === 0) {
      count += addresses.length;
      for (const a of addresses) {
        if (list.length === max) {
          more = true;
          break;
        }
        list.push(a.ip);
      }
      continue;
    }
    for (const port of ss.ports ?? []) {
      if (portNames && !portNames.has(port.name ?? '')) continue;
      count += addresses.length;
      for (const a of addresses) {
        if (list.length === max) {
          more = true;
          break;
        }
        list.push(joinHostPort(a.ip, port.port));
      }
    }
  }
  const ret = list.join(',');
  return more ? `${ret} + ${count - max} more...` : ret;
}

export const endpointsPrinter: TablePrinter<AdmittedEndpoints> = {
  columns: cols(['Name', 'Endpoints', 'Age']),
  row: (ep, ctx) => [ep.metadata.name, formatEndpoints(ep), ageOf(ep.metadata, ctx.state)],
};

export function formatDiscoveryPorts(ports: AdmittedEndpointSlice['ports']): string {
  const list: string[] = [];
  const max = 3;
  let more = false;
  let count = 0;
  for (const p of ports ?? []) {
    if (list.length < max) list.push(p.port !== undefined ? String(p.port) : p.name !== undefined ? p.name : '*');
    else if (list.length === max) more = true;
    count++;
  }
  return listWithMore(list, more, count, max);
}

/** Every address, ready or not. */
export function formatDiscoveryEndpoints(endpoints: AdmittedEndpointSlice['endpoints']): string {
  const list: string[] = [];
  const max = 3;
  let more = false;
  let count = 0;
  for (const e of endpoints ?? []) {
    for (const a of e.addresses ?? []) {
      if (list.length < max) list.push(a);
      else if (list.length === max) more = true;
      count++;
    }
  }
  return listWithMore(list, more, count, max);
}

export const endpointSlicePrinter: TablePrinter<AdmittedEndpointSlice> = {
  columns: cols(['Name', 'AddressType', 'Ports', 'Endpoints', 'Age']),
  row: (s, ctx) => [
    s.metadata.name,
    s.addressType,
    formatDiscoveryPorts(s.ports),
    formatDiscoveryEndpoints(s.endpoints),
    ageOf(s.metadata, ctx.state),
  ],
};
