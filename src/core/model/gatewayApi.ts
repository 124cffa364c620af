// The Gateway API objects as the cluster stores them (after CRD defaulting: group/kind of refs,
// weights, path match type and value, allowedRoutes), in the shape of kubernetes-sigs/gateway-api
// apis/v1 *_types.go and apis/v1beta1/referencegrant_types.go — only the fields the simulator reads
// are typed; the rest is kept as written.
import type { AdmittedClusterMeta, AdmittedMeta } from './admitted.ts';

export const GATEWAY_GROUP = 'gateway.networking.k8s.io';

/** metav1.Condition. */
export interface Condition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason: string;
  message: string;
  lastTransitionTime: string;
  observedGeneration?: number;
}

export interface AdmittedGatewayClass {
  apiVersion: string;
  kind: 'GatewayClass';
  metadata: AdmittedClusterMeta;
  spec: { controllerName: string; description?: string; parametersRef?: unknown };
  status?: { conditions?: Condition[] };
}

export interface Listener {
  name: string;
  hostname?: string;
  port: number;
  protocol: string;
  tls?: unknown;
  allowedRoutes: {
    namespaces: { from: 'All' | 'Selector' | 'Same'; selector?: { matchLabels?: Record<string, string> } };
    kinds?: { group?: string; kind: string }[];
  };
}

export interface ListenerStatus {
  name: string;
  supportedKinds: { group: string; kind: string }[];
  attachedRoutes: number;
  conditions: Condition[];
}

export interface AdmittedGateway {
  apiVersion: string;
  kind: 'Gateway';
  metadata: AdmittedMeta;
  spec: {
    gatewayClassName: string;
    listeners: Listener[];
    addresses?: { type: string; value?: string }[];
  };
  status?: {
    addresses?: { type: string; value: string }[];
    conditions?: Condition[];
    listeners?: ListenerStatus[];
  };
}

export interface ParentReference {
  group: string;
  kind: string;
  namespace?: string;
  name: string;
  sectionName?: string;
  port?: number;
}

export interface HTTPHeaderMatch {
  type: 'Exact' | 'RegularExpression';
  name: string;
  value: string;
}

export interface HTTPRouteMatch {
  path?: { type: 'Exact' | 'PathPrefix' | 'RegularExpression'; value: string };
  headers?: HTTPHeaderMatch[];
  queryParams?: HTTPHeaderMatch[];
  method?: string;
}

export interface HTTPPathModifier {
  type: 'ReplaceFullPath' | 'ReplacePrefixMatch';
  replaceFullPath?: string;
  replacePrefixMatch?: string;
}

export interface HTTPRouteFilter {
  type: string;
  requestHeaderModifier?: {
    set?: { name: string; value: string }[];
    add?: { name: string; value: string }[];
    remove?: string[];
  };
  requestRedirect?: {
    scheme?: 'http' | 'https';
    hostname?: string;
    path?: HTTPPathModifier;
    port?: number;
    statusCode: number;
  };
  urlRewrite?: { hostname?: string; path?: HTTPPathModifier };
}

export interface HTTPBackendRef {
  group: string;
  kind: string;
  name: string;
  namespace?: string;
  port?: number;
  weight: number;
  filters?: HTTPRouteFilter[];
}

export interface HTTPRouteRule {
  name?: string;
  matches: HTTPRouteMatch[];
  filters?: HTTPRouteFilter[];
  backendRefs?: HTTPBackendRef[];
}

export interface RouteParentStatus {
  parentRef: ParentReference;
  controllerName: string;
  conditions: Condition[];
}

export interface AdmittedHTTPRoute {
  apiVersion: string;
  kind: 'HTTPRoute';
  metadata: AdmittedMeta;
  spec: { parentRefs?: ParentReference[]; hostnames?: string[]; rules: HTTPRouteRule[] };
  status?: { parents: RouteParentStatus[] };
}

export interface AdmittedReferenceGrant {
  apiVersion: string;
  kind: 'ReferenceGrant';
  metadata: AdmittedMeta;
  spec: {
    from: { group: string; kind: string; namespace: string }[];
    to: { group: string; kind: string; name?: string }[];
  };
}

/**
 * The Secret type a Gateway listener's certificate must have (NGINX Gateway Fabric's
 * resolver/secrets.go refuses any other as `unsupported secret type`). The one Secret field the
 * playground reads: the controller checks it, and admission says so when a Secret is stored.
 */
export const TLS_SECRET_TYPE = 'kubernetes.io/tls';
