// ServiceAccounts the cluster makes itself. The serviceaccounts-controller of kube-controller-manager
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

export function serviceAccountObject(namespace: string, name: string, creationTimestamp?: string): ServiceAccount {
  return { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace, creationTimestamp } };
}

/** The serviceaccounts-controller's pass: a `default` account, created with its namespace, wherever one is missing. */
export function ensureDefaultServiceAccounts(state: ClusterState): void {
  for (const { metadata } of state.namespaces)
    if (!findObject(state, 'ServiceAccount', metadata.name, 'default')) {
      const sa = serviceAccountObject(metadata.name, 'default', metadata.creationTimestamp);
      ensureUid(state, sa);
      storeObject(state, sa as K8sObject);
    }
}
