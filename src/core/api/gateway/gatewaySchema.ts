// Gateway's spec schema (apis/v1/gateway_types.go): its listeners and their CEL rules.
import { celList, has, list, o, obj, open, str, type Obj } from './schemaBuilders.ts';
import { ADDRESS_TYPE, DNS_SUBDOMAIN, HOSTNAME, group, kind, port } from './sharedTypes.ts';

const PROTOCOL =
  '^[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9]+$';

const labelSelector = obj({
  matchLabels: { type: 'object', additionalProperties: str() },
  matchExpressions: list(obj({ key: str(), operator: str(), values: list(str()) }, { required: ['key', 'operator'] })),
});

const allowedRoutes = obj(
  {
    namespaces: obj(
      { from: str({ enum: ['All', 'Selector', 'Same'], default: 'Same' }), selector: labelSelector },
      {
        default: { from: 'Same' },
      },
    ),
    kinds: list(obj({ group: group('gateway.networking.k8s.io'), kind: kind() }, { required: ['kind'] }), {
      maxItems: 8,
    }),
  },
  { default: { namespaces: { from: 'Same' } } },
);

const listener = obj(
  {
    name: str({ pattern: DNS_SUBDOMAIN, minLength: 1, maxLength: 253 }),
    hostname: str({ pattern: HOSTNAME, minLength: 1, maxLength: 253 }),
    port,
    protocol: str({ pattern: PROTOCOL, minLength: 1, maxLength: 255 }),
    tls: open,
    allowedRoutes,
  },
  { required: ['name', 'port', 'protocol'] },
);

const proto = (l: Obj) => String(l['protocol']);
const hostOf = (l: Obj) => l['hostname'];

export const gatewaySpec = obj(
  {
    gatewayClassName: str({ minLength: 1, maxLength: 253 }),
    listeners: list(listener, {
      minItems: 1,
      maxItems: 64,
      rules: [
        celList("tls must not be specified for protocols ['HTTP', 'TCP', 'UDP']", (self) =>
          self.every((l) => (['HTTP', 'TCP', 'UDP'].includes(proto(l)) ? !has(l, 'tls') : true)),
        ),
        celList('tls mode must be Terminate for protocol HTTPS', (self) =>
          self.every((l) => {
            const mode = o(l['tls'])?.['mode'];
            return proto(l) === 'HTTPS' && has(l, 'tls')
              ? mode === undefined || mode === '' || mode === 'Terminate'
              : true;
          }),
        ),
        celList('tls mode must be set for protocol TLS', (self) =>
          self.every((l) => {
            const mode = o(l['tls'])?.['mode'];
            return proto(l) === 'TLS' ? mode !== undefined && mode !== '' : true;
          }),
        ),
        celList("hostname must not be specified for protocols ['TCP', 'UDP']", (self) =>
          self.every((l) => (['TCP', 'UDP'].includes(proto(l)) ? !has(l, 'hostname') || hostOf(l) === '' : true)),
        ),
        celList('Listener name must be unique within the Gateway', (self) =>
          self.every((l1) => self.filter((l2) => l1['name'] === l2['name']).length === 1),
        ),
        celList('Combination of port, protocol and hostname must be unique for each listener', (self) =>
          self.every(
            (l1) =>
              self.filter(
                (l2) =>
                  l1['port'] === l2['port'] &&
                  l1['protocol'] === l2['protocol'] &&
                  (has(l1, 'hostname') && has(l2, 'hostname')
                    ? l1['hostname'] === l2['hostname']
                    : !has(l1, 'hostname') && !has(l2, 'hostname')),
              ).length === 1,
          ),
        ),
      ],
    }),
    addresses: list(
      obj({
        type: str({ default: 'IPAddress', pattern: ADDRESS_TYPE, minLength: 1, maxLength: 253 }),
        value: str({ maxLength: 253 }),
      }),
      { maxItems: 16 },
    ),
    infrastructure: open,
    allowedListeners: open,
    tls: open,
  },
  { required: ['gatewayClassName', 'listeners'] },
);
