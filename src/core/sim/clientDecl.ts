// A traffic client as the user (or a lesson, or the default choice) declares it: in terms of the
// scenario — a Service and port by name or number, a node, a pod chosen by its workload or its
// labels — never as the addresses and generated pod names one load happened to allocate.
// resolveClients.ts turns declarations into the ClientSpecs traffic.ts runs, on every load, so a
// client follows edits and seeds; clientText.ts is their one text form (share links, drafts, lessons).
import type { Source } from '../dataplane/types.ts';

/** A Service port by its name (`http`) or its number (`80`); absent: the Service's first port. */
export type PortRef = string | number;

/** Workload kinds whose pods a client may send from (the pod is picked by resolveClients). */
export type WorkloadKind = 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'ReplicaSet';

/** Who sends: the dataplane's Source (an outside host, a node, a pod by its exact name), or a pod picked by its workload or labels. */
export type SourceDecl =
  | Source
  | { kind: 'workload'; workload: WorkloadKind; namespace: string; name: string }
  | { kind: 'selector'; namespace: string; labels: Record<string, string> };

/** A pod by its exact name, its workload or its labels. */
export type PodDecl = Extract<SourceDecl, { kind: 'pod' | 'workload' | 'selector' }>;

/** Where to: a Service by one of its entry points, an Ingress host, or a raw URL / `ip:port` / DNS name. */
export type TargetDecl =
  | { kind: 'clusterIP'; namespace: string; service: string; port?: PortRef }
  /** `node` absent: any node (the first by name). */
  | { kind: 'nodePort'; namespace: string; service: string; port?: PortRef; node?: string }
  | { kind: 'loadBalancer'; namespace: string; service: string; port?: PortRef }
  | { kind: 'ingress'; host: string; path: string }
  /** A pod's own IP (no Service in between), the pod picked as a source would be. */
  | { kind: 'podIP'; pod: PodDecl; port: number }
  | { kind: 'url'; url: string };

export interface ClientDecl {
  id: string;
  from: SourceDecl;
  to: TargetDecl;
  /** Requests per simulated second. */
  rate: number;
  protocol?: 'TCP' | 'UDP';
}

/**
 * Why a declaration names nothing in this scenario: a code and its parameters (the UI words it in
 * the page's language, the CLI in English). Such a client sends nothing.
 */
export type ClientProblem =
  | { code: 'target-missing'; namespace: string; service: string }
  | { code: 'port-missing'; namespace: string; service: string; port: string }
  /** An ExternalName Service without ports, asked for by name: a DNS alias, nothing to connect to. */
  | { code: 'external-name'; namespace: string; service: string; externalName: string }
  /** A Service that declares no ports at all (asked for without a port). */
  | { code: 'no-ports'; namespace: string; service: string }
  | { code: 'no-cluster-ip'; namespace: string; service: string }
  | { code: 'no-node-port'; namespace: string; service: string; port: string }
  | { code: 'no-load-balancer-ip'; namespace: string; service: string }
  | { code: 'node-missing'; node: string }
  | { code: 'no-nodes' }
  | { code: 'ingress-host-missing'; host: string }
  | { code: 'pod-no-ip'; namespace: string; name: string }
  | { code: 'source-node-missing'; node: string }
  | { code: 'source-pod-missing'; namespace: string; name: string }
  | { code: 'workload-missing'; workload: WorkloadKind; namespace: string; name: string }
  | { code: 'workload-no-pod'; workload: WorkloadKind; namespace: string; name: string }
  | { code: 'selector-no-pod'; namespace: string; selector: string };

export type ClientProblemCode = ClientProblem['code'];
