// The fields the Gateway API kinds share (group, kind, name, namespace, port) and the patterns of
// their types.
import { int, str } from './schemaBuilders.ts';

// Patterns of apis/v1/shared_types.go (Hostname, PreciseHostname, SectionName, Group, Kind, Namespace, HeaderName, GatewayController).
export const DNS_SUBDOMAIN = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$';
export const HOSTNAME = '^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$';
export const GROUP = '^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$';
export const KIND = '^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$';
export const NAMESPACE = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$';
export const HEADER_NAME = "^[A-Za-z0-9!#$%&'*+\\-.^_\\x60|~]+$";
// AddressType: the three core types or a domain-prefixed path. Upstream's pattern anchors only its
// first and last alternatives (^Hostname|…|…$), kept as written: the API server runs it so.
export const ADDRESS_TYPE =
  "^Hostname|IPAddress|NamedAddress|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9\\/\\-._~%!$&'()*+,;=:]+$";
export const CONTROLLER =
  "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9\\/\\-._~%!$&'()*+,;=:]+$";

// Their lengths (Group 253, Kind 63, ObjectName 253, Namespace 63, SectionName and Hostname 253).
export const group = (def?: string) =>
  str({ pattern: GROUP, maxLength: 253, ...(def !== undefined ? { default: def } : {}) });
export const kind = (def?: string) =>
  str({ pattern: KIND, minLength: 1, maxLength: 63, ...(def !== undefined ? { default: def } : {}) });
export const objName = str({ minLength: 1, maxLength: 253 });
export const namespace = str({ pattern: NAMESPACE, minLength: 1, maxLength: 63 });
export const port = int({ minimum: 1, maximum: 65535 });
