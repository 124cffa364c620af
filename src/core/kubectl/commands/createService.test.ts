// `kubectl create service`: the expected values are upstream's. The cases and Services come from
// kubectl's create_service_test.go (TestCreateServices); the error texts from create_service.go
// (Validate, parsePorts, Run's `failed to create %s service: %v`), Go's strconv messages
// (`strconv.ParseUint: parsing "65536": value out of range`), apimachinery's validation messages
// (IsValidPortName / IsValidPortNum) and NewInvalid (`%s %q is invalid: %v`), and pflag/cobra for
// flag errors (`unknown flag: --x`, `invalid argument "abc" for "--node-port" flag: …`).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../scenario/load.ts';
import { runKubectl } from '../runKubectl.ts';
import { splitCommandLine } from '../../argv/commandLine.ts';

const WEB = readFileSync('src/core/scenario/edits/fixtures/web.yaml', 'utf8');
const s = loadScenario(WEB);
const k = (line: string) => {
  const split = splitCommandLine(line);
  if (!split.ok) throw new Error(split.error);
  return runKubectl(s, split.argv);
};
const created = (line: string, name: string) => {
  const r = k(line);
  expect(r.stderr).toBe('');
  expect(r.stdout).toBe(`service/${name} created\n`);
  return loadScenario(r.yaml ?? '').state.services.find((x) => x.metadata.name === name);
};

describe('kubectl create service (create_service_test.go TestCreateServices)', () => {
  it('clusterip-ok: ports named after the spec, targetPort = port when omitted', () => {
    const svc = created('kubectl create service clusterip clusterip-ok --tcp=456 --tcp=321:908', 'clusterip-ok');
    expect(svc?.spec.ports?.map((p) => [p.name, p.port, p.targetPort])).toEqual([
      ['456', 456, 456],
      ['321-908', 321, 908],
    ]);
    expect(svc?.metadata.labels).toEqual({ app: 'clusterip-ok' });
    expect(svc?.spec.selector).toEqual({ app: 'clusterip-ok' });
  });

  it('my-node-port-service-ok / ok2: a named targetPort, and --node-port on every port', () => {
    const svc = created('kubectl create service nodeport np-ok --tcp=443:https,30000:8000', 'np-ok');
    expect(svc?.spec.ports?.map((p) => [p.name, p.port, p.targetPort])).toEqual([
      ['443-https', 443, 'https'],
      ['30000-8000', 30000, 8000],
    ]);
    const two = created('kubectl create service nodeport np-ok2 --tcp=80:http --node-port=30444', 'np-ok2');
    expect(two?.spec.ports?.map((p) => [p.name, p.targetPort, p.nodePort])).toEqual([['80-http', 'http', 30444]]);
  });

  it('invalid-port and invalid-port-mapping fail in parsePorts, with the strconv / validation message', () => {
    // utilsnet.ParsePort → strconv.ParseUint(s, 10, 16)
    expect(k('kubectl create service clusterip x --tcp=65536').stderr).toBe(
      'error: strconv.ParseUint: parsing "65536": value out of range\n',
    );
    expect(k('kubectl create service clusterip x --tcp=http').stderr).toBe(
      'error: strconv.ParseUint: parsing "http": invalid syntax\n',
    );
    // IsValidPortName("-abc"), errors joined with ","
    expect(k('kubectl create service clusterip x --tcp=8080:-abc').stderr).toBe(
      'error: must not begin or end with a hyphen\n',
    );
    expect(k('kubectl create service clusterip x --tcp=80:').stderr).toBe(
      'error: must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-),must contain at least one letter (a-z)\n',
    );
    // IsValidPortNum(0)
    expect(k('kubectl create service clusterip x --tcp=80:0').stderr).toBe(
      'error: must be between 1 and 65535, inclusive\n',
    );
  });

  it('a third `:` part is ignored and every `:` of the name becomes `-` (strings.Replace(…, -1))', () => {
    const svc = created('kubectl create service clusterip three --tcp=80:8080:9', 'three');
    expect(svc?.spec.ports?.map((p) => [p.name, p.port, p.targetPort])).toEqual([['80-8080-9', 80, 8080]]);
  });

  it('invalid-ExternalName (Validate: IsDNS1123Subdomain)', () => {
    expect(k('kubectl create service externalname x --external-name @oi:test').stderr).toBe(
      'error: invalid service external name @oi:test\n',
    );
  });

  it('flags belong to their subcommand; required flags are checked before the NAME', () => {
    expect(k('kubectl create service clusterip x --tcp=80 --node-port=30001').stderr).toBe(
      "error: unknown flag: --node-port\nSee 'kubectl create service clusterip --help' for usage.\n",
    );
    expect(k('kubectl create service nodeport x --tcp=80 --clusterip=None').stderr).toBe(
      "error: unknown flag: --clusterip\nSee 'kubectl create service nodeport --help' for usage.\n",
    );
    expect(k('kubectl create service nodeport x --tcp=80 --node-port=abc').stderr).toBe(
      'error: invalid argument "abc" for "--node-port" flag: strconv.ParseInt: parsing "abc": invalid syntax\n' +
        "See 'kubectl create service nodeport --help' for usage.\n",
    );
    expect(k('kubectl create service externalname').stderr).toBe('error: required flag(s) "external-name" not set\n');
  });

  it("a server error is wrapped with %v: the Status message, not checkErr's `The Service … is invalid`", () => {
    // NewInvalid: `Service "x" is invalid: <aggregate>`; several causes print as `[a, b]`.
    const taken = k('kubectl create service nodeport taken --tcp=80');
    const port = loadScenario(taken.yaml ?? '').state.services.find((x) => x.metadata.name === 'taken')?.spec.ports?.[0]
      ?.nodePort;
    const again = runKubectl(
      loadScenario(taken.yaml ?? ''),
      splitOk(`kubectl create service nodeport x --tcp=81 --node-port=${port}`),
    );
    expect(again.stderr).toBe(
      `error: failed to create NodePort service: Service "x" is invalid: spec.ports[0].nodePort: Invalid value: ${port}: provided port is already allocated\n`,
    );
    expect(k('kubectl create service clusterip zero --tcp=0').stderr).toBe(
      'error: failed to create ClusterIP service: Service "zero" is invalid: [spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive, spec.ports[0].targetPort: Invalid value: 0: must be between 1 and 65535, inclusive]\n',
    );
  });
});

function splitOk(line: string): string[] {
  const split = splitCommandLine(line);
  if (!split.ok) throw new Error(split.error);
  return split.argv;
}

describe('kubectl create service: the API warnings', () => {
  it('a --clusterip with leading zeros is created, with GetWarningsForIP on stderr', () => {
    const r = k('kubectl create service clusterip w3 --tcp=80 --clusterip=10.96.000.50');
    expect(r.stdout).toBe('service/w3 created\n');
    expect(r.stderr).toBe(
      'Warning: spec.clusterIPs[0]: non-standard IP address "10.96.000.50" will be considered invalid in a future Kubernetes release: use "10.96.0.50"\n',
    );
  });
});
