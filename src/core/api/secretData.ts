// What the API server stores of a v1 Secret (k8s.io/kubernetes pkg/apis/core/v1/conversion.go
// Convert_v1_Secret_To_core_Secret; defaults.go SetDefaults_Secret): stringData is write-only, each
// of its values merged into data as the UTF-8 bytes of the string (over a data key of the same
// name), and data is base64 in JSON; an empty type is Opaque. The 'config' plug-in's admission
// step (api/plugins.ts), installed by scenario/installPlugins.ts.
import type { K8sObject } from '../model/objects.ts';
import { encodeUtf8 } from '../share/utf8.ts';

const { btoa } = globalThis as unknown as { btoa(binary: string): string };

/** Standard base64 with padding (encoding/base64.StdEncoding, as JSON carries []byte). */
export const base64 = (bytes: Iterable<number>): string => btoa(String.fromCharCode(...bytes));

export function storeSecret(secret: K8sObject): void {
  const { stringData } = secret;
  if (stringData && typeof stringData === 'object') {
    const data = (secret.data ??= {}) as Record<string, string>;
    for (const [k, v] of Object.entries(stringData)) data[k] = base64(encodeUtf8(String(v)));
  }
  delete secret.stringData;
  secret.type ||= 'Opaque';
}
