// Which Latin-script words a Korean text may keep (the rule in docs/glossary-ko.md): Kubernetes
// names and API words the Korean docs keep (kube-proxy, ClusterIP, Ready, field names), network and
// tool words (IP, DNS, SNAT, kubectl), the verbatim texts a real cluster or server prints, and the
// values of the text itself (object names, addresses). latinInKorean.test.ts holds every message
// code of the catalogues and every lesson in Korean to it.

/** Words kept in Latin letters (compared case-sensitively, after trimming punctuation). */
export const KEPT_LATIN = new Set([
  // Kubernetes components, kinds written as values, fields and values the Korean docs keep
  'kube-proxy',
  'kube-dns',
  'kube-apiserver',
  'kubelet',
  'kubectl',
  'ingress-nginx',
  'busybox',
  'nginx',
  'Tomcat',
  'ClusterIP',
  'NodePort',
  'LoadBalancer',
  'ExternalName',
  'ClientIP',
  'EXTERNAL-IP',
  'CLUSTER-IP',
  'TYPE',
  'READY',
  'Ready',
  'Running',
  'Pending',
  'Succeeded',
  'Failed',
  'Terminating',
  'NotReady',
  // kubelet's reasons for a waiting container, as kubectl's STATUS column prints them
  'CreateContainerConfigError',
  'ContainerCreating',
  'Local',
  'Cluster',
  'None',
  'phase',
  'externalIP',
  'externalTrafficPolicy',
  'internalTrafficPolicy',
  'loadBalancerSourceRanges',
  'sessionAffinity',
  'timeoutSeconds',
  'targetPort',
  'nodePort',
  'port',
  'containerPort',
  'defaultBackend',
  'ingressClassName',
  // Gateway API kinds and fields (docs/gateway-api.md)
  'HTTPRoute',
  'backendRef',
  'backendRefs',
  'RequestRedirect',
  'dnsPolicy',
  'dnsConfig',
  'hostNetwork',
  'ClusterFirst',
  'ClusterFirstWithHostNet',
  'Default',
  'true',
  'nameserver',
  'selector',
  'type',
  'apiVersion',
  'kind',
  'spec',
  'metadata',
  'labels',
  'annotations',
  'describe',
  'wget',
  'curl',
  'grep',
  'nslookup',
  'exit',
  'rm',
  'http',
  'https',
  'tcp',
  'serve',
  // network, protocol and tool words
  'IP',
  'IPs',
  'IPv4',
  'DNS',
  'NXDOMAIN',
  'CIDR',
  'SNAT',
  'DNAT',
  'REJECT',
  'DROP',
  'MASQUERADE',
  'TCP',
  'UDP',
  'HTTP',
  'HTTPS',
  'TLS',
  'SNI',
  'URL',
  'LB',
  'API',
  // as the Korean docs write it: "RBAC 인가 사용하기" (https://kubernetes.io/ko/docs/reference/access-authn-authz/rbac/)
  'RBAC',
  'YAML',
  'JSON',
  'MB',
  'CLI',
  'Tab',
  'Ctrl',
  'PNG',
  'SVG',
  'IPVS',
  'iptables',
  'nftables',
  // kube-proxy's and the API's own words for what a hop did: the nftables numgen expression, the
  // IPVS schedulers rr and sh, kube-proxy's config fields, the LB ingress ipMode Proxy, the HTTP Host header
  'numgen',
  'rr',
  'sh',
  'masqueradeAll',
  'localhostNodePorts',
  'nodePortAddresses',
  'clusterCIDR',
  // what a real cluster needs before an exported scenario runs (export notes): the playground's Cluster
  // fields, the kube-proxy configuration kind, the tools and add-ons that set a cluster up
  'serviceCIDR',
  'nodePortRange',
  'clusterDomain',
  'KubeProxyConfiguration',
  'KubectlHistory',
  'kubeadm',
  'MetalLB',
  'CRD',
  'ipMode',
  'Proxy',
  'Host',
  'Location',
  'error',
  'English',
  'ksp',
  // the placeholders of a synopsis or a form a reader fills in (ksp send FILE --to service/NAME:PORT)
  'FILE',
  'NAME',
  'NAMESPACE',
  'PORT',
  'HOST',
  'PATH',
  'NODE',
  'KEY',
  'VALUE',
  'TARGET',
  'external',
  // keys and file types a learner presses or saves
  'Esc',
  'L',
  'f',
  'yaml',
]);

/** Texts a server prints verbatim (HTTP status lines, kubelet's errors), taken out before the words are read. */
export const VERBATIM: readonly (string | RegExp)[] = [
  '502 Bad Gateway',
  '404 Not Found',
  '503 Service Temporarily Unavailable',
  '500 Internal Server Error',
  '503 Service Unavailable',
  '/etc/resolv.conf',
  // what nginx answers plain HTTP sent to a TLS port, and curl's error for TLS sent to a plain one
  'The plain HTTP request was sent to HTTPS port',
  'wrong version number',
  // what kubectl shows for an address not yet assigned, and the command that assigns one on minikube
  '<pending>',
  'minikube tunnel',
  // kubelet's errors for a container environment it cannot make (pkg/kubelet/kubelet_pods.go
  // makeEnvironmentVariables), carried verbatim as a waiting container's message
  /couldn't find key \S+ in (ConfigMap|Secret) \S+/g,
  /(configmap|secret) "[^"]*" not found/g,
];

/** `text` with each verbatim text of VERBATIM blanked out, the same length, so positions still point into it. */
export function blankVerbatim(text: string): string {
  return VERBATIM.reduce<string>(
    (t, v) =>
      typeof v === 'string' ? t.split(v).join(' '.repeat(v.length)) : t.replace(v, (m) => ' '.repeat(m.length)),
    text,
  );
}

/** Latin-script words of `prose` that are neither kept words nor among `values`. */
export function strayLatin(prose: string, values: ReadonlySet<string> = new Set()): string[] {
  let text = blankVerbatim(prose);
  // 한영 병기: the English term in parentheses right after its Korean, as the Korean docs write it once
  text = text.replace(/([\uAC00-\uD7A3])\([A-Za-z][A-Za-z ]*\)/g, '$1');
  const out: string[] = [];
  for (const m of text.matchAll(/[A-Za-z][A-Za-z0-9_.:/=-]*/g)) {
    const word = m[0].replace(/[.:/=-]+$/, '');
    if (KEPT_LATIN.has(word) || values.has(word)) continue;
    // names and values: dotted, slashed, hyphenated or key=value words (my-service, app.kubernetes.io/name=MyApp, node-1)
    if (/[./=:_-]/.test(word) || /\d/.test(word)) continue;
    out.push(word);
  }
  return out;
}
