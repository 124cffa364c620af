// CONTRACT (implemented by the controllers/ work): the objects every cluster has before the user
// applies anything: namespaces default, kube-system, kube-public, kube-node-lease; the
// `kubernetes` Service (default ns, first service IP, 443/TCP named https → 6443); the `kube-dns`
// Service in kube-system (tenth IP; 53/UDP dns, 53/TCP dns-tcp, 9153/TCP metrics; selector
// k8s-app=kube-dns) and the CoreDNS Deployment behind it. Their IPs are reserved in the allocators.
import type { ClusterState } from '../model/clusterState.ts';
import type { Allocators } from '../api/allocators.ts';
import type { Rng } from '../sim/rng.ts';

export declare function bootstrapCluster(state: ClusterState, allocators: Allocators, rng: Rng): void;
