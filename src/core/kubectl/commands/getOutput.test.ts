// `kubectl get` with -o jsonpath, -o custom-columns and --sort-by, end to end over
// fixtures/get-output.yaml. Expected texts come from kubectl's tests (get_test.go,
// customcolumn_test.go, sorter_test.go) and from what get.go / printers do with the same objects.
import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/get-output.yaml?raw';
import { scenarioFromYaml } from '../stateFromYaml.ts';
import { runKubectl } from '../runKubectl.ts';

const scenario = scenarioFromYaml(fixture);
const k = (...args: string[]) => runKubectl(scenario, args);

describe('--sort-by', () => {
  it('TestGetSortedObjects: pods c, b, a print a, b, c', () => {
    expect(k('get', 'pods', '-n', 'test', '--sort-by=.metadata.name').stdout).toBe(
      'NAME   READY   STATUS    RESTARTS   AGE\n' +
        'a      0/1     Pending   0          60s\n' +
        'b      0/1     Pending   0          60s\n' +
        'c      0/1     Pending   0          60s\n',
    );
  });
  it('quantities compare as quantities (100m < 0.5 < 2), in tables and lists', () => {
    const field = '--sort-by=.spec.containers[0].resources.requests.cpu';
    expect(k('get', 'pods', '-n', 'test', field, '-o', 'name').stdout).toBe('pod/b\npod/a\npod/c\n');
    expect(k('get', 'pods', '-n', 'test', field, '--no-headers').stdout).toBe(
      'b     0/1   Pending   0     60s\na     0/1   Pending   0     60s\nc     0/1   Pending   0     60s\n',
    );
  });
  it('numbers compare as numbers (8080 > 80 > 5432 as strings would put 5432 first)', () => {
    expect(k('get', 'svc', '--sort-by=.spec.ports[0].port', '-o', 'name').stdout).toBe(
      'service/web\nservice/db\nservice/api\n',
    );
    // IPs are strings: bytewise, so 10.96.0.100 < 10.96.0.20 < 10.96.0.3.
    expect(k('get', 'svc', '--sort-by={.spec.clusterIP}', '-o', 'name').stdout).toBe(
      'service/db\nservice/api\nservice/web\n',
    );
  });
  it('a field no object has: an error for the generic printers, an empty table otherwise (kubectl#1343)', () => {
    expect(k('get', 'svc', '--sort-by=.spec.nothing', '-o', 'yaml')).toEqual({
      stdout: '',
      stderr: 'error: couldn\'t find any field with path "{.spec.nothing}" in the list of objects\n',
      exitCode: 1,
    });
    expect(k('get', 'svc', '--sort-by=.spec.nothing')).toEqual({
      stdout: '',
      stderr: 'No resources found in default namespace.\n',
      exitCode: 0,
    });
  });
  it('objects without the field sort first', () => {
    expect(k('get', 'svc', '--sort-by=.metadata.labels.tier', '-o', 'name').stdout).toBe(
      'service/db\nservice/api\nservice/web\n',
    );
  });
  it('several resource types: kubectl sorts the Tables themselves, which have no such field', () => {
    expect(k('get', 'svc,pods', '-A', '--sort-by=.metadata.name')).toEqual({
      stdout: '',
      stderr: 'error: couldn\'t find any field with path "{.metadata.name}" in the list of objects\n',
      exitCode: 1,
    });
  });
  it('a path that cannot be relaxed (RelaxedJSONPathExpression)', () => {
    expect(k('get', 'svc', '--sort-by={.a}{.b}', '-o', 'name').stderr).toBe(
      "error: unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'\n",
    );
  });
});

