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
export const CONTROLLER =
  "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9\\/\\-._~%!$&'()*+,;=:]+$";

export const group = (def?: string) => str({ pattern: GROUP, ...(def !== undefined ? { default: def } : {}) });
export const kind = (def?: string) =>
  str({ pattern: KIND, minLength: 1, ...(def !== undefined ? { default: def } : {}) });
export const objName = str({ minLength: 1 });
export const namespace = str({ pattern: NAMESPACE, minLength: 1 });
export const port = int({ minimum: 1, maximum: 65535 });
