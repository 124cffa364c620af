// What the playground-only documents stand for on a real cluster: component flags and the
// kube-proxy configuration file. The flag names are the components' own
// (kube-apiserver/kubelet/kube-proxy reference pages; pkg/proxy/apis/config/types.go).
import type { DroppedDoc } from './stripPlayground.ts';

const rec = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const text = (v: unknown): string => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''));

export function clusterNotes(dropped: readonly DroppedDoc[]): string[] {
  const notes: string[] = [];
  for (const d of dropped) {
    if (d.kind === 'Cluster') {
      const spec = rec(d.object.spec);
      if (spec.serviceCIDR !== undefined)
        notes.push(
          `serviceCIDR ${text(spec.serviceCIDR)}: start kube-apiserver with --service-cluster-ip-range=${text(spec.serviceCIDR)} (kubeadm: networking.serviceSubnet; kind: networking.serviceSubnet)`,
        );
      if (spec.nodePortRange !== undefined)
        notes.push(
          `nodePortRange ${text(spec.nodePortRange)}: start kube-apiserver with --service-node-port-range=${text(spec.nodePortRange)} (kubeadm: apiServer.extraArgs)`,
        );
      if (spec.clusterDomain !== undefined)
        notes.push(
          `clusterDomain ${text(spec.clusterDomain)}: start the kubelets with --cluster-domain=${text(spec.clusterDomain)} (kubeadm: networking.dnsDomain)`,
        );
    } else if (d.kind === 'KubeProxyConfiguration') {
      const o = d.object;
      const flags: string[] = [];
      if (o.mode !== undefined) flags.push(`--proxy-mode=${text(o.mode)}`);
      if (o.clusterCIDR !== undefined) flags.push(`--cluster-cidr=${text(o.clusterCIDR)}`);
      if (o.masqueradeAll !== undefined) flags.push(`--masquerade-all=${text(o.masqueradeAll)}`);
      const localhost = rec(o.iptables).localhostNodePorts;
      if (localhost !== undefined) flags.push(`--iptables-localhost-nodeports=${text(localhost)}`);
      if (Array.isArray(o.nodePortAddresses))
        flags.push(`--nodeport-addresses=${(o.nodePortAddresses as unknown[]).map(text).join(',')}`);
      const sched = rec(o.ipvs).scheduler;
      if (sched !== undefined) flags.push(`--ipvs-scheduler=${text(sched)}`);
      notes.push(
        "KubeProxyConfiguration is kube-proxy's configuration file, not an API object, so kubectl apply cannot take it: " +
          'on a kubeadm cluster put it in the kube-proxy ConfigMap (kubectl -n kube-system edit configmap kube-proxy, key config.conf), ' +
          `then kubectl -n kube-system rollout restart daemonset kube-proxy${flags.length > 0 ? `; as flags: ${flags.join(' ')}` : ''}`,
      );
    }
  }
  return notes;
}
