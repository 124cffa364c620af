// CONTRACT (implemented by the api/ work): what the API server does with one object that
// `kubectl apply -f` sends: decode (types), defaults, allocation, validation — in upstream's order
// (shared/docs/kubernetes-api.md §2.1). Never throws on user input.
import type { ClusterState } from '../model/clusterState.ts';
import type { K8sObject } from '../model/objects.ts';
import type { Allocators } from './allocators.ts';
import type { FieldError } from './fieldErrors.ts';

export interface AdmissionContext {
  state: ClusterState;
  allocators: Allocators;
  /** The file name kubectl names in its messages. */
  fileName: string;
}

export interface AdmissionResult {
  outcome: 'created' | 'configured' | 'invalid' | 'bad-request' | 'not-found' | 'internal' | 'unknown-kind';
  kind: string;
  name: string;
  namespace?: string;
  /** The stored object (defaults applied, IPs and ports allocated) when created/configured. */
  object?: K8sObject;
  /** Field errors (invalid, or allocation errors reported alone). */
  fieldErrors: FieldError[];
  /** Exactly what kubectl prints: `service/web created`, `The Service "web" is invalid: …`, `Error from server (BadRequest): …`. */
  message: string;
  /** For bad-request and similar: the field the problem is about, to position it. */
  field?: string;
  /** API warnings (kubectl prints them as `Warning: …`). */
  warnings: { message: string; field?: string }[];
}

export declare function admitObject(obj: K8sObject, ctx: AdmissionContext): AdmissionResult;
