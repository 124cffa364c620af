// What the API server stores of a Secret (Convert_v1_Secret_To_core_Secret, SetDefaults_Secret):
// stringData merged into data as base64 of its UTF-8 bytes, over a data key of the same name, and
// not stored itself; an empty type becomes Opaque.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../scenario/load.ts';

const stored = (yaml: string) => loadScenario(yaml).state.others.find((o) => o.kind === 'Secret');

describe('a Secret as stored', () => {
  it('stringData merged into data, over the same key; type Opaque', () => {
    const s = stored(
      'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata: {token: b2xk, keep: YQ==}\nstringData: {token: new, user: "élan"}\n',
    );
    expect(s?.data).toEqual({ token: 'bmV3', keep: 'YQ==', user: 'w6lsYW4=' });
    expect(s).not.toHaveProperty('stringData');
    expect(s?.type).toBe('Opaque');
  });

  it('a type written is kept', () => {
    expect(stored('apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ntype: kubernetes.io/tls\n')?.type).toBe(
      'kubernetes.io/tls',
    );
  });
});
