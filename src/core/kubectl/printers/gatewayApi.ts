// Tables of the Gateway API kinds. Custom resources are printed from their CRD's
// additionalPrinterColumns (apiextensions-apiserver pkg/registry/customresource/tableconvertor):
// each column is the first JSONPath result, a list printed as compact JSON (client-go jsonpath
// PrintResults), a missing value an empty cell, `date` columns as an age. Columns from
// gateway-api v1.6.1 config/crd/standard/*.yaml.
import type {
  AdmittedGateway,
  AdmittedGatewayClass,
  AdmittedHTTPRoute,
  AdmittedReferenceGrant,
  Condition,
} from '../../model/gatewayApi.ts';
import type { AdmittedObject } from '../../model/admitted.ts';
import { ageOf } from '../humanDuration.ts';
import { cols, type TablePrinter } from './table.ts';

const conditionStatus = (conditions: readonly Condition[] | undefined, type: string): string =>
  conditions?.find((c) => c.type === type)?.status ?? '';

export const gatewayClassPrinter: TablePrinter<AdmittedGatewayClass> = {
  columns: cols(['Name', 'Controller', 'Accepted', 'Age'], ['Description']),
  row: (c, ctx) => [
    c.metadata.name,
    c.spec.controllerName,
    conditionStatus(c.status?.conditions, 'Accepted'),
    ageOf(c.metadata, ctx.state),
    ...(ctx.wide ? [c.spec.description ?? ''] : []),
  ],
};

export const gatewayPrinter: TablePrinter<AdmittedGateway> = {
  columns: cols(['Name', 'Class', 'Address', 'Programmed', 'Age']),
  row: (g, ctx) => [
    g.metadata.name,
    g.spec.gatewayClassName,
    g.status?.addresses?.[0]?.value ?? '',
    conditionStatus(g.status?.conditions, 'Programmed'),
    ageOf(g.metadata, ctx.state),
  ],
};

export const httpRoutePrinter: TablePrinter<AdmittedHTTPRoute> = {
  columns: cols(['Name', 'Hostnames', 'Age']),
  row: (r, ctx) => [
    r.metadata.name,
    r.spec.hostnames ? JSON.stringify(r.spec.hostnames) : '',
    ageOf(r.metadata, ctx.state),
  ],
};

/** ReferenceGrant, TLSRoute, TCPRoute, UDPRoute and BackendTLSPolicy: the CRDs' only column is Age. */
export const ageOnlyPrinter: TablePrinter<AdmittedReferenceGrant | AdmittedObject> = {
  columns: cols(['Name', 'Age']),
  row: (g, ctx) => [g.metadata.name, ageOf(g.metadata, ctx.state)],
};

/** The kinds stored as written (api/kinds.ts UNSIMULATED_BUILTINS): spec and status are whatever was written. */
type StoredCustom = AdmittedObject & { spec?: { hostnames?: unknown }; status?: { conditions?: unknown } };

/** GRPCRoute: Hostnames, as HTTPRoute's. */
export const grpcRoutePrinter: TablePrinter<StoredCustom> = {
  columns: cols(['Name', 'Hostnames', 'Age']),
  row: (r, ctx) => [
    r.metadata.name,
    r.spec?.hostnames === undefined ? '' : JSON.stringify(r.spec.hostnames),
    ageOf(r.metadata, ctx.state),
  ],
};

/** ListenerSet: its Accepted and Programmed conditions' status, which a Gateway implementation writes. */
export const listenerSetPrinter: TablePrinter<StoredCustom> = {
  columns: cols(['Name', 'Accepted', 'Programmed', 'Age']),
  row(l, ctx) {
    const conditions = Array.isArray(l.status?.conditions) ? (l.status.conditions as Condition[]) : undefined;
    return [
      l.metadata.name,
      conditionStatus(conditions, 'Accepted'),
      conditionStatus(conditions, 'Programmed'),
      ageOf(l.metadata, ctx.state),
    ];
  },
};
