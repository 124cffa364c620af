// The Events the API server holds: what the components recorded where they decided (state.events)
// and kubelet's, read from each Pod's status (kubeletEvents.ts), one list for `kubectl get events`
// and `kubectl describe` alike. The API server stores an Event with a lease of --event-ttl (default
// one hour, pkg/controlplane/apiserver/options/options.go EventTTL; pkg/registry/core/event/storage
// TTLFunc), so Events an hour older than now are gone: the system objects' Events, recorded when
// the cluster was set up ten days before, are not listed.
import type { AdmittedPod } from '../model/admitted.ts';
import type { ClusterEvent, ClusterState } from '../model/clusterState.ts';
import { objectKey } from '../model/objects.ts';
import { kubeletEvents } from './kubeletEvents.ts';

/** kube-apiserver --event-ttl's default, in milliseconds. */
export const EVENT_TTL_MS = 3_600_000;

const live = (state: Pick<ClusterState, 'now'>, events: readonly ClusterEvent[]): ClusterEvent[] => {
  const now = Date.parse(state.now);
  // A repeat renews the stored Event, and its lease with it.
  return events.filter((e) => !(now - Date.parse(e.repeated?.lastAt ?? e.at) >= EVENT_TTL_MS));
};

/** The Events about one object, in the order recorded (a Pod's: the scheduler's, then kubelet's). */
export function eventsAbout(
  state: Pick<ClusterState, 'now' | 'events' | 'pods'>,
  obj: { kind?: string; metadata: { namespace?: string; name: string } },
): ClusterEvent[] {
  const kind = String(obj.kind);
  const about = objectKey(kind, obj.metadata.namespace, obj.metadata.name);
  const recorded = state.events.filter((e) => e.about === about);
  const kubelet = kind === 'Pod' ? kubeletEvents(obj as AdmittedPod, state) : [];
  return live(state, kubelet.length > 0 ? [...recorded, ...kubelet] : recorded);
}

/** Every Event of the cluster: the recorded ones in their order, then kubelet's, pod by pod. */
export function allEvents(state: ClusterState): ClusterEvent[] {
  return live(state, [...state.events, ...state.pods.flatMap((p) => kubeletEvents(p, state))]);
}
