// The rules one node's kube-proxy programs, as the text its own tools print: the iptables-restore
// payload (iptables mode), the `nft -f` transaction (nftables) or `ipvsadm -Ln` (ipvs). One place
// picks the view by mode, read by `ksp iptables` and by the page's kube-proxy rules view, so both
// print the same text.
import type { ClusterState } from '../model/clusterState.ts';
import type { ProxyMode } from '../model/settings.ts';
import { iptablesRestoreForNode } from './iptables/restoreRules.ts';
import { sortRestoreRules } from './iptables/sortRestoreRules.ts';
import { nftRulesetForNode } from './nftables/ruleset.ts';
import { ipvsadmForNode } from './ipvs/virtualServers.ts';

/** `mode` defaults to the scenario's KubeProxyConfiguration mode; `sorted` orders an iptables payload as upstream's tests do. */
export function proxyRulesText(
  state: ClusterState,
  node: string,
  mode: ProxyMode = state.settings.proxyMode,
  sorted = false,
): { mode: ProxyMode; text: string } {
  if (mode === 'nftables') return { mode, text: nftRulesetForNode(state, node) };
  if (mode === 'ipvs') return { mode, text: ipvsadmForNode(state, node) };
  const payload = iptablesRestoreForNode(state, node).text;
  const s = sorted ? sortRestoreRules(payload) : { text: payload };
  return { mode, text: 'text' in s ? s.text : payload };
}
