// describeNetworkPolicy (kubectl pkg/describe/describe.go NetworkPolicyDescriber,
// describeNetworkPolicySpec, printNetworkPolicySpecIngressFrom/EgressTo): the pod selector, each
// direction the policy types name (as the API server defaults them: api/stored/kindDefaults.ts) with its
// rules' ports and peers, rules separated by a `----------` line. The playground stores policies
// and does not enforce them; the description is of the object only.
import type {
  NetworkPolicy,
  NetworkPolicyEgressRule,
  NetworkPolicyIngressRule,
  NetworkPolicyPeer,
  NetworkPolicyPort,
} from 'kubernetes-types/networking/v1';
import { formatLabelSelector } from '../labelSelector.ts';
import { Lines, printAnnotationsMultiline, printLabelsMultiline } from './writer.ts';

const INDENT = '    ';

/** Go's time.Time.String() of a UTC timestamp: `2006-01-02 15:04:05 +0000 UTC`. */
export function goTimeString(timestamp: string): string {
  const t = Date.parse(timestamp);
  if (Number.isNaN(t)) return timestamp;
  const iso = new Date(t).toISOString();
  const ms = iso.slice(20, 23).replace(/0+$/, '');
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${ms ? `.${ms}` : ''} +0000 UTC`;
}

function writePorts(w: Lines, ports: readonly NetworkPolicyPort[] | undefined): void {
  if (!ports || ports.length === 0) {
    w.write(0, `${INDENT}To Port: <any> (traffic allowed to all ports)\n`);
    return;
  }
  for (const p of ports) {
    const port = p.port === undefined ? '<nil>' : String(p.port);
    const proto = p.protocol ?? 'TCP';
    w.write(
      0,
      p.endPort === undefined
        ? `${INDENT}To Port: ${port}/${proto}\n`
        : `${INDENT}To Port Range: ${port}-${p.endPort}/${proto}\n`,
    );
  }
}

function writePeers(w: Lines, title: 'From' | 'To', peers: readonly NetworkPolicyPeer[] | undefined): void {
  if (!peers || peers.length === 0) {
    const what = title === 'From' ? 'traffic not restricted by source' : 'traffic not restricted by destination';
    w.write(0, `${INDENT}${title}: <any> (${what})\n`);
    return;
  }
  for (const peer of peers) {
    w.write(0, `${INDENT}${title}:\n`);
    if (peer.namespaceSelector && peer.podSelector) {
      w.write(1, `${INDENT}NamespaceSelector: ${formatLabelSelector(peer.namespaceSelector)}\n`);
      w.write(1, `${INDENT}PodSelector: ${formatLabelSelector(peer.podSelector)}\n`);
    } else if (peer.podSelector) w.write(1, `${INDENT}PodSelector: ${formatLabelSelector(peer.podSelector)}\n`);
    else if (peer.namespaceSelector)
      w.write(1, `${INDENT}NamespaceSelector: ${formatLabelSelector(peer.namespaceSelector)}\n`);
    else if (peer.ipBlock) {
      w.write(1, `${INDENT}IPBlock:\n`);
      w.write(2, `${INDENT}CIDR: ${peer.ipBlock.cidr}\n`);
      w.write(2, `${INDENT}Except: ${(peer.ipBlock.except ?? []).join(', ')}\n`);
    }
  }
}

function writeRules(
  w: Lines,
  direction: 'ingress' | 'egress',
  rules: readonly (NetworkPolicyIngressRule | NetworkPolicyEgressRule)[] | undefined,
): void {
  if (!rules || rules.length === 0) {
    w.write(0, `${INDENT}<none> (Selected pods are isolated for ${direction} connectivity)\n`);
    return;
  }
  rules.forEach((rule, i) => {
    writePorts(w, rule.ports);
    if (direction === 'ingress') writePeers(w, 'From', (rule as NetworkPolicyIngressRule).from);
    else writePeers(w, 'To', (rule as NetworkPolicyEgressRule).to);
    if (i !== rules.length - 1) w.write(0, `${INDENT}----------\n`);
  });
}

export function describeNetworkPolicy(np: NetworkPolicy, createdAt: string): string {
  const w = new Lines();
  w.write(0, `Name:\t${np.metadata?.name ?? ''}\n`);
  w.write(0, `Namespace:\t${np.metadata?.namespace ?? ''}\n`);
  w.write(0, `Created on:\t${goTimeString(np.metadata?.creationTimestamp ?? createdAt)}\n`);
  printLabelsMultiline(w, 'Labels', np.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', np.metadata?.annotations);
  w.write(0, 'Spec:\n');
  w.write(1, 'PodSelector: ');
  const sel = np.spec?.podSelector;
  const empty = Object.keys(sel?.matchLabels ?? {}).length === 0 && (sel?.matchExpressions ?? []).length === 0;
  w.write(
    2,
    empty ? '<none> (Allowing the specific traffic to all pods in this namespace)\n' : `${formatLabelSelector(sel)}\n`,
  );
  const types = np.spec?.policyTypes ?? [];
  if (types.includes('Ingress')) {
    w.write(1, 'Allowing ingress traffic:\n');
    writeRules(w, 'ingress', np.spec?.ingress);
  } else w.write(1, 'Not affecting ingress traffic\n');
  if (types.includes('Egress')) {
    w.write(1, 'Allowing egress traffic:\n');
    writeRules(w, 'egress', np.spec?.egress);
  } else w.write(1, 'Not affecting egress traffic\n');
  w.write(1, `Policy Types: ${types.join(', ')}\n`);
  return w.tabbed();
}
