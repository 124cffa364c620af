// `kubectl get serviceaccounts` (printServiceAccount: NAME, SECRETS, AGE) over a cluster whose
// namespaces hold the controller's `default` accounts, and what `get deploy` shows of a Deployment
// whose pods the ServiceAccount admission plugin refuses.
import { describe, expect, it } from 'vitest';
import fixture from './fixtures/service-accounts.yaml?raw';
import { loadScenario } from '../scenario/load.ts';
import { runKubectl } from './runKubectl.ts';

const scenario = loadScenario(fixture);
const k = (...args: string[]) => runKubectl(scenario, args);

describe('kubectl get serviceaccounts', () => {
  it('sa -A: a default account in every namespace, coredns, the user’s account with its one Secret', () => {
    expect(k('get', 'sa', '-A').stdout).toBe(
      [
        'NAMESPACE         NAME      SECRETS   AGE',
        'default           default   0         10d',
        'kube-node-lease   default   0         10d',
        'kube-public       default   0         10d',
        'kube-system       coredns   0         10d',
        'kube-system       default   0         10d',
        'shop              builder   1         60s',
        'shop              default   0         60s',
        '',
      ].join('\n'),
    );
  });

  it('serviceaccount/default -o name in the current namespace; the long names resolve too', () => {
    expect(k('get', 'serviceaccounts', '-n', 'shop', '-o', 'name').stdout).toBe(
      'serviceaccount/builder\nserviceaccount/default\n',
    );
    expect(k('get', 'serviceaccount', 'default').stdout).toBe('NAME      SECRETS   AGE\ndefault   0         10d\n');
  });
});

describe('kubectl get deploy of a Deployment whose pods are refused', () => {
  it('0/3 ready, none up to date or available', () => {
    expect(k('get', 'deploy', 'web').stdout).toBe(
      'NAME   READY   UP-TO-DATE   AVAILABLE   AGE\nweb    0/3     0            0           60s\n',
    );
  });
});