describe('-o custom-columns', () => {
  it('NAME and API_VERSION, and <none> for a missing field (TestColumnPrint)', () => {
    expect(
      k('get', 'svc', 'web', '-o', 'custom-columns=NAME:metadata.name,API_VERSION:apiVersion,NOT_FOUND:.notFound'),
    ).toEqual({ stdout: 'NAME   API_VERSION   NOT_FOUND\nweb    v1            <none>\n', stderr: '', exitCode: 0 });
  });
  it('a list: the header once, every result of a path joined with "," (maps as Go prints them)', () => {
    expect(
      k(
        'get',
        'svc',
        '-o',
        'custom-columns=NAME:.metadata.name,PORTS:.spec.ports[*].port,SELECTOR:.spec.selector',
        '--sort-by=.metadata.name',
      ).stdout,
    ).toBe(
      'NAME   PORTS       SELECTOR\napi    8080,9090   map[app:api]\ndb     5432        map[app:db]\nweb    80          map[app:web]\n',
    );
  });
  it('--no-headers', () => {
    expect(k('get', 'svc', 'db', '-o', 'custom-columns=N:.metadata.name', '--no-headers').stdout).toBe('db\n');
  });
  const slice = (spec: string) => k('get', 'pod', 'fake-name', '-n', 'fake-namespace', '-o', `custom-columns=${spec}`);
  it.each([
    ['containers[0]', 'fake0'],
    ['containers[3]', 'fake3'],
    ['containers[-1]', 'fake3'],
    ['containers[-2]', 'fake2'],
    ['containers[-4]', 'fake0'],
    ['containers[0:0]', '<none>'],
    ['containers[0:3]', 'fake0,fake1,fake2'],
    ['containers[1:]', 'fake1,fake2,fake3'],
    ['containers[0:-1]', 'fake0,fake1,fake2'],
    ['containers[-1:]', 'fake3'],
    ['containers[-4:]', 'fake0,fake1,fake2,fake3'],
    ['containers[-3:-1]', 'fake1,fake2'],
    ['containers[4:4]', '<none>'],
    ['containers[-5:-5]', '<none>'],
  ])('TestSliceColumnPrint %s', (path, cell) => {
    expect(slice(`CONTAINER:.spec.${path}.name`)).toEqual({
      stdout: `CONTAINER\n${cell}\n`,
      stderr: '',
      exitCode: 0,
    });
  });
  it.each([
    ['containers[5]', 'array index out of bounds: index 5, length 4'],
    ['containers[-5]', 'array index out of bounds: index -1, length 4'],
    ['containers[3:1]', 'starting index 3 is greater than ending index 1'],
    ['containers[-2:-3]', 'starting index 2 is greater than ending index 1'],
  ])('TestSliceColumnPrint %s: the header is written, then the error', (path, error) => {
    expect(slice(`CONTAINER:.spec.${path}.name`)).toEqual({
      stdout: 'CONTAINER\n',
      stderr: `error: ${error}\n`,
      exitCode: 1,
    });
  });
  it.each([
    ['custom-columns=', 'custom-columns format specified but no custom columns given'],
    ['custom-columns=invalid', 'unexpected custom-columns spec: invalid, expected <header>:<json-path-expr>'],
    [
      'custom-columns=invalid,foobar:blah',
      'unexpected custom-columns spec: invalid, expected <header>:<json-path-expr>',
    ],
  ])('TestNewColumnPrinterFromSpec: -o %s', (output, error) => {
    expect(k('get', 'svc', '-o', output)).toEqual({ stdout: '', stderr: `error: ${error}\n`, exitCode: 1 });
  });
  it('terminal escapes in a cell are shown, not sent (EscapeTerminal)', () => {
    const s = scenarioFromYaml('apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n  annotations: {n: "\\e \\r"}\n');
    expect(runKubectl(s, ['get', 'svc', 'x', '-o', 'custom-columns=N:.metadata.annotations.n']).stdout).toBe(
      'N\n^[ \\r\n',
    );
  });
});

