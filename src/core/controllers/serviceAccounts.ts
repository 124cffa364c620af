// ServiceAccounts the cluster makes itself, and (rootCACertPublisher.ts) each namespace's kube-root-ca.crt. The serviceaccounts-controller of kube-controller-manager
// (pkg/controller/serviceaccount/serviceaccounts_controller.go syncNamespace, with
// DefaultServiceAccountsControllerOptions: one account, "default") creates a `default` ServiceAccount
// in every namespace that has none, as soon as the namespace exists. Since v1.24 an account gets no token Secret, so it holds
// nothing but its metadata (`kubectl get sa` SECRETS 0). The ServiceAccount admission plugin does not
// wait for this controller: it retries `default` (api/pod/podAdmission.ts, docs/api-server.md §5.2).
import type { ServiceAccount } from 'kubernetes-types/core/v1';
import type { ClusterState } from '../model/clusterState.ts';
import type { K8sObject } from '../model/objects.ts';
import { findObject, storeObject } from '../api/store.ts';
import { ensureUid } from './meta.ts';
import { rootCACertConfigMap, rootCACertificate } from './rootCACertPublisher.ts';

export function serviceAccountObject(namespace: string, name: string, creationTimestamp?: string): ServiceAccount {
  return { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace, creationTimestamp } };
}

/**
 * What the controllers make in every namespace as soon as it exists, wherever it is missing: the
 * serviceaccounts-controller's `default` account and the root-ca-cert-publisher's ConfigMap.
 */
export function ensureNamespaceObjects(state: ClusterState): void {
  const pem = rootCACertificate(state.seed);
  for (const { metadata } of state.namespaces)
    for (const o of [
      serviceAccountObject(metadata.name, 'default', metadata.creationTimestamp),
      rootCACertConfigMap(metadata, pem),
    ] as K8sObject[])
      if (!findObject(state, String(o.kind), metadata.name, String(o.metadata?.name))) {
        ensureUid(state, o);
        storeObject(state, o);
      }
}
