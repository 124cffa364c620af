// The API server's table for a kind with no printer of its own (apiserver pkg/registry/rest
// table.go defaultTableConvertor): NAME and CREATED AT, the creation time in RFC 3339 (UTC,
// whole seconds). Roles, ClusterRoles and LimitRanges print this way.
import type { AdmittedObject } from '../../model/admitted.ts';
import { cols, type TablePrinter } from './table.ts';

/** metav1.Time formatted with time.RFC3339 in UTC: `2026-12-07T14:00:00Z`. */
export function rfc3339(timestamp: string): string {
  const t = Date.parse(timestamp);
  return Number.isNaN(t) ? timestamp : new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export const defaultTablePrinter: TablePrinter<AdmittedObject> = {
  columns: cols(['Name', 'Created At']),
  row: (o, ctx) => [o.metadata.name, rfc3339(o.metadata.creationTimestamp ?? ctx.state.createdAt)],
};
