// The root-ca-cert-publisher of kube-controller-manager (pkg/controller/certificates/rootcacertpublisher/
// publisher.go): a ConfigMap `kube-root-ca.crt` in every namespace, made with the namespace
// (serviceAccounts.ts ensureNamespaceObjects), whose `ca.crt` is the cluster's CA certificate (PEM)
// and whose annotation says what it is for. Pods' kube-api-access projected volume reads it
// (api/pod/podAdmission.ts). The playground's cluster has no real CA: the certificate is a stand-in
// of a kubeadm CA certificate's size (801 bytes of DER, 1,068 base64 characters), its first bytes an
// X.509 v3 certificate's, the rest drawn from the seed: the same cluster, the same certificate.
import type { AdmittedNamespace } from '../model/admitted.ts';
import { createRng } from '../random/rng.ts';

const { btoa } = globalThis as unknown as { btoa(binary: string): string };

export function rootCACertificate(seed: number): string {
  const rng = createRng(seed);
  // The DER's first bytes: a SEQUENCE of 797 bytes, the tbsCertificate's, version v3, an 8-byte serial.
  const der = [48, 130, 3, 29, 48, 130, 2, 5, 160, 3, 2, 1, 2, 2, 8];
  while (der.length < 801) der.push(rng.int(256));
  const body = btoa(String.fromCharCode(...der));
  return `-----BEGIN CERTIFICATE-----\n${body.replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE-----\n`;
}

export const rootCACertConfigMap = ({ name, creationTimestamp }: AdmittedNamespace['metadata'], pem: string) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: {
    name: 'kube-root-ca.crt',
    namespace: name,
    creationTimestamp,
    annotations: {
      'kubernetes.io/description':
        'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.',
    },
  },
  data: { 'ca.crt': pem },
});
