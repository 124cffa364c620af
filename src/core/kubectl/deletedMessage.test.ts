// delete.go PrintObj: the namespace is named after namespaced objects since kubectl 1.34
// (delete_test.go expects `replicationcontroller "redis-master" deleted from test-specific namespace`),
// never after cluster-scoped ones.
import { describe, expect, it } from 'vitest';
import { DELETE_NAMES_NAMESPACE, deletedMessage } from './deletedMessage.ts';
import { KUBELET_VERSION } from '../controllers/nodes.ts';

describe('deletedMessage', () => {
  it('follows the version the nodes report (v1.34+)', () => {
    expect(KUBELET_VERSION).toMatch(/^v1\.3[4-9]\./);
    expect(DELETE_NAMES_NAMESPACE).toBe(true);
  });
  it.each([
    [
      ['ReplicationController', '', 'redis-master', 'test-specific', false],
      'replicationcontroller "redis-master" deleted from test-specific namespace\n',
    ],
    [['Deployment', 'apps', 'web', 'default', false], 'deployment.apps "web" deleted from default namespace\n'],
    [['Pod', '', 'foo', 'test', true], 'pod "foo" force deleted from test namespace\n'],
    [['Namespace', '', 'shop', undefined, false], 'namespace "shop" deleted\n'],
    [
      ['IngressClass', 'networking.k8s.io', 'nginx', undefined, false],
      'ingressclass.networking.k8s.io "nginx" deleted\n',
    ],
  ] as const)('%j → %s', ([kind, group, name, ns, force], text) => {
    expect(deletedMessage(kind, group, name, ns, force)).toBe(text);
  });
});
