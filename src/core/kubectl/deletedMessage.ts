// What kubectl prints for each object it deleted (kubectl pkg/cmd/delete/delete.go
// DeleteOptions.PrintObj, also used by `kubectl run --rm`): `service "web" deleted`,
// `force deleted` with --grace-period=0, and since kubectl 1.34 (kubernetes/kubernetes#126619)
// ` from <ns> namespace` after a namespaced object. The playground's kubectl is the version its
// nodes report (controllers/nodes.ts KUBELET_VERSION).
import { KUBELET_VERSION } from '../controllers/nodes.ts';

const MINOR = Number(/^v1\.(\d+)\./.exec(KUBELET_VERSION)?.[1] ?? '0');

/** True when the simulated kubectl names the namespace of what it deleted. */
export const DELETE_NAMES_NAMESPACE = MINOR >= 34;

export function deletedMessage(
  kind: string,
  group: string,
  name: string,
  namespace: string | undefined,
  force = false,
): string {
  const kindString = group ? `${kind.toLowerCase()}.${group}` : kind.toLowerCase();
  let operation = force ? 'force deleted' : 'deleted';
  if (namespace !== undefined && DELETE_NAMES_NAMESPACE) operation = `${operation} from ${namespace} namespace`;
  return `${kindString} "${name}" ${operation}\n`;
}
