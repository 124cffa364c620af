// The Events as the API server returns them in core/v1 (`kubectl get events`), built from
// clusterEvents.ts. How a v1.34 component writes one:
// - client-go tools/record (kubelet, the controllers of kube-controller-manager and the cloud
//   controller manager; record/event.go makeEvent, generateEvent): firstTimestamp = lastTimestamp
//   = the time, count 1, source {component, host}, reportingComponent = the component,
//   reportingInstance = the host ("" for controllers), eventTime null;
// - client-go tools/events, events.k8s.io/v1 (the scheduler; events/event_recorder.go makeEvent):
//   eventTime (microseconds), action, reportingInstance `<controller>-<hostname>`; read through
//   core/v1 (pkg/apis/events/v1/conversion.go) it has `source: {}`, firstTimestamp and
//   lastTimestamp null and no count.
// Both name it `<involvedObject.name>.<UnixNano in hex>` (record/util/util.go GenerateEventName) in
// the object's namespace. The simulator knows each Event's second; within the second the Events
// follow one another in the order recorded, microseconds apart, so every name is distinct and
// sorts (as the API server lists them, by name) in the order they happened.
import type { AdmittedObject } from '../model/admitted.ts';
import type { ClusterEvent, ClusterState } from '../model/clusterState.ts';
import { objectKey } from '../model/objects.ts';
import { deterministicUid } from '../api/systemMeta.ts';
import { hashString } from '../random/rng.ts';
import { CONTROL_PLANE_HOSTNAME } from './systemObjects.ts';
import { allEvents } from './clusterEvents.ts';

const involvedKinds = (s: ClusterState): readonly (readonly AdmittedObject[])[] =>
  [s.pods, s.services, s.deployments, s.replicaSets, s.statefulSets, s.daemonSets] as unknown as AdmittedObject[][];

/** Nanoseconds into its second for each event: increasing in recorded order, 1–11 µs apart. */
function subSecond(events: readonly ClusterEvent[]): number[] {
  const last = new Map<string, number>();
  return events.map((e) => {
    const step = 1000 + (hashString(`${e.about}|${e.reason}|${e.message}`) % 10_000);
    const n = Math.min((last.get(e.at) ?? 0) + step, 999_999_999);
    last.set(e.at, n);
    return n;
  });
}

const rfc3339 = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function eventObjects(state: ClusterState): AdmittedObject[] {
  const events = allEvents(state);
  const byKey = new Map<string, AdmittedObject>();
  let revision = 0;
  for (const list of involvedKinds(state))
    for (const o of list) {
      byKey.set(objectKey(String(o.kind), o.metadata.namespace, o.metadata.name), o);
      revision = Math.max(revision, Number(o.metadata.resourceVersion ?? 0));
    }
  const nanos = subSecond(events);
  return events.map((e, i) => {
    const [kind = '', namespace = '', name = ''] = e.about.split('/');
    const involved = byKey.get(e.about);
    const second = Date.parse(e.at);
    const unixNano = BigInt(second) * 1_000_000n + BigInt(nanos[i] ?? 0);
    const ns = namespace || 'default';
    // A name that is not a valid DNS subdomain (too long) becomes a UUID.
    const generated = `${name}.${unixNano.toString(16)}`;
    const eventName = generated.length <= 253 ? generated : deterministicUid(state.seed, `Event/${ns}/${generated}`);
    const at = rfc3339(second);
    const micro = `${at.slice(0, -1)}.${String(Math.floor((nanos[i] ?? 0) / 1000)).padStart(6, '0')}Z`;
    const viaEventsApi = e.action !== undefined;
    return {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: {
        name: eventName,
        namespace: ns,
        uid: deterministicUid(state.seed, objectKey('Event', ns, eventName)),
        resourceVersion: String(revision + 1 + i),
        creationTimestamp: at,
      },
      involvedObject: {
        apiVersion: involved?.apiVersion ?? 'v1',
        ...(e.fieldPath ? { fieldPath: e.fieldPath } : {}),
        kind,
        name,
        namespace: ns,
        ...(involved?.metadata.resourceVersion ? { resourceVersion: involved.metadata.resourceVersion } : {}),
        ...(involved?.metadata.uid ? { uid: involved.metadata.uid } : {}),
      },
      reason: e.reason,
      message: e.message,
      type: e.type,
      ...(viaEventsApi
        ? {
            action: e.action,
            eventTime: micro,
            firstTimestamp: null,
            lastTimestamp: null,
            source: {},
            reportingComponent: e.from,
            reportingInstance: `${e.from}-${CONTROL_PLANE_HOSTNAME}`,
          }
        : {
            count: e.repeated?.count ?? 1,
            eventTime: null,
            firstTimestamp: at,
            lastTimestamp: e.repeated?.lastAt ?? at,
            source: { component: e.from, ...(e.host ? { host: e.host } : {}) },
            reportingComponent: e.from,
            reportingInstance: e.host ?? '',
          }),
    } as unknown as AdmittedObject;
  });
}
