// printRoleBinding and printClusterRoleBinding (k8s.io/kubernetes pkg/printers/internalversion/
// printers.go): ROLE is `Kind/name` of the roleRef; -o wide lists the subjects by kind
// (rbac.SubjectsStrings: users, groups, and service accounts as `namespace/name`), each joined by
// ", ". Roles and ClusterRoles have no printer: the default table (defaultTable.ts).
import type { ClusterRoleBinding, RoleBinding, Subject } from 'kubernetes-types/rbac/v1';
import type { AdmittedObject } from '../../model/admitted.ts';
import { ageOf } from '../humanDuration.ts';
import { cols, type TablePrinter } from './table.ts';

/** rbac.SubjectsStrings: users, groups and service accounts (`namespace/name`), each list joined by ", ". */
function subjectsCells(subjects: readonly Subject[] | undefined): string[] {
  const users: string[] = [];
  const groups: string[] = [];
  const sas: string[] = [];
  for (const s of subjects ?? []) {
    if (s.kind === 'ServiceAccount') sas.push(`${s.namespace ?? ''}/${s.name}`);
    else if (s.kind === 'User') users.push(s.name);
    else if (s.kind === 'Group') groups.push(s.name);
  }
  return [users.join(', '), groups.join(', '), sas.join(', ')];
}

export const roleBindingPrinter: TablePrinter<AdmittedObject & (RoleBinding | ClusterRoleBinding)> = {
  columns: cols(['Name', 'Role', 'Age'], ['Users', 'Groups', 'ServiceAccounts']),
  row: (b, ctx) => [
    b.metadata.name,
    `${b.roleRef?.kind ?? ''}/${b.roleRef?.name ?? ''}`,
    ageOf(b.metadata, ctx.state),
    ...(ctx.wide ? subjectsCells(b.subjects) : []),
  ],
};
