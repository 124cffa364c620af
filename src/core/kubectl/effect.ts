// What a console command did, as data: the objects `kubectl get`/`describe` printed and the
// requests `wget` sent from a pod. A lesson step recognises the learner's command by what it did,
// whatever its spelling (`get svc my-service`, `get service/my-service -o wide`; `wget 10.96.0.9`,
// `wget http://10.96.0.9:80/`), never by comparing the typed text.
import type { Outcome, RequestResult } from '../dataplane/types.ts';
import { parseTarget } from '../dataplane/target.ts';
import type { Found } from './query.ts';

export type CommandEffect =
  | {
      kind: 'show';
      verb: 'get' | 'describe';
      /** Every object printed, as `Kind/namespace/name` (`Node//node-1` for cluster-scoped ones). */
      objects: string[];
    }
  | {
      kind: 'request';
      /** Where the connection went: the address after DNS (or the IP typed), and the port. */
      destination: string;
      /** The learner typed a name (resolved by the cluster DNS), not an address. */
      byName: boolean;
      outcome: Outcome;
      /** `ns/name` of the pod that answered. */
      pod?: string;
      /** The pod the request left from. */
      sender: ConsoleSender;
      /** The whole answer, hops included: the page flies it as a packet and lists it in its Timeline. */
      result: RequestResult;
    };

/** The pod a console command sent from; `temporary`: made by `kubectl run`, so not in the YAML. */
export interface ConsoleSender {
  /** `ns/name`. */
  pod: string;
  node: string;
  temporary: boolean;
}

export const objectRef = (kind: string, namespace: string | undefined, name: string): string =>
  `${kind}/${namespace ?? ''}/${name}`;

/** The effect of one request `sender` sent to `to` (what wget typed). */
export function requestEffect(to: string, r: RequestResult, sender: ConsoleSender): CommandEffect {
  const t = parseTarget(to);
  const host = t.ok ? t.target.host : to;
  const port = t.ok ? t.target.port : 80;
  const byName = t.ok ? !t.target.isIP : true;
  const ip = r.hops.find((h) => h.kind === 'dns')?.toIP ?? host;
  return {
    kind: 'request',
    destination: `${ip}:${port}`,
    byName,
    outcome: r.outcome,
    ...(r.pod ? { pod: r.pod } : {}),
    sender,
    result: r,
  };
}

/**
 * Does what the learner's command did cover what the step's command does? A show covers another
 * of the same verb that printed no object it did not print; a request covers another sent to the
 * same address and port, by name exactly when the step uses a name.
 */
export function covers(done: readonly CommandEffect[], wanted: readonly CommandEffect[]): boolean {
  if (wanted.length === 0) return false;
  return wanted.every((w) =>
    done.some((d) => {
      if (w.kind === 'show')
        return d.kind === 'show' && d.verb === w.verb && w.objects.every((o) => d.objects.includes(o));
      return d.kind === 'request' && d.destination === w.destination && d.byName === w.byName;
    }),
  );
}

/** The objects a get/describe printed, as effects name them. */
export function shownRefs(found: readonly Found[]): string[] {
  return found.map((f) =>
    objectRef(f.type.kind, f.type.namespaced ? (f.obj.metadata.namespace ?? 'default') : '', f.obj.metadata.name),
  );
}
