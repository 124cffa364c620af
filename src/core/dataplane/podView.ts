// A pod as the data path's last hop reads it (deliver.ts, podAnswer.ts): its names, node, served
// ports and the labels the hop asks about, made once per pod IP, with room for the texts of its
// last answer so the next packet to it reuses them.
import type { AdmittedPod } from '../model/admitted.ts';
import type { HopAt } from './types.ts';
import type { Said } from './said.ts';
import { servedPorts } from '../model/podPorts.ts';
import { flat } from './flatString.ts';
import { isIngressControllerPod } from './podAnswer.ts';
import { GATEWAY_NAME_LABEL } from '../controllers/gatewayController.ts';

/** A pod as the last hop sees it: its names, node, declared ports and labels the hop asks about, read once. */
export interface PodView {
  pod: AdmittedPod;
  namespace: string;
  name: string;
  /** `ns/name` */
  ref: string;
  node: string;
  ports: { name?: string; port: number; protocol: string }[];
  /** An ingress-nginx controller pod (podAnswer.ts isIngressControllerPod). */
  ingressController: boolean;
  /** Carries the Gateway name label, so it may be a Gateway's data plane (gatewayIndex.ts gatewayOfPod). */
  gatewayLabel: boolean;
  /**
   * ingressController || gatewayLabel: a pod that may proxy what it is sent rather than answer it.
   * deliver.ts reads this one field for the pods that do neither (nearly every pod), not the two.
   */
  proxies: boolean;
  /**
   * Its answer on the port it last answered on (podAnswer.ts is pure per pod; -1: none yet), and
   * that hop's texts: `ip:port`, and the text before and after the client's address. Kept on the
   * view itself, not in an object of its own: a packet then reads one object for its pod.
   */
  servedPort: number;
  servedProtocol: string;
  servedResponse: string;
  servedNote: string | undefined;
  servedAddress: string;
  servedHead: string;
  servedTail: string;
  /**
   * The client address it last answered and that hop's whole text (servedHead + client +
   * servedTail). A pod is mostly asked from one address at a time (a pod client's own, its node's
   * when kube-proxy masquerades, the ingress controller pod's for an Ingress backend), so the next
   * packet from that address reuses the text instead of reading the two strings to join them anew:
   * they are made on the pod's first answer, and with 10,000 Services far from the view.
   */
  servedClient: string | undefined;
  servedDetail: string;
  /** What that hop says (with servedDetail: made for servedClient, undefined until then); the results from that client share it. */
  servedSaid: Said | undefined;
  /** Where the pod's hops point (`Pod` namespace/name), frozen: the results share it. */
  at: HopAt;
  /** An ingress-nginx controller's "accepts" hop text up to the client's address, made on its first request ('': not yet; deliver.ts). */
  acceptsHead: string;
}

/** The view of `pod`, its last answer not yet made. */
export function newPodView(pod: AdmittedPod): PodView {
  const namespace = pod.metadata.namespace ?? 'default';
  const name = pod.metadata.name ?? '';
  // What every delivered packet reads first (deliver.ts), then the rest: with 10,000 Services a
  // view is cold, and each cache line it spans costs a load. `pod` and `servedNote` are read by
  // packets to a pod that proxies, or answers anew, only.
  const ingressController = isIngressControllerPod(pod);
  const gatewayLabel = pod.metadata.labels?.[GATEWAY_NAME_LABEL] !== undefined;
  return {
    ref: flat(`${namespace}/${name}`),
    node: pod.spec.nodeName ?? '',
    at: Object.freeze({ kind: 'Pod', namespace, name }),
    proxies: ingressController || gatewayLabel,
    servedPort: -1,
    servedProtocol: '',
    servedResponse: '',
    servedClient: undefined,
    servedDetail: '',
    servedSaid: undefined,
    pod,
    servedNote: undefined,
    ingressController,
    gatewayLabel,
    namespace,
    name,
    ports: servedPorts(pod),
    servedAddress: '',
    servedHead: '',
    servedTail: '',
    acceptsHead: '',
  };
}
