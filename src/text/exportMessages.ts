// What a real cluster needs before an exported scenario runs, in English: the export panel's, the
// worker's export script's and `ksp export`'s, none of which the page needs before its first diagram
// (messages.ts). Each of those installs them before it shows one (as saidEnglish.ts does for the
// data path's words).
import type { ExportNoteCode } from '../core/scenario/index.ts';
import { installEnglish } from './messages.ts';

/**
 * What a real cluster needs first (core/scenario/export/notes.ts): the Share dialog's export panel
 * lists them, the exported script has them as comments. Flags and fields are the components' own
 * (kube-apiserver, kubelet and kube-proxy reference pages; kubeadm's ClusterConfiguration).
 */
export const EXPORT_EN: Record<ExportNoteCode, string> = {
  'export.serviceCIDR':
    'serviceCIDR {value}: start kube-apiserver with --service-cluster-ip-range={value} (kubeadm: networking.serviceSubnet; kind: networking.serviceSubnet)',
  'export.nodePortRange':
    'nodePortRange {value}: start kube-apiserver with --service-node-port-range={value} (kubeadm: apiServer.extraArgs)',
  'export.clusterDomain':
    'clusterDomain {value}: start the kubelets with --cluster-domain={value} (kubeadm: networking.dnsDomain)',
  'export.kubeProxyConfig':
    "KubeProxyConfiguration is kube-proxy's configuration file, not an API object, so kubectl apply cannot take it: on a kubeadm cluster put it in the kube-proxy ConfigMap (kubectl -n kube-system edit configmap kube-proxy, key config.conf), then kubectl -n kube-system rollout restart daemonset kube-proxy",
  'export.kubeProxyConfigFlags':
    "KubeProxyConfiguration is kube-proxy's configuration file, not an API object, so kubectl apply cannot take it: on a kubeadm cluster put it in the kube-proxy ConfigMap (kubectl -n kube-system edit configmap kube-proxy, key config.conf), then kubectl -n kube-system rollout restart daemonset kube-proxy; as flags: {flags}",
  'export.nodes':
    "the scenario declares Node objects: a real cluster's nodes register themselves (kubelet), so delete those documents before applying",
  'export.loadBalancer':
    'LoadBalancer Services need a cloud load balancer controller (a cloud provider, MetalLB, cloud-provider-kind, or minikube tunnel); without one EXTERNAL-IP stays <pending>',
  'export.ingress':
    'Ingress needs an ingress controller; the playground simulates ingress-nginx (IngressClass nginx): install it first, {url}',
  'export.gatewayApi':
    'Gateway API objects need the Gateway API CRDs (standard channel {version}: kubectl apply --server-side -f {crds}) and a Gateway API implementation; the playground simulates {implementation} (GatewayClass nginx): install it first, {url}',
  'export.errorsOne': 'the scenario has {count} error in the playground; kubectl apply will reject the same documents',
  'export.syntax': 'the scenario YAML has errors; fix them in the editor first ({detail})',
  'export.limit': '{detail}',
  'export.notLoaded': 'the scenario could not be loaded',
  'export.errorsOther':
    'the scenario has {count} errors in the playground; kubectl apply will reject the same documents',
};

/** Adds the export notes to the English catalogue. */
export function installExportEnglish(): void {
  installEnglish(EXPORT_EN);
}
