// The RBAC describers (kubectl pkg/describe/describe.go RoleDescriber, ClusterRoleDescriber,
// RoleBindingDescriber, ClusterRoleBindingDescriber; pkg/util/rbac BreakdownRule, CompactRules,
// SortableRuleSlice). A role's rules are broken down to one verb on one resource (and one resource
// name) each, the ones on the same group, resource and name joined again with their verbs in order,
// and sorted by the rule's protobuf String() (Verbs first); non-resource URLs stay one per verb.
// A binding prints its roleRef and its subjects. None of them prints a namespace or events.
import type { ClusterRole, ClusterRoleBinding, PolicyRule, Role, RoleBinding } from 'kubernetes-types/rbac/v1';
import { byteCompare } from '../labelSelector.ts';
import { goList } from './persistentVolumeClaim.ts';
import { Lines, printAnnotationsMultiline, printLabelsMultiline } from './writer.ts';

interface Rule {
  verbs: string[];
  apiGroups: string[];
  resources: string[];
  resourceNames: string[];
  nonResourceURLs: string[];
}

/** BreakdownRule, then CompactRules over the broken-down rules. */
function compactRules(rules: readonly PolicyRule[] | undefined): Rule[] {
  const simple = new Map<string, Rule>();
  const other: Rule[] = [];
  for (const rule of rules ?? []) {
    const names = rule.resourceNames ?? [];
    for (const group of rule.apiGroups ?? [])
      for (const resource of rule.resources ?? [])
        for (const verb of rule.verbs ?? [])
          for (const name of names.length > 0 ? names : [undefined]) {
            const key = JSON.stringify([group, resource, name ?? null]);
            const known = simple.get(key);
            if (known) {
              if (!known.verbs.includes(verb)) known.verbs.push(verb);
            } else
              simple.set(key, {
                verbs: [verb],
                apiGroups: [group],
                resources: [resource],
                resourceNames: name === undefined ? [] : [name],
                nonResourceURLs: [],
              });
          }
    for (const url of rule.nonResourceURLs ?? [])
      for (const verb of rule.verbs ?? [])
        other.push({ verbs: [verb], apiGroups: [], resources: [], resourceNames: [], nonResourceURLs: [url] });
  }
  const key = (r: Rule) =>
    `&PolicyRule{Verbs:${goList(r.verbs)},APIGroups:${goList(r.apiGroups)},Resources:${goList(r.resources)},ResourceNames:${goList(r.resourceNames)},NonResourceURLs:${goList(r.nonResourceURLs)},}`;
  return [...other, ...simple.values()].sort((a, b) => byteCompare(key(a), key(b)));
}

/** CombineResourceGroup: `resource.group/subresource`, the core group left out. */
function resourceGroup(resources: readonly string[], groups: readonly string[]): string {
  const first = resources[0];
  if (first === undefined) return '';
  const slash = first.indexOf('/');
  const group = groups[0] ? `.${groups[0]}` : '';
  return slash < 0 ? `${first}${group}` : `${first.slice(0, slash)}${group}${first.slice(slash)}`;
}

function heading(w: Lines, o: Role | ClusterRole | RoleBinding | ClusterRoleBinding): void {
  w.write(0, `Name:\t${o.metadata?.name ?? ''}\n`);
  printLabelsMultiline(w, 'Labels', o.metadata?.labels);
  printAnnotationsMultiline(w, 'Annotations', o.metadata?.annotations);
}

export function describeRole(role: Role | ClusterRole): string {
  const w = new Lines();
  heading(w, role);
  w.write(0, 'PolicyRule:\n');
  w.write(1, 'Resources\tNon-Resource URLs\tResource Names\tVerbs\n');
  w.write(1, '---------\t-----------------\t--------------\t-----\n');
  for (const r of compactRules(role.rules))
    w.write(
      1,
      `${resourceGroup(r.resources, r.apiGroups)}\t${goList(r.nonResourceURLs)}\t${goList(r.resourceNames)}\t${goList(r.verbs)}\n`,
    );
  return w.tabbed();
}

export function describeRoleBinding(binding: RoleBinding | ClusterRoleBinding): string {
  const w = new Lines();
  heading(w, binding);
  w.write(0, 'Role:\n');
  w.write(1, `Kind:\t${binding.roleRef?.kind ?? ''}\n`);
  w.write(1, `Name:\t${binding.roleRef?.name ?? ''}\n`);
  w.write(0, 'Subjects:\n');
  w.write(1, 'Kind\tName\tNamespace\n');
  w.write(1, '----\t----\t---------\n');
  for (const s of binding.subjects ?? []) w.write(1, `${s.kind}\t${s.name}\t${s.namespace ?? ''}\n`);
  return w.tabbed();
}
