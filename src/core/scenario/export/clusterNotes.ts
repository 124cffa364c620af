// What the playground-only documents stand for on a real cluster: component flags and the
// kube-proxy configuration file. The flag names are the components' own
// (kube-apiserver/kubelet/kube-proxy reference pages; pkg/proxy/apis/config/types.go).
import type { DroppedDoc } from './stripPlayground.ts';
import { exportNote, type ExportNote } from './notes.ts';

const rec = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
const text = (v: unknown): string => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''));

export function clusterNotes(dropped: readonly DroppedDoc[]): ExportNote[] {
  const notes: ExportNote[] = [];
  for (const d of dropped) {
    if (d.kind === 'Cluster') {
      const spec = rec(d.object.spec);
      if (spec.serviceCIDR !== undefined)
        notes.push(exportNote('export.serviceCIDR', { value: text(spec.serviceCIDR) }));
      if (spec.nodePortRange !== undefined)
        notes.push(exportNote('export.nodePortRange', { value: text(spec.nodePortRange) }));
      if (spec.clusterDomain !== undefined)
        notes.push(exportNote('export.clusterDomain', { value: text(spec.clusterDomain) }));
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
      // On a kubeadm cluster the file is the kube-proxy ConfigMap's config.conf (cmd/kubeadm/app/phases/addons/proxy/manifests.go).
      notes.push(
        flags.length > 0
          ? exportNote('export.kubeProxyConfigFlags', { flags: flags.join(' ') })
          : exportNote('export.kubeProxyConfig'),
      );
    }
  }
  return notes;
}
