// `kubectl get -o yaml|json` leaves managedFields out unless --show-managed-fields is given
// (cli-runtime pkg/genericclioptions/json_yaml_flags.go wraps the JSON and YAML printers in
// printers.OmitManagedFieldsPrinter); the other printers still see them.
import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/managed-fields.yaml?raw';
import { scenarioFromYaml } from '../stateFromYaml.ts';
import { runKubectl } from '../runKubectl.ts';

const scenario = scenarioFromYaml(fixture);
const k = (...args: string[]) => runKubectl(scenario, args);

describe('managedFields in kubectl get', () => {
  it('-o yaml and -o json print the object without them', () => {
    const yaml = k('get', 'svc', 'web', '-o', 'yaml');
    expect(yaml.exitCode).toBe(0);
    expect(yaml.stdout).toContain('name: web');
    expect(yaml.stdout).not.toContain('managedFields');
    expect(yaml.stdout).not.toContain('kubectl-client-side-apply');
    expect(k('get', 'svc', 'web', '-o', 'json').stdout).not.toContain('managedFields');
  });
  it("a List's items lose them too", () => {
    const list = k('get', 'svc', '-o', 'json');
    expect(list.stdout).toContain('"kind": "List"');
    expect(list.stdout).toContain('"name": "web"');
    expect(list.stdout).not.toContain('managedFields');
  });
  it('--show-managed-fields keeps them', () => {
    const yaml = k('get', 'svc', 'web', '-o', 'yaml', '--show-managed-fields');
    expect(yaml.exitCode).toBe(0);
    expect(yaml.stdout).toContain('  managedFields:\n  - apiVersion: v1\n    fieldsType: FieldsV1\n');
    expect(yaml.stdout).toContain('    manager: kubectl-client-side-apply\n    operation: Update\n');
  });
  it('jsonpath and custom-columns read them: only the JSON and YAML printers are wrapped', () => {
    expect(k('get', 'svc', 'web', '-o', 'jsonpath={.metadata.managedFields[0].manager}').stdout).toBe(
      'kubectl-client-side-apply',
    );
    expect(
      k('get', 'svc', 'web', '-o', 'custom-columns=NAME:.metadata.name,MANAGER:.metadata.managedFields[0].manager')
        .stdout,
    ).toBe('NAME   MANAGER\nweb    kubectl-client-side-apply\n');
  });
  it('the flag is accepted with a table, which has no managedFields to show', () => {
    const table = k('get', 'svc', 'web', '--show-managed-fields');
    expect(table.exitCode).toBe(0);
    expect(table.stdout).toMatch(/^NAME\s+TYPE\s+CLUSTER-IP/);
  });
  it('the stored object keeps them (the printer copies before it omits)', () => {
    k('get', 'svc', 'web', '-o', 'yaml');
    expect(k('get', 'svc', 'web', '-o', 'yaml', '--show-managed-fields').stdout).toContain('managedFields');
  });
});