describe('-o jsonpath', () => {
  it('names of a list, a single object, range with literals', () => {
    expect(k('get', 'svc', '-o', 'jsonpath={.items[*].metadata.name}').stdout).toBe('api db web');
    expect(k('get', 'svc', 'web', '-o=jsonpath={.spec.ports[0].port}').stdout).toBe('80');
    expect(
      k('get', 'svc', '-o', 'jsonpath={range .items[*]}{.metadata.name}{"\\t"}{.spec.clusterIP}{"\\n"}{end}').stdout,
    ).toBe('api\t10.96.0.20\ndb\t10.96.0.100\nweb\t10.96.0.3\n');
  });
  it('filters, maps as JSON (HTML-escaped like encoding/json), --template', () => {
    expect(k('get', 'svc', '-o', 'jsonpath={.items[?(@.metadata.labels.tier=="front")].metadata.name}').stdout).toBe(
      'web',
    );
    expect(k('get', 'svc', 'web', '-o', 'jsonpath={.metadata.annotations}').stdout).toBe(
      '{"note":"a\\u003cb\\u0026c"}',
    );
    expect(k('get', 'svc', 'web', '-o', 'jsonpath', '--template={.metadata.name}').stdout).toBe('web');
  });
  it('jsonpath-as-json', () => {
    expect(k('get', 'svc', '-o', 'jsonpath-as-json={.items[*].spec.ports[0].port}').stdout).toBe(
      '[\n    8080,\n    5432,\n    80\n]\n',
    );
  });
  it('missing keys print nothing unless --allow-missing-template-keys=false', () => {
    expect(k('get', 'svc', 'web', '-o', 'jsonpath={.nothing}')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    const strict = k('get', 'svc', 'web', '-o', 'jsonpath={.nothing}', '--allow-missing-template-keys=false');
    expect(strict.stderr).toMatch(
      /^error: error executing jsonpath "\{\.nothing\}": Error executing template: nothing is not found\. Printing more information for debugging the template:\n\ttemplate was:\n\t\t\{\.nothing\}\n\tobject given to jsonpath engine was:\n\t\tmap\[string\]interface \{\}\{"apiVersion":"v1", "kind":"Service", "metadata":map\[string\]interface \{\}\{"annotations":map\[string\]interface \{\}\{"note":"a<b&c"\}, /,
    );
    expect(strict.stderr.endsWith('}}\n\n\n')).toBe(true);
    expect(strict.exitCode).toBe(1);
  });
  it('parse errors and a missing template (jsonpath_flags.go)', () => {
    expect(k('get', 'svc', '-o', 'jsonpath={.a')).toEqual({
      stdout: '',
      stderr: 'error: error parsing jsonpath {.a, unclosed action\n',
      exitCode: 1,
    });
    expect(k('get', 'svc', '-o', 'jsonpath').stderr).toBe('error: template format specified but no template given\n');
    expect(k('get', 'svc', '-o', 'jsonpath=').stderr).toBe('error: template format specified but no template given\n');
  });
});

describe('get.go Validate and printers not simulated', () => {
  it('--show-labels only with the default and wide printers', () => {
    expect(k('get', 'svc', '--show-labels', '-o', 'jsonpath={.kind}').stderr).toBe(
      'error: --show-labels option cannot be used with jsonpath={.kind} printer\n',
    );
  });
  it('go templates and file formats say so instead of pretending to be unknown', () => {
    expect(k('get', 'svc', '-o', 'go-template={{.kind}}').stderr).toBe(
      'ksp: -o go-template is not simulated in the playground\n',
    );
    expect(k('get', 'svc', '-o', 'custom-columns-file=cols.txt').stderr).toBe(
      'ksp: -o custom-columns-file is not simulated in the playground\n',
    );
  });
  it('an unknown resource type is reported before an unknown output format', () => {
    expect(k('get', 'foo', '-o', 'bogus').stderr).toBe('error: the server doesn\'t have a resource type "foo"\n');
  });
  it('-o json escapes <, > and & as encoding/json does', () => {
    expect(k('get', 'svc', 'web', '-o', 'json').stdout).toContain('"note": "a\\u003cb\\u0026c"');
  });
  it('an empty list as JSON still prints the List (TestEmptyResultJSON)', () => {
    expect(k('get', 'pods', '-n', 'empty', '-o', 'json').stdout).toContain('"items": []');
  });
});

describe('kubectl get ingressclass (printIngressClass)', () => {
  it('NAME CONTROLLER PARAMETERS AGE; parameters as Kind[.apiGroup]/name; no "(default)" marker before v1.35', () => {
    expect(k('get', 'ingressclass')).toEqual({
      stdout:
        'NAME    CONTROLLER               PARAMETERS                        AGE\n' +
        'test1   example.com/controller   <none>                            60s\n' +
        'test2   example.com/controller   customgroup.example.com/example   60s\n' +
        'test3   example.com/controller   customgroup/example               60s\n',
      stderr: '',
      exitCode: 0,
    });
  });
  it('cluster-scoped: -n does not matter, names are ingressclass.networking.k8s.io/…', () => {
    expect(k('get', 'ingressclasses.networking.k8s.io', 'test1', '-n', 'shop', '-o', 'name').stdout).toBe(
      'ingressclass.networking.k8s.io/test1\n',
    );
    expect(k('get', 'ingressclass', 'nope').stderr).toBe(
      'Error from server (NotFound): ingressclasses.networking.k8s.io "nope" not found\n',
    );
  });
});
