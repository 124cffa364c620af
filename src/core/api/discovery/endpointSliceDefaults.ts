// EndpointSlice defaults (k8s.io/kubernetes pkg/apis/discovery/v1/defaults.go SetDefaults_EndpointPort),
// run by admission and by asStored (api/defaults.ts) on every slice they store.
import type { EndpointSlice } from '../../model/objects.ts';

export function setEndpointSliceDefaults(es: EndpointSlice): void {
  for (const p of es.ports ?? []) {
    p.name ??= '';
    p.protocol ??= 'TCP';
  }
}
