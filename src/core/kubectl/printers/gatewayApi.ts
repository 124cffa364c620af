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

export const referenceGrantPrinter: TablePrinter<AdmittedReferenceGrant> = {
  columns: cols(['Name', 'Age']),
  row: (g, ctx) => [g.metadata.name, ageOf(g.metadata, ctx.state)],
};
