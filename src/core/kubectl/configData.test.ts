// `kubectl get` and `describe` of ConfigMaps and Secrets (printConfigMap: NAME DATA AGE; printSecret:
// NAME TYPE DATA AGE; describeConfigMap, describeSecret), which a v1.34 cluster serves and the
// playground stores as written.
import { describe, expect, it } from 'vitest';
import fixture from './fixtures/config-data.yaml?raw';
import { loadScenario } from '../scenario/load.ts';
import { runKubectl } from './runKubectl.ts';
import { completeKubectl } from './complete.ts';

const scenario = loadScenario(fixture);
const k = (...args: string[]) => runKubectl(scenario, args);

describe('kubectl get configmaps / secrets', () => {
  it('cm in a namespace: DATA counts data and binaryData keys', () => {
    expect(k('get', 'cm', '-n', 'shop', '-l', 'app=web').stdout).toBe(
      'NAME         DATA   AGE\nweb-config   3      60s\n',
    );
    expect(k('get', 'configmap', 'empty').stdout).toBe('NAME    DATA   AGE\nempty   0      60s\n');
  });

  it('secrets: TYPE (Opaque when none was written) and DATA (stringData merged into data)', () => {
    const rows = k('get', 'secrets', '-n', 'shop').stdout.split('\n');
    expect(rows[0]).toBe('NAME             TYPE                DATA   AGE');
    expect(rows[1]).toBe('api-token        Opaque              2      60s');
    expect(rows[2]).toBe('db-credentials   Opaque              2      60s');
    expect(rows[3]).toBe('web-tls          kubernetes.io/tls   2      60s');
  });

  it('the names discovery gives, -o name, and NotFound', () => {
    expect(k('get', 'secret/web-tls', 'cm/web-config', '-n', 'shop', '-o', 'name').stdout).toBe(
      'secret/web-tls\nconfigmap/web-config\n',
    );
    expect(k('get', 'secret', 'nope').stderr).toBe('Error from server (NotFound): secrets "nope" not found\n');
    expect(k('get', 'cm', 'nope').stderr).toBe('Error from server (NotFound): configmaps "nope" not found\n');
  });

  it('several kinds: kind/name in the name column', () => {
    expect(k('get', 'cm,secrets', '-n', 'shop').stdout).toBe(
      [
        'NAME                         DATA   AGE',
        'configmap/kube-root-ca.crt   1      60s',
        'configmap/web-config         3      60s',
        '',
        'NAME                    TYPE                DATA   AGE',
        'secret/api-token        Opaque              2      60s',
        'secret/db-credentials   Opaque              2      60s',
        'secret/web-tls          kubernetes.io/tls   2      60s',
        '',
      ].join('\n'),
    );
  });

  it('cm -A: each namespace’s kube-root-ca.crt (the root-CA publisher’s), made with its namespace', () => {
    const lines = k('get', 'cm', '-A').stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('NAMESPACE         NAME               DATA   AGE');
    expect(lines.slice(1).map((l) => l.split(/\s+/).join(' '))).toEqual([
      'default empty 0 60s',
      'default kube-root-ca.crt 1 10d',
      'kube-node-lease kube-root-ca.crt 1 10d',
      'kube-public kube-root-ca.crt 1 10d',
      'kube-system kube-root-ca.crt 1 10d',
      'shop kube-root-ca.crt 1 60s',
      'shop web-config 3 60s',
    ]);
  });

  it('are not in `all`', () => {
    expect(k('get', 'all', '-n', 'shop').stderr).toBe('No resources found in shop namespace.\n');
  });

  it('the console completes the types and their names', () => {
    expect(completeKubectl(scenario, 'kubectl get con')).toEqual(['configmap']);
    expect(completeKubectl(scenario, 'kubectl describe secret -n shop ')).toEqual([
      'api-token',
      'db-credentials',
      'web-tls',
    ]);
  });
});

describe('kubectl describe configmap / secret', () => {
  it('a ConfigMap: each value under its key, binaryData sizes, events', () => {
    expect(k('describe', 'cm', 'web-config', '-n', 'shop').stdout).toBe(
      [
        'Name:         web-config',
        'Namespace:    shop',
        'Labels:       app=web',
        'Annotations:  <none>',
        '',
        'Data',
        '====',
        'mode:',
        '----',
        'blue',
        'nginx.conf:',
        '----',
        'server {',
        '  listen 80;',
        '}',
        '',
        '',
        'BinaryData',
        '====',
        'logo.png: 8 bytes',
        '',
        'Events:  <none>',
        '',
      ].join('\n'),
    );
  });

  it('a Secret: its type and each key’s size, never the value', () => {
    const out = k('describe', 'secret', 'db-credentials', '-n', 'shop').stdout;
    expect(out).toBe(
      [
        'Name:         db-credentials',
        'Namespace:    shop',
        'Labels:       <none>',
        'Annotations:  <none>',
        '',
        'Type:  Opaque',
        '',
        'Data',
        '====',
        'password:  6 bytes',
        'username:  5 bytes',
        '',
      ].join('\n'),
    );
    expect(out).not.toContain('s3cr3t');
  });
});
