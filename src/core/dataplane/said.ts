// What the data path says about a request, as data: a stable code and its parameters (names,
// addresses, ports, and nested explanations). The faces word it through src/text/said.ts: the page
// and the CLI in the reader's language (Korean in src/text/said.ko.ts, typed against SaidCode so a
// code without Korean does not compile). The English wording stays here (SAID_EN, the one English
// wording) because the core's results and JSON traces carry it as `reason` and `detail`.
// The rules that decide these outcomes live in the files that produce them; this file only names them.

/** A parameter: a word the face shows as code (name, address, port), or a nested explanation. */
export type SaidParam = string | number | Said;

export interface Said {
  code: SaidCode;
  params: Readonly<Record<string, SaidParam>>;
}

/** The English wording of each code: `{name}` is a parameter. */
export const SAID_EN = {
  // why a request failed: kube-proxy (throughKubeProxy.ts)
  'proxy.noRules': 'kube-proxy on {node} has no rules for {service}',
  'proxy.noEndpoints': '{spn} has no endpoints: {why}',
  'proxy.sourceRange': 'client {client} is not in loadBalancerSourceRanges of {spn} ({ranges})',
  'proxy.noLocalEndpoint':
    '{policy}: Local and no ready endpoint of {spn} runs on node {node}: kube-proxy drops the packet',
  // why a Service has no endpoint (diagnose.ts)
  'explain.noSelector':
    'Service {service} has no selector, so no controller creates endpoints for it and no EndpointSlice lists any',
  'explain.noReadyEndpointForPort': 'no EndpointSlice of {service} lists a ready endpoint for port {port}',
  'explain.namespaceMismatch':
    'namespace mismatch: the selector {selector} of Service {service} matches pods only in namespace {namespace} (e.g. {pod}); a Service selects pods of its own namespace',
  'explain.selectorMatchesNone': 'selector {selector} of Service {service} matches no pods',
  'explain.selectorMatchesNoneNearest':
    'selector {selector} of Service {service} matches no pods; nearest: pod {pod} has {key}: {value} (selector wants {wantKey}: {wantValue})',
  'explain.selectorMatchesNoneEmpty':
    'selector {selector} of Service {service} matches no pods; there are no pods in namespace {namespace}',
  'explain.noneReadyOne': '{count} pod match the selector of {service} but none is Ready (e.g. {pod}: {state})',
  'explain.noneReadyOther': '{count} pods match the selector of {service} but none is Ready (e.g. {pod}: {state})',
  'explain.targetPortNamesNone':
    'targetPort "{targetPort}" names no {protocol} container port of the selected pods (they declare: {declared})',
  'explain.targetPortNamesNoneNoPorts':
    'targetPort "{targetPort}" names no {protocol} container port of the selected pods (they declare: no ports)',
  'podState.terminating': 'terminating',
  'podState.notReady': 'phase {phase}, not Ready',
  'podState.noIP': 'phase {phase}, no IP yet',
  'podState.noIPv4': 'phase {phase}, no IPv4 address',
  'podState.nodeUnknown': 'phase {phase}, on no known node',
  'podState.waiting': '{state}; container {container} is waiting: {why}',
  // where a packet cannot go (route.ts, deliver.ts, cloudLoadBalancer.ts)
  'route.clusterIPFromOutside':
    '{ip} is the ClusterIP of Service {service}: a virtual IP that exists only inside the cluster (use a NodePort, a LoadBalancer or an Ingress to reach it from outside)',
  'route.noServicePort': 'no Service port {port}/{protocol} on {service} (its ports: {ports})',
  'route.healthCheckNoLocal': 'no local endpoints on {node} (health check node port)',
  'route.healthCheckUnhealthy': 'unhealthy (health check node port)',
  'route.nothingOnNodePort':
    'nothing listens on node {node} port {port}/{protocol}: no Service has nodePort {port} (node ports in use: {ports})',
  'route.nothingOnNodePortNone':
    'nothing listens on node {node} port {port}/{protocol}: no Service has nodePort {port} (node ports in use: none)',
  'route.podIPFromOutside': '{ip} is the IP of pod {pod}: pod IPs are not routable from outside the cluster',
  'route.unallocatedClusterIP':
    'no Service has the ClusterIP {ip} (it is in the service CIDR {cidr} but not allocated)',
  'route.localhostNodePortsOff':
    'nothing listens on {ip}:{port}/{protocol} on node {node}: kube-proxy takes NodePorts on 127.0.0.1 only in iptables mode with localhostNodePorts on and, when nodePortAddresses is set, a loopback CIDR in it',
  'route.nodePortAddressesExclude':
    'nothing listens on {ip}:{port}/{protocol}: kube-proxy on {node} takes NodePorts only on the node addresses in nodePortAddresses ({addresses})',
  'route.noOwner': 'no pod, node or Service in the cluster has the IP {ip}',
  'internal.error': 'internal error while routing: {error}',
  'deliver.noEndpointHost': 'no pod or node has the endpoint IP {ip}: the packet goes nowhere',
  'deliver.checkTargetPort': '{why}; check targetPort of Service {service}',
  'lb.noListener': 'the load balancer {ip} of {service} has no listener on {port}/{protocol} (its ports: {ports})',
  'lb.noReadyNode': 'the load balancer {ip} has no Ready node to send to',
  // what the user typed as a target (target.ts)
  'target.empty': 'empty target: give a host, e.g. web, web.default:80 or http://10.96.0.5/',
  'target.scheme': 'unsupported scheme "{scheme}": use http://, https:// or tcp://',
  'target.port': 'invalid port "{port}" in "{text}": a port is a number from 1 to 65535',
  'target.noHost': 'no host in "{text}"',
  'target.badHost': '"{host}" is not a host name or IPv4 address',
  // names (destination.ts)
  'dns.publicNoRecord': 'public DNS has no record for {host}: cluster DNS names are not visible outside the cluster',
  'dns.publicNoRecordNoLB':
    'public DNS has no record for {host}: cluster DNS names are not visible outside the cluster (and the ingress controller has no load-balancer IP yet)',
  'dns.nodeResolver':
    'node {node} resolves names with its own /etc/resolv.conf, which does not use the cluster DNS: "{host}" is unknown there (use the ClusterIP, or send from a pod)',
  'dns.podNodeResolver':
    'NXDOMAIN for "{host}" (tried {tried}): pod {pod} has dnsPolicy: Default, so its /etc/resolv.conf is the node\'s (nameserver {server}), which does not know cluster names (use dnsPolicy: ClusterFirst)',
  'dns.podHostNetwork':
    'NXDOMAIN for "{host}" (tried {tried}): pod {pod} has hostNetwork: true, where dnsPolicy: ClusterFirst falls back to the node\'s resolver (nameserver {server}), which does not know cluster names (use dnsPolicy: ClusterFirstWithHostNet)',
  'dns.podCustomResolver':
    'NXDOMAIN for "{host}" (tried {tried}): pod {pod} has dnsPolicy: None and asks nameserver {server} from its dnsConfig, which does not know cluster names',
  'dns.nxdomain': 'NXDOMAIN: no DNS record for "{host}" (tried {tried})',
  'dns.nxdomainOtherNamespace':
    'NXDOMAIN: no DNS record for "{host}" (tried {tried}); a Service {service} exists in namespace {namespace}: use {name}',
  'dns.externalName':
    '{fqdn} is an ExternalName alias for {target}, a host outside the cluster that the simulator does not model',
  'dns.noAddress': 'no address for {host}',
  // who sends (source.ts)
  'source.podNotFound': 'pod {pod} not found',
  'source.podNotFoundLike': 'pod {pod} not found (did you mean {list})',
  'source.podNotFoundList': 'pod {pod} not found (pods in {namespace}: {list})',
  'source.podUnscheduled': 'pod {pod} is not scheduled on a node, so it cannot send',
  'source.podNoIP': 'pod {pod} has no IP yet, so it cannot send',
  'source.nodeNotFound': 'node {node} not found (nodes: {nodes})',
  'source.nodeNotFoundNone': 'node {node} not found (nodes: none)',
  'source.notIPv4': '"{ip}" is not an IPv4 address for an external client',
  'source.externalInCluster':
    'external client IP {ip} belongs to a node or pod of the cluster; pick an address outside it (e.g. {example})',
  // the pod (podAnswer.ts)
  'pod.notRunning': 'pod {pod} is {phase}: no container is running to accept the connection',
  'pod.notListening': 'pod {pod} does not listen on {port}/{protocol} (its containers declare {declared})',
  // ingress-nginx (ingressProxy.ts)
  'ingress.noRule':
    'no Ingress rule matches host "{host}" and path "{path}" and no defaultBackend is set (hosts with rules: {hosts})',
  'ingress.noRuleNoHosts':
    'no Ingress rule matches host "{host}" and path "{path}" and no defaultBackend is set (hosts with rules: none)',
  'ingress.noRuleDefaultNotCatchAll':
    'no Ingress rule matches host "{host}" and path "{path}" (hosts with rules: {hosts}); Ingress {ingress} has a defaultBackend, but ingress-nginx uses the defaultBackend of an Ingress with rules only on the hosts it defines first, and sends other hosts to its catch-all server (the Ingress API leaves unmatched requests to the controller)',
  'ingress.backendNoEndpoints': 'Service {service} has no ready endpoints: {why}',
  'ingress.backendNotService': 'the backend {backend} is not a Service',
  'ingress.backendMissing': 'the backend Service {service} does not exist',
  'ingress.backendNoPort': 'Service {service} has no port {port} (it has {ports})',
  'ingress.badGateway': 'ingress-nginx got no answer from {endpoint}: {why} → 502 Bad Gateway',
  'ingress.hop404': 'ingress-nginx: {why} → default backend answers 404 Not Found',
  'ingress.hop503': 'ingress-nginx matched {rule}, but {why} → 503 Service Temporarily Unavailable',
  // the built-in Gateway (gatewayProxy.ts; the port's TLS refusals in gatewayTls.ts)
  'gateway.noListener':
    'no listener of Gateway {gateway} on port {port} takes host "{host}" (listener hostnames: {hostnames})',
  'gateway.portNotProgrammed':
    'nginx in {pod}, the data plane of Gateway {gateway}, does not listen on port {port}: no listener there is programmed ({listeners}) → connection refused',
  'gateway.tlsToPlainPort':
    'port {port} of Gateway {gateway} speaks plain HTTP: nginx reads the TLS handshake as a bad request and answers 400 in plain text, so the TLS handshake fails (curl: wrong version number)',
  'gateway.plainToTlsPort':
    'port {port} of Gateway {gateway} expects TLS: nginx answers a plain HTTP request with 400 "The plain HTTP request was sent to HTTPS port"',
  'gateway.tlsNoListener':
    'no HTTPS listener of Gateway {gateway} on port {port} takes SNI "{sni}" (listener hostnames: {hostnames}): nginx rejects the TLS handshake',
  'gateway.noRoute': 'no HTTPRoute rule attached to listener {listener} matches host "{host}" and path "{path}"',
  'gateway.hop404': 'Gateway {gateway}: {why} → 404 Not Found',
  'gateway.hop500': 'Gateway {gateway} matched {rule}, but {why} → 500 Internal Server Error',
  'gateway.hop503': 'Gateway {gateway} matched {rule}, but {why} → 503 Service Unavailable',
  'gateway.noBackends': 'the rule has no backendRefs',
  'gateway.zeroWeights': 'every backendRef of the rule has weight 0',
  'gateway.backendInvalid': 'the backendRef picked, {backend}, is invalid: {reason} ({message})',
  'gateway.backendNoEndpoints': 'Service {service} has no ready endpoints: {why}',
  'gateway.badGateway': 'the Gateway got no answer from {endpoint}: {why} → 502 Bad Gateway',
  // hops of a request's path (kubeProxy.ts, deliver.ts, source.ts)
  'hop.proxyRejectNoEndpoints':
    'kube-proxy on {node}: {spn} has no endpoints, so {where} is REJECTed (connection refused)',
  'hop.proxyDropNoLocalInternal':
    'kube-proxy on {node}: internalTrafficPolicy Local and no endpoint of {spn} runs on {node}: the packet is DROPped (the client times out)',
  'hop.proxyDropSourceRange':
    'kube-proxy on {node}: {client} is not in loadBalancerSourceRanges ({ranges}): the packet is DROPped',
  'hop.proxyDropNoLocalExternal':
    'kube-proxy on {node}: externalTrafficPolicy Local and no ready endpoint of {spn} runs on {node}: the packet is DROPped (the client times out)',
  'hop.proxyTopologyZone':
    'kube-proxy on {node}: every ready endpoint of {spn} carries a zone hint (spec.trafficDistribution) and some are for zone {zone}, so only those are used: {endpoints}',
  'hop.proxyTopologyNode':
    'kube-proxy on {node}: every ready endpoint of {spn} carries a node hint (trafficDistribution: PreferSameNode) and some are for this node, so only those are used: {endpoints}',
  'hop.proxyClusterIPAny': 'kube-proxy on {node}: {address} is the ClusterIP of {spn} → any ready endpoint',
  'hop.proxyClusterIPLocal':
    'kube-proxy on {node}: {address} is the ClusterIP of {spn} → local endpoints only (internalTrafficPolicy: Local)',
  'hop.proxyExternalAny':
    'kube-proxy on {node}: {where} belongs to {spn} (externalTrafficPolicy {policy}) → any ready endpoint',
  'hop.proxyExternalLocal':
    'kube-proxy on {node}: {where} belongs to {spn} (externalTrafficPolicy {policy}) → endpoints on this node only, client IP kept',
  'where.clusterIP': 'ClusterIP {address}',
  'where.externalIP': 'externalIP {address}',
  'where.loadBalancerIP': 'load-balancer IP {address}',
  'where.nodePort': 'node port {port}',
  'hop.dnat': 'DNAT {address} → {endpoint}',
  'hop.dnatPod': 'DNAT {address} → {endpoint} (pod {pod})',
  'hop.routed': "routed over the pod network from {from} to {to} (the pod's node)",
  'hop.podAnswers': 'pod {pod} answers from {address} to {client}: "{response}"',
  'hop.clientPod': 'pod {pod} ({ip}) on {node} opens a connection',
  'hop.clientNode': 'a process on node {node} ({ip}) opens a connection',
  'hop.clientExternal': 'client {ip} outside the cluster opens a connection',
  // kube-proxy's endpoint choice (kubeProxy.ts, proxyRules.ts); {picked} is a picked.* code
  'picked.pod': '{endpoint} ({pod})',
  'picked.endpoint': '{endpoint}',
  'hop.pickRandomRule':
    '{chain}: random pick among {count} endpoints (rule {rule} matched with probability {probability}) → {picked}',
  'hop.pickRandomLast': '{chain}: random pick among {count} endpoints (last rule, no statistic match) → {picked}',
  'hop.pickRandomOnly': '{chain}: random pick among 1 endpoint (last rule, no statistic match) → {picked}',
  'hop.pickNumgen': 'numgen random mod {count} = {index} → {picked}',
  'hop.pickIpvsSh': 'IPVS sh (source hashing) of {client} → real server {n} of {count} → {picked}',
  'hop.pickIpvsRr': 'IPVS rr → real server {n} of {count} → {picked}',
  'hop.pickIpvsOther':
    'IPVS {scheduler} (simulated as rr: connections here are instantaneous) → real server {n} of {count} → {picked}',
  'hop.affinity':
    'sessionAffinity ClientIP: {client} is pinned to {picked} on {node}; the {timeout}s timer restarts now',
  // SNAT (throughKubeProxy.ts) and why kube-proxy masquerades (kubeProxy.ts)
  'hop.snatBridge': "SNAT (MASQUERADE) {from} → {to} ({node}'s bridge address toward its own pod): {why}",
  'hop.snatNode': "SNAT (MASQUERADE) {from} → {to} ({node}'s address): {why}",
  'masq.all': 'masqueradeAll: every packet to a ClusterIP is masqueraded',
  'masq.notPodIP': 'the source {ip} is not a pod IP (outside clusterCIDR {cidr})',
  'masq.externalCluster':
    'externalTrafficPolicy: Cluster masquerades all external traffic (it may be forwarded to another node)',
  'masq.nodeLocal':
    'traffic from the node itself to an external destination is masqueraded ("masquerade LOCAL traffic")',
  'masq.hairpin': 'hairpin: the pod reached itself through the Service, so the source is masqueraded',
  // the way to a node (route.ts, cloudLoadBalancer.ts) and what answers there (deliver.ts)
  'hop.externalIPRouted':
    'the network routes externalIP {ip} to node {node} (routing externalIPs is up to the cluster admin)',
  'hop.toNode': 'to node {node} ({ip}) port {port}',
  'hop.healthCheck': "kube-proxy's health check server on {node}:{port} answers {status}: {body}",
  'hop.cloudLBAny': 'cloud load balancer {address} → node {node} (any of {count} Ready nodes)',
  'hop.cloudLBAnyOne': 'cloud load balancer {address} → node {node} (any of 1 Ready node)',
  'hop.cloudLBHealthy':
    'cloud load balancer {address} → node {node} (health check on node port {healthPort}: healthy nodes {nodes})',
  'hop.cloudLBFailOpen':
    'cloud load balancer {address} → node {node} (health check on node port {healthPort}: no healthy node, failing open)',
  'hop.cloudLBProxy': '{lb}; ipMode Proxy: new connection from {ip} to {nodeAddress}',
  'hop.externalName': 'ExternalName: the connection leaves the cluster for {target}; kube-proxy is not involved',
  // DNS answers (destination.ts): the records themselves stay as DNS writes them
  'hop.dnsAnswer': 'kube-dns ({server}): {records}',
  'hop.dnsNxdomain': 'kube-dns ({server}) answers NXDOMAIN for {host}',
  'hop.dnsNameserverNxdomain': 'nameserver {server} answers NXDOMAIN for {host}',
  'hop.dnsPublic': "public DNS: {host} → {lb} (the ingress controller's load balancer, serving Ingress {ingress})",
  'hop.dnsForwarded': 'kube-dns ({server}) forwards {fqdn} upstream; {public}',
  'hop.dnsNameserver': 'nameserver {server}: {public}',
  'hop.nodeHost': '{address} is node {node}; a host process answers',
  'hop.apiserver': "{address} is the control plane's kube-apiserver (outside the pod network)",
  'hop.ingressAccepts':
    'ingress-nginx controller {pod} accepts the HTTP request from {client} (Host: {host}, path {path})',
  'hop.ingressUpstream': 'ingress-nginx matched {rule}; upstream {upstream} round-robin → {endpoint}',
  'hop.dnsPublicGateway': 'public DNS: {host} → {address} (the address of Gateway {gateway})',
  'hop.gatewayAccepts':
    'Gateway {gateway}: its data plane pod {pod} accepts the HTTP request from {client} (Host: {host}, path {path})',
  'hop.gatewayTls':
    'Gateway {gateway} terminates TLS on port {port}: SNI "{sni}" picks listener {listener}, certificate from Secret {secret}; the request inside is plain HTTP from here on',
  'hop.gatewayRoute': 'Gateway {gateway} listener {listener} (port {port}) → HTTPRoute {route} rule {rule} ({match})',
  'hop.gatewayFilters': 'filters: {filters}',
  'hop.gatewayRedirect': 'RequestRedirect filter: {status} with Location {location}',
  'hop.gatewayBackend': 'backendRef {backend} picked (weight {weight} of {total}) → endpoint {endpoint}',
  'hop.podAnswersAssumed':
    'pod {pod} answers from {address} to {client}: "{response}" (pod {pod} declares no container ports; the simulator assumes its server listens on {port})',
  // an outcome named where no explanation was given
  'outcome.refused': 'refused',
  'outcome.timeout': 'timeout',
  'outcome.unreachable': 'unreachable',
  'outcome.dns-error': 'dns-error',
  'outcome.http-error': 'http-error',
  'outcome.ok': 'ok',
} as const satisfies Record<string, string>;

export type SaidCode = keyof typeof SAID_EN;

export const SAID_CODES = Object.keys(SAID_EN) as SaidCode[];

export { say, sayShared } from './say.ts';

/** Fills a wording's `{name}` holes; a nested explanation is worded by `word` too. */
export function fillSaid(template: string, s: Said, word: (nested: Said) => string): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(s.params, name)) return whole;
    const v = s.params[name]!;
    return typeof v === 'object' ? word(v) : String(v);
  });
}

/** The English words of a Said (the CLI's, and `reason` in results and traces). */
export function sayEnglish(s: Said): string {
  return fillSaid(SAID_EN[s.code], s, sayEnglish);
}
