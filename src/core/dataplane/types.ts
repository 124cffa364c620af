// The request/answer shapes of the simulated data path, shared by send(), the traffic generator,
// the CLI (`ksp send`), `kubectl run … -- wget` and the UI's packet animation.
import type { Said } from './said.ts';

/** Who sends: a pod (its IP, its node, its namespace's DNS search path), a node's own process, or a host outside the cluster. */
export type Source =
  { kind: 'pod'; namespace: string; name: string } | { kind: 'node'; name: string } | { kind: 'external'; ip?: string };

/** TEST-NET-3 (RFC 5737): an address that is surely outside the cluster. */
export const DEFAULT_EXTERNAL_IP = '203.0.113.10';

/** The HTTP request line and headers a client sends (what Ingress and HTTPRoute rules read). */
export interface HttpRequest {
  host: string;
  /** Path with its query string. */
  path: string;
  method?: string;
  headers?: Readonly<Record<string, string>>;
  /** The client speaks TLS first (an https:// URL); `sni` is the URL's host name (none for an IP address, RFC 6066 §3). */
  tls?: { sni?: string };
}

export interface SendRequest {
  from: Source;
  /** `web`, `web.ns:80`, `10.96.0.5:80`, `http://host:port/path`, `192.168.49.2:30007`. */
  to: string;
  protocol?: 'TCP' | 'UDP';
  /** Simulated seconds. */
  time: number;
  /** HTTP path (overrides the one in `to`). */
  path?: string;
  /** HTTP Host header (overrides the host in `to`), for Ingress host rules. */
  host?: string;
  /** HTTP method (GET when unset), for HTTPRoute method matches. */
  method?: string;
  /** HTTP request headers, for HTTPRoute header matches. */
  headers?: Readonly<Record<string, string>>;
  /** The client's hold on what the data path made of `to` (TargetHold); a client passes the same one with each request. */
  hold?: TargetHold;
}

/**
 * What a client that sends to one target again and again keeps between its requests: the data path
 * fills it on the first with its record of the target text, and reads the record from it after, not
 * from its table by the text (with 10,000 Services that look-up was ~4 cold loads per request: the
 * text's hash, the bucket, the entry). It is checked against the text and the cluster state, so a
 * client that changed its text, or a state after an edit, gets the record looked up again. Empty:
 * `{ record: undefined, view: undefined }`.
 */
export interface TargetHold {
  record: unknown;
  /**
   * The kube-proxy view its last request went through on its client's node (a ClusterIP's), which
   * the data path loads together with the record (clusterIndex.ts target) so that the two cold
   * loads overlap; the request itself reaches the view from the record, as before. Not a fact the
   * data path reads from here: a stale one costs one load, and one of another index is let go.
   */
  view: unknown;
}

export type Outcome = 'ok' | 'refused' | 'timeout' | 'dns-error' | 'http-error' | 'unreachable';

export type HopKind =
  | 'client'
  | 'dns'
  | 'load-balancer'
  | 'ingress'
  | 'gateway'
  | 'node'
  | 'kube-proxy'
  | 'affinity'
  | 'snat'
  | 'dnat'
  | 'pod'
  | 'drop'
  | 'reject'
  | 'external';

/** The object and YAML field that caused a hop (the UI highlights it in the editor). */
export interface HopAt {
  kind: string;
  namespace?: string;
  name: string;
  /** Field path inside the object, e.g. `spec.selector` or `spec.ports[0].targetPort`. */
  path?: string;
}

export interface Hop {
  kind: HopKind;
  node?: string;
  detail: string;
  /** What `detail` says, as a code and parameters (said.ts), where the data path words it so; the page words it in its language. */
  say?: Said;
  /** The kube-proxy rule (iptables/nftables/IPVS text), the Ingress rule or the affinity entry that decided this hop. */
  rule?: string;
  at?: HopAt;
  fromIP?: string;
  toIP?: string;
  /**
   * The packet's header as it leaves this hop (context.ts Trace); absent before the client has
   * connected (its DNS lookup). The hops every routed request takes are made with it undefined, so
   * that the trace's setting it finds its slot in the object (added to a literal, it took a
   * property store of its own: ~40 bytes a hop).
   */
  packet?: HopPacket | undefined;
}

/**
 * A packet's addresses at one point of its path: `src` is an IP (the client's ephemeral port is not
 * modelled), `dst` an IP:port; `changed` names the fields this hop rewrote (DNAT, SNAT, a proxy's new connection).
 */
export interface HopPacket {
  src: string;
  dst: string;
  changed?: readonly ('src' | 'dst')[];
}

/**
 * One point on the answer's way back: as the pod sends it (`pod`), after conntrack undoes the
 * connection's NAT (`conntrack`, `changed` = the fields it restored), and as each proxy in front
 * (ingress controller, load balancer in ipMode Proxy) answers its own client (`proxy`).
 */
export interface ReplyPacket {
  step: 'pod' | 'conntrack' | 'proxy';
  node?: string;
  src: string;
  dst: string;
  changed?: readonly ('src' | 'dst')[];
}

/**
 * The object that owns the address a request was sent to, the first one it enters after its
 * client: a Service's cloud load balancer, a Service's ClusterIP or externalIP, an Ingress (its
 * host, through the ingress controller's load balancer), a node (a NodePort) or a pod.
 */
export interface Entry {
  kind: 'LoadBalancer' | 'Service' | 'Ingress' | 'Node' | 'Pod';
  /** Absent for a Node. */
  namespace?: string;
  /** For a LoadBalancer, the Service's name. */
  name: string;
}

export interface RequestResult {
  index: number;
  time: number;
  outcome: Outcome;
  /** HTTP status when the request reached an HTTP server (a pod, or the ingress controller). */
  status?: number;
  /** Why it failed, in user terms (set whenever outcome ≠ ok), in English. */
  reason?: string;
  /** The same reason as a code and parameters (said.ts), for the page to word in its language. */
  why?: Said;
  /** `ns/name` of the pod that answered (or refused). */
  pod?: string;
  podIP?: string;
  port?: number;
  node?: string;
  /** The source address the pod sees (after any SNAT). */
  sourceIP?: string;
  /** What answered: a pod's body, or an HTTP status line (`302 Found`, `404 Not Found`) from a proxy. */
  response?: string;
  /** A redirect's Location header (a Gateway's RequestRedirect filter). */
  location?: string;
  /** Set once the destination address is known (not when the source or the name lookup failed). */
  entry?: Entry;
  hops: Hop[];
  /** The answer's headers on its way back (set when a pod answered). */
  reply?: ReplyPacket[];
}

export interface AffinityEntry {
  node: string;
  /** Service port name, `ns/name:port`. */
  spn: string;
  clientIP: string;
  /** `ns/name` of the pinned pod (or the endpoint `ip:port` when it has no pod). */
  endpoint: string;
  endpointIP: string;
  /** Simulated second at which the entry stops matching unless refreshed. */
  expiresAt: number;
}

/**
 * One (re)stamp of a ClientIP affinity entry: the request at `setAt` pinned `clientIP` to
 * `endpoint` until `expiresAt` unless a later request restamps it. A page that shows a moment
 * behind the simulation reads, for that moment, the latest stamp before it (affinity history).
 */
export interface AffinityStamp extends AffinityEntry {
  setAt: number;
  timeout: number;
}

export interface LoadBalancerView {
  namespace: string;
  name: string;
  ip: string;
  ports: number[];
  /** Nodes the cloud load balancer sends to (health check passing under eTP Local). */
  healthyNodes: string[];
  externalTrafficPolicy: 'Cluster' | 'Local';
  healthCheckNodePort?: number;
}
