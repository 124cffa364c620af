// What the API server fills on every Pod it creates, after the decoder's defaults (podSpec.ts
// setPodSpecDefaults) and before validation: the mutating admission plugins of a kubeadm cluster
// (k8s.io/kubernetes plugin/pkg/admission/serviceaccount admission.go: serviceAccountName "default";
// defaulttolerationseconds admission.go: not-ready and unreachable NoExecute tolerated for 300 s;
// priority admission.go: no default PriorityClass, so priority 0 and PreemptLowerPriority).
// On create the ServiceAccount plugin also refuses a Pod whose account does not exist and mounts the
// API token (mountServiceAccountToken, below).
// A Pod reaches them whoever creates it: `kubectl apply` (admit.ts), a workload controller
// (controllers/podTemplate.ts), `kubectl run`'s temporary pod (dataplane/tempPod.ts).
import type { Pod } from '../../model/objects.ts';
import type { ClusterState } from '../../model/clusterState.ts';
import type { ServiceAccount, Toleration, Volume } from 'kubernetes-types/core/v1';
import { findObject } from '../store.ts';
import { createRng } from '../../random/rng.ts';
import { randomSuffix } from '../../random/randString.ts';

const DEFAULT_TOLERATIONS: readonly Toleration[] = ['not-ready', 'unreachable'].map((taint) => ({
  key: `node.kubernetes.io/${taint}`,
  operator: 'Exists',
  effect: 'NoExecute',
  tolerationSeconds: 300,
}));

/** DefaultAPITokenMountPath: where every container finds its token, the cluster's CA and its namespace. */
const TOKEN_MOUNT_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';

/**
 * The admission plugins' fields on a defaulted Pod; fields the user wrote are kept. Returns the
 * ServiceAccount plugin's refusal when the Pod's account is not in its namespace (admission.go Admit,
 * getServiceAccount; admission.NewForbidden names the Pod by `shown`, its generateName when a controller
 * sends it nameless): `default` is never missing, as the plugin retries it for the serviceaccounts
 * controller to make (docs/api-server.md §5.2). The caller refuses only a create: the plugin does not
 * act on an update.
 * Its mountServiceAccountToken, unless automountServiceAccountToken is false on the Pod, or unset there
 * and false on the account (shouldAutomount): a volume whose name starts `kube-api-access-` is taken as the token's (its source
 * unchecked), else one is named with rand.String(5) drawn from the seed and the pod's key (so a pod
 * keeps its name whatever else the scenario holds); each init container, then each container, without
 * a mount at the path gets a read-only one; the projected volume (TokenVolumeSource) is appended when a
 * mount was added and no volume was found. The plugin acts on create only; an update draws the same
 * name, so the mounts a manifest never names come out as stored (kubectl apply's patch keeps them).
 */
export function setPodAdmissionDefaults(pod: Pod, state: ClusterState, shown = pod.metadata?.name): string | undefined {
  const spec = (pod.spec ??= { containers: [] });
  if (!Array.isArray(spec.containers)) spec.containers = [];
  // v1 conversion (pkg/apis/core/v1/conversion.go Convert_v1_PodSpec_To_core_PodSpec and back): the
  // deprecated `serviceAccount` is read when serviceAccountName is empty and always written back from it.
  spec.serviceAccountName ||= spec.serviceAccount || 'default';
  spec.serviceAccount = spec.serviceAccountName;
  spec.preemptionPolicy ??= 'PreemptLowerPriority';
  spec.priority ??= 0;
  const tolerations = Array.isArray(spec.tolerations) ? spec.tolerations : [];
  for (const t of DEFAULT_TOLERATIONS)
    if (!tolerations.some((x) => x.key === t.key && x.effect === t.effect)) tolerations.push({ ...t });
  spec.tolerations = tolerations;
  const ns = pod.metadata?.namespace;
  const account = spec.serviceAccountName;
  const sa = findObject(state, 'ServiceAccount', ns, account) as ServiceAccount | undefined;
  if (!sa && account !== 'default')
    return `pods "${shown}" is forbidden: error looking up service account ${ns}/${account}: serviceaccount "${account}" not found`;
  if ((spec.automountServiceAccountToken ?? sa?.automountServiceAccountToken) === false) return;
  const volumes: Volume[] = Array.isArray(spec.volumes) ? spec.volumes : [];
  const found = volumes.find((v) => typeof v?.name === 'string' && v.name.startsWith('kube-api-access-'))?.name;
  const name = found ?? 'kube-api-access-' + randomSuffix(createRng(state.seed).fork(`${ns}/${pod.metadata?.name}`));
  let added = false;
  // Our decoder does not check every list's type (a mapping where mounts belong), so such a container is passed over.
  for (const c of [...(Array.isArray(spec.initContainers) ? spec.initContainers : []), ...spec.containers]) {
    const mounts = c?.volumeMounts ?? [];
    if (c && typeof c === 'object' && Array.isArray(mounts) && !mounts.some((m) => m?.mountPath === TOKEN_MOUNT_PATH)) {
      c.volumeMounts = [...mounts, { mountPath: TOKEN_MOUNT_PATH, name, readOnly: true }];
      added = true;
    }
  }
  if (added && !found)
    spec.volumes = [
      ...volumes,
      {
        name,
        projected: {
          defaultMode: 420,
          sources: [
            { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
            { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
            {
              downwardAPI: {
                items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }],
              },
            },
          ],
        },
      },
    ];
}
