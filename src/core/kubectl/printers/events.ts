// printEvent and the Event columns (k8s.io/kubernetes pkg/printers/internalversion/printers.go):
// LAST SEEN, TYPE, REASON, OBJECT (`kind/name`, the kind lower-cased), MESSAGE (trimmed); -o wide
// puts SUBOBJECT (the field path) and SOURCE (`component, host`, else reportingComponent and
// reportingInstance: formatEventSource) before MESSAGE, and FIRST SEEN, COUNT and NAME after it.
// An Event written through events.k8s.io/v1 has no firstTimestamp: FIRST SEEN reads its eventTime,
// LAST SEEN falls back to FIRST SEEN, and COUNT is 1. The simulated clock reads whole seconds, so an
// eventTime counts from its second, as the Events recorded in the same second do.
import { since } from '../humanDuration.ts';
import { cols, type TablePrinter } from './table.ts';

export interface EventObject {
  metadata: { name: string };
  involvedObject: { kind?: string; name?: string; fieldPath?: string };
  reason?: string;
  message?: string;
  type?: string;
  source?: { component?: string; host?: string };
  firstTimestamp?: string | null;
  lastTimestamp?: string | null;
  eventTime?: string | null;
  count?: number;
  reportingComponent?: string;
  reportingInstance?: string;
}

const wholeSecond = (t: string) => t.replace(/\.\d+Z$/, 'Z');

export const eventPrinter: TablePrinter<EventObject> = {
  columns: [
    ...cols(['Last Seen', 'Type', 'Reason', 'Object']),
    ...cols([], ['Subobject', 'Source']),
    ...cols(['Message']),
    ...cols([], ['First Seen', 'Count', 'Name']),
  ],
  nameColumn: 'Name',
  row(e, ctx) {
    const now = ctx.state.now;
    const firstSeen = e.firstTimestamp
      ? since(e.firstTimestamp, now)
      : since(e.eventTime ? wholeSecond(e.eventTime) : undefined, now);
    const lastSeen = e.lastTimestamp ? since(e.lastTimestamp, now) : firstSeen;
    const kind = (e.involvedObject.kind ?? '').toLowerCase();
    const target = e.involvedObject.name ? `${kind}/${e.involvedObject.name}` : kind;
    const message = (e.message ?? '').trim();
    if (!ctx.wide) return [lastSeen, e.type ?? '', e.reason ?? '', target, message];
    const component = e.source?.component || e.reportingComponent || '';
    const instance = e.source?.host || e.reportingInstance || '';
    return [
      lastSeen,
      e.type ?? '',
      e.reason ?? '',
      target,
      e.involvedObject.fieldPath ?? '',
      instance ? `${component}, ${instance}` : component,
      message,
      firstSeen,
      String(e.count || 1),
      e.metadata.name,
    ];
  },
};
