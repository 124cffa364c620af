// The objects every cluster has before the user applies anything: namespaces default,
// kube-system, kube-public, kube-node-lease; the `kubernetes` Service (default ns, first service
// IP, 443/TCP named https → 6443) with its Endpoints/EndpointSlice at the control plane; the
// `kube-dns` Service in kube-system (tenth IP; 53/UDP dns, 53/TCP dns-tcp, 9153/TCP metrics;
// selector k8s-app=kube-dns) and the CoreDNS Deployment behind it (its pods and slices come from
// runControllers, like every other Deployment) with the `coredns` ServiceAccount its pods name
// (kubeadm's CoreDNS addon). Their IPs are reserved in the allocators.
import type { ClusterState } from '../model/clusterState.ts';
import type { Allocators } from '../api/allocators.ts';
import type { Rng } from '../random/rng.ts';
import type { K8sObject } from '../model/objects.ts';
import { storeObject } from '../api/store.ts';
import { objectKey } from '../model/objects.ts';
import { ensureUid, mut, systemTimestamp, type KObject } from './meta.ts';
import {
  SYSTEM_NAMESPACES,
  corednsDeployment,
  kubeDnsService,
  kubernetesEndpointSlice,
  kubernetesEndpoints,
  kubernetesService,
  namespaceObject,
  serviceRangeIP,
} from './systemObjects.ts';
import { serviceAccountObject } from './serviceAccounts.ts';

export function bootstrapCluster(state: ClusterState, allocators: Allocators, _rng: Rng): void {
  const created = systemTimestamp(state);
  const add = (obj: KObject) => {
    const meta = mut((mut(obj).metadata ??= {}));
    meta.creationTimestamp ??= created;
    ensureUid(state, obj);
    storeObject(state, obj as K8sObject);
    state.origins.set(objectKey(String(obj.kind), meta.namespace, meta.name ?? ''), { docIndex: -1, by: 'system' });
  };
  for (const name of SYSTEM_NAMESPACES) add(namespaceObject(name, '', created));

  // GetIndexedIP(serviceCIDR, 1) for `kubernetes`; kubeadm's GetDNSIP: the 10th address for kube-dns.
  const apiIP = serviceRangeIP(state.settings.serviceCIDR, 1);
  const dnsIP = serviceRangeIP(state.settings.serviceCIDR, 10);
  allocators.clusterIP.allocate(apiIP);
  allocators.clusterIP.allocate(dnsIP);

  add(kubernetesService(apiIP));
  add(kubernetesEndpoints());
  add(kubernetesEndpointSlice());
  add(kubeDnsService(dnsIP));
  add(corednsDeployment());
  add(serviceAccountObject('kube-system', 'coredns'));
}
