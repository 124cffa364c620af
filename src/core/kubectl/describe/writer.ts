// The pieces every describer shares (kubectl pkg/describe/describe.go): PrefixWriter levels of
// two spaces, printLabelsMultiline, printAnnotationsMultiline (skips last-applied-configuration,
// folds values over 140 chars), DescribeEvents, formatEndpointSlices and Go's RFC1123Z time.
import type { AdmittedEndpointSlice } from '../../model/admitted.ts';
import type { ClusterEvent } from '../../model/clusterState.ts';
import { since } from '../humanDuration.ts';
import { byteCompare } from '../labelSelector.ts';
import { joinHostPort } from '../../model/hostPort.ts';
import { DESCRIBE_TABS, formatTabbed } from '../tabwriter.ts';
import { escapeTerminal } from '../terminalEscape.ts';

export class Lines {
  text = '';
  /** prefixWriter.Write: the indented text, terminal-escaped. */
  write(level: number, s: string): void {
    this.text += escapeTerminal('  '.repeat(level) + s);
  }
  /** tabbedString: the whole description goes through one tabwriter (padding 2). */
  tabbed(): string {
    return formatTabbed(this.text, DESCRIBE_TABS);
  }
}

export function printLabelsMultiline(
  w: Lines,
  title: string,
  labels: Record<string, string> | undefined,
  initialIndent = '',
  innerIndent = '\t',
): void {
  w.write(0, `${initialIndent}${title}:${innerIndent}`);
  const keys = Object.keys(labels ?? {}).sort(byteCompare);
  if (keys.length === 0) {
    w.write(0, '<none>\n');
    return;
  }
  keys.forEach((k, i) => {
    if (i !== 0) w.write(0, `${initialIndent}${innerIndent}`);
    w.write(0, `${k}=${labels?.[k]}\n`);
  });
}

const MAX_ANNOTATION_LEN = 140;
const SKIP_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);
const shorten = (s: string, max: number) => (s.length > max ? `${s.slice(0, max)}...` : s);

export function printAnnotationsMultiline(
  w: Lines,
  title: string,
  annotations: Record<string, string> | undefined,
): void {
  w.write(0, `${title}:\t`);
  const keys = Object.keys(annotations ?? {})
    .filter((k) => !SKIP_ANNOTATIONS.has(k))
    .sort(byteCompare);
  if (keys.length === 0) {
    w.write(0, '<none>\n');
    return;
  }
  keys.forEach((k, i) => {
    if (i !== 0) w.write(0, '\t');
    const value = (annotations?.[k] ?? '').replace(/\n$/, '');
    if (value.length + k.length + 2 > MAX_ANNOTATION_LEN || value.includes('\n')) {
      w.write(0, `${k}:\n`);
      for (const s of value.split('\n')) w.write(0, `\t  ${shorten(s, MAX_ANNOTATION_LEN - 2)}\n`);
    } else {
      w.write(0, `${k}: ${value}\n`);
    }
  });
}

/** For the kinds no simulated component records Events about: `Events: <none>`. */
export function describeNoEvents(w: Lines): void {
  w.write(0, 'Events:\t<none>\n');
}

/**
 * DescribeEvents: the object's Events as a table (Type, Reason, Age, From, Message), in the order
 * recorded, or `Events: <none>`. Age is the time since the Event, or for one seen more than once
 * `<since the last> (x<count> over <since the first>)` (kubectl describe/describe.go DescribeEvents).
 */
export function describeEvents(w: Lines, events: readonly ClusterEvent[], now: string): void {
  if (events.length === 0) return describeNoEvents(w);
  w.write(0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(1, '----\t------\t----\t----\t-------\n');
  for (const e of events) {
    const r = e.repeated;
    const age = r && r.count > 1 ? `${since(r.lastAt, now)} (x${r.count} over ${since(e.at, now)})` : since(e.at, now);
    w.write(1, `${e.type}\t${e.reason}\t${age}\t${e.from}\t${e.message.trim()}\n`);
  }
}

/** Ready endpoints (nil = ready) of the slices for the given port names, `ip:port`, max 3. */
export function formatEndpointSlices(
  slices: readonly AdmittedEndpointSlice[],
  portNames: ReadonlySet<string> | null,
): string {
  if (slices.length === 0) return '<none>';
  const list: string[] = [];
  const max = 3;
  let more = false;
  let count = 0;
  const visit = (e: AdmittedEndpointSlice['endpoints'][number], port?: number) => {
    if (list.length === max) more = true;
    if (e.conditions?.ready === false) return;
    if (!more) list.push(port === undefined ? (e.addresses[0] ?? '') : joinHostPort(e.addresses[0] ?? '', port));
    count++;
  };
  for (const s of slices) {
    const ports = s.ports ?? [];
    if (ports.length === 0) {
      for (const e of s.endpoints ?? []) visit(e);
      continue;
    }
    for (const p of ports) {
      if (portNames && !portNames.has(p.name ?? '')) continue;
      for (const e of s.endpoints ?? []) visit(e, p.port);
    }
  }
  const ret = list.join(',');
  return more ? `${ret} + ${count - max} more...` : ret;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** Go's time.RFC1123Z layout in UTC: `Wed, 01 Jan 2025 00:00:00 +0000`. */
export function rfc1123z(ts: string | undefined): string {
  const t = ts ? new Date(ts) : null;
  if (!t || Number.isNaN(t.getTime())) return 'Mon, 01 Jan 0001 00:00:00 +0000';
  return `${DAYS[t.getUTCDay()]}, ${two(t.getUTCDate())} ${MONTHS[t.getUTCMonth()]} ${t.getUTCFullYear()} ${two(t.getUTCHours())}:${two(t.getUTCMinutes())}:${two(t.getUTCSeconds())} +0000`;
}

/** The EndpointSlices of a Service: label kubernetes.io/service-name in its namespace. */
export function slicesOf(
  all: readonly AdmittedEndpointSlice[],
  namespace: string,
  service: string,
): AdmittedEndpointSlice[] {
  return all.filter(
    (s) => s.metadata.namespace === namespace && s.metadata.labels?.['kubernetes.io/service-name'] === service,
  );
}
