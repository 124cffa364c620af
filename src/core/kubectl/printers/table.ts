// The shape of a server-side Table (metav1.Table) as the printers fill it: column definitions
// with a priority (1 = only with `-o wide`) and one row of cells per object
// (k8s.io/kubernetes pkg/printers/internalversion/printers.go AddHandlers).
import type { ClusterState } from '../../model/clusterState.ts';

export interface Column {
  name: string;
  /** 0: always; 1: only with -o wide. */
  priority: 0 | 1;
}

export interface PrintContext {
  state: ClusterState;
  wide: boolean;
}

export interface TablePrinter<T> {
  columns: readonly Column[];
  /** The column of format "name", which several kinds prefix with `kind/`: the first unless named. */
  nameColumn?: string;
  /** Cells in column order; the wide cells only when ctx.wide. */
  row(obj: T, ctx: PrintContext): string[];
}

const col = (name: string, priority: 0 | 1 = 0): Column => ({ name, priority });
export const cols = (names: readonly string[], wide: readonly string[] = []): Column[] => [
  ...names.map((n) => col(n)),
  ...wide.map((n) => col(n, 1)),
];

/** `max 3 then " + N more..."`, `<unset>` when empty (printers.go listWithMoreString). */
export function listWithMore(list: readonly string[], more: boolean, count: number, max: number): string {
  const ret = list.join(',');
  if (more) return `${ret} + ${count - max} more...`;
  return ret === '' ? '<unset>' : ret;
}

/** layoutContainerCells: names and images joined by `,`. */
export function containerCells(containers: readonly { name: string; image?: string }[] | undefined): [string, string] {
  const cs = containers ?? [];
  return [cs.map((c) => c.name).join(','), cs.map((c) => c.image ?? '').join(',')];
}
