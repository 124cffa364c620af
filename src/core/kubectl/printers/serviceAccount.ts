// printServiceAccount (k8s.io/kubernetes pkg/printers/internalversion/printers.go): the name, how many
// Secrets the account lists (0 for an account made since v1.24, which gets no token Secret) and its age.
import type { ServiceAccount } from 'kubernetes-types/core/v1';
import type { AdmittedObject } from '../../model/admitted.ts';
import { ageOf } from '../humanDuration.ts';
import { cols, type TablePrinter } from './table.ts';

export const serviceAccountPrinter: TablePrinter<AdmittedObject & ServiceAccount> = {
  columns: cols(['Name', 'Secrets', 'Age']),
  row: (sa, ctx) => [
    sa.metadata.name,
    // Stored as written (api/admit.ts): a list is counted, anything else is none.
    String(Array.isArray(sa.secrets) ? sa.secrets.length : 0),
    ageOf(sa.metadata, ctx.state),
  ],
};
