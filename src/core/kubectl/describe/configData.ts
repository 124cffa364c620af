// describeConfigMap and describeSecret (kubectl pkg/describe/describe.go ConfigMapDescriber,
// SecretDescriber; the output of kubernetes.io's configure-pod-configmap task). A ConfigMap prints each data value under its key and `----`, then each
// binaryData key with its size, then its events; a Secret prints its type, then each data key with
// its size in bytes, never the value (a service-account-token Secret's token excepted), and no
// events. kubectl ranges over Go maps, whose order varies from run to run; the playground prints
// the keys in byte order, one of those orders.
import type { ConfigMap, Secret } from 'kubernetes-types/core/v1';
import { byteCompare } from '../labelSelector.ts';
import { describeNoEvents, Lines, printAnnotationsMultiline, printLabelsMultiline } from './writer.ts';

type Stored<T> = T & { metadata: { name: string; namespace?: string } };

const entries = (m: unknown): [string, unknown][] =>
  typeof m === 'object' && m !== null && !Array.isArray(m)
    ? Object.entries(m).sort(([a], [b]) => byteCompare(a, b))
    : [];

/** The bytes a base64 value of `data`/`binaryData` stands for (JSON carries []byte as padded base64). */
const decodedLength = (v: unknown): number => {
  const s = String(v ?? '');
  return Math.floor((s.length * 3) / 4) - (s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0);
};

function heading(w: Lines, o: Stored<ConfigMap | Secret>): void {
  w.write(0, `Name:\t${o.metadata.name}\n`);
  w.write(0, `Namespace:\t${o.metadata.namespace ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', o.metadata.labels);
  printAnnotationsMultiline(w, 'Annotations', o.metadata.annotations);
}

export function describeConfigMap(cm: Stored<ConfigMap>): string {
  const w = new Lines();
  heading(w, cm);
  w.write(0, '\nData\n====\n');
  for (const [k, v] of entries(cm.data)) w.write(0, `${k}:\n----\n${String(v)}\n`);
  w.write(0, '\nBinaryData\n====\n');
  for (const [k, v] of entries(cm.binaryData)) w.write(0, `${k}: ${decodedLength(v)} bytes\n`);
  w.write(0, '\n');
  describeNoEvents(w);
  return w.tabbed();
}

export function describeSecret(s: Stored<Secret>): string {
  const w = new Lines();
  heading(w, s);
  w.write(0, `\nType:\t${s.type ?? ''}\n`);
  w.write(0, '\nData\n====\n');
  for (const [k, v] of entries(s.data))
    w.write(
      0,
      k === 'token' && s.type === 'kubernetes.io/service-account-token'
        ? `${k}:\t${atobText(String(v))}\n`
        : `${k}:\t${decodedLength(v)} bytes\n`,
    );
  return w.tabbed();
}

const { atob } = globalThis as unknown as { atob(b64: string): string };
/** The token as text (a JWT is ASCII); a value that is not base64 prints as stored. */
function atobText(b64: string): string {
  try {
    return atob(b64);
  } catch {
    return b64;
  }
}
