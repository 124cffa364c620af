// Resource quantities through admission (decode/decode.ts, the quantity plug-in, api/pod/podSpec.ts):
// refused at decoding as kubectl apply prints it, stored in their canonical form, a Pod's requests
// defaulted from its limits (not a template's), and ValidateContainerResourceRequirements' messages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../scenario/load.ts';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('quantities as the API server stores them', () => {
  const { state, diagnostics } = loadScenario(fixture('stored.yaml'));
  const pod = state.pods.find((p) => p.metadata.name === 'sized')!;

  it('stores each in its canonical form, rounded up to milli in a resource list', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const app = pod.spec.containers[0]!.resources!;
    expect(app.limits).toEqual({ cpu: '500m', memory: '1536Mi', 'ephemeral-storage': '1e3' });
    expect(app.requests?.cpu).toBe('1m');
    expect(pod.spec.initContainers![0]!.resources!.limits).toEqual({ cpu: '1' });
  });

  it("defaults a Pod container's unset requests from its limits, keeping those written", () => {
    expect(pod.spec.containers[0]!.resources!.requests).toEqual({
      cpu: '1m',
      memory: '1536Mi',
      'ephemeral-storage': '1e3',
    });
    expect(pod.spec.initContainers![0]!.resources!.requests).toEqual({ cpu: '1' });
  });

  it("leaves a template's requests unset, and its pods get them as any created Pod does", () => {
    const web = state.deployments.find((d) => d.metadata.name === 'web')!;
    const resources = web.spec!.template.spec!.containers[0]!.resources!;
    // A decimal number stays decimal: 123Mi written in bytes is not printed as 123Mi.
    expect(resources).toEqual({ limits: { cpu: '2', memory: '128974848' } });
    const made = state.pods.find((p) => p.metadata.name.startsWith('web-'))!;
    expect(made.spec.containers[0]!.resources).toEqual({
      limits: { cpu: '2', memory: '128974848' },
      requests: { cpu: '2', memory: '128974848' },
    });
  });
});

describe('a quantity that does not parse', () => {
  it('is refused at decoding, as kubectl apply prints the BadRequest, at the value', () => {
    const { diagnostics, state } = loadScenario(fixture('bad-quantity.yaml'), { fileName: 'pod.yaml' });
    expect(state.pods.some((p) => p.metadata.name === 'greedy')).toBe(false);
    expect(diagnostics.map((d) => ({ line: d.line, column: d.column, message: d.message }))).toEqual([
      {
        line: 12,
        column: 14,
        message:
          'Error from server (BadRequest): error when creating "pod.yaml": Pod in version "v1" cannot be handled as a Pod: ' +
          "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
      },
    ]);
  });

  it('is reported before a type error met earlier, as encoding/json returns an Unmarshaler error at once', () => {
    const yaml = fixture('bad-quantity.yaml').replace('  - name: app', '  - name: app\n    ports: 80');
    const [d] = loadScenario(yaml).diagnostics;
    expect(d?.message).toMatch(/cannot be handled as a Pod: quantities must match/);
  });

  it('says which part failed: a suffix the API server does not know, a number without digits', () => {
    const message = (value: string) =>
      loadScenario(fixture('bad-quantity.yaml').replace('cpu: lots', `cpu: ${value}`)).diagnostics[0]?.message;
    expect(message('2K')).toMatch(/cannot be handled as a Pod: unable to parse quantity's suffix$/);
    expect(message('e-10')).toMatch(/cannot be handled as a Pod: unable to parse numeric part of quantity$/);
    expect(message('[1]')).toMatch(/cannot be handled as a Pod: quantities must match the regular expression/);
  });
});

describe('ValidateContainerResourceRequirements', () => {
  const { diagnostics } = loadScenario(fixture('invalid.yaml'));
  const said = (name: string) => diagnostics.filter((d) => d.name === name).map((d) => d.message);

  it('refuses requests above the limit, naming the limit as stored', () => {
    expect(said('over')).toEqual([
      'The Pod "over" is invalid: spec.containers[0].resources.requests: Invalid value: "1500m": must be less than or equal to cpu limit of 1',
    ]);
  });

  it('refuses a negative quantity', () => {
    expect(said('negative')).toEqual([
      'The Pod "negative" is invalid: spec.containers[0].resources.requests[memory]: Invalid value: "-64Mi": must be greater than or equal to 0',
    ]);
  });

  it('refuses names that are not a container resource, and an extended resource requested without its limit', () => {
    // One diagnostic per error, each at its field (kubectl prints them as one message).
    const at = 'The Pod "names" is invalid: spec.containers[0].resources';
    expect(said('names')).toEqual([
      `${at}.requests[cpus]: Invalid value: "cpus": must be a standard resource type or fully qualified`,
      `${at}.requests[cpus]: Invalid value: "cpus": must be a standard resource for containers`,
      `${at}.limits: Required value: Limit must be set for non overcommitable resources`,
      `${at}.requests[pods]: Invalid value: "pods": must be a standard resource for containers`,
    ]);
  });

  it('wants an extended resource requested exactly at its limit, and hugepages in whole pages beside cpu or memory', () => {
    expect(said('extended')).toEqual([
      'The Pod "extended" is invalid: spec.containers[0].resources.requests: Invalid value: "1": must be equal to example.com/gpu limit of 2',
    ]);
    // The requests are the limits' (SetDefaults_Pod), so they are refused too.
    const at = 'The Pod "pages" is invalid: spec.containers[0].resources';
    expect(said('pages')).toEqual([
      `${at}.limits[hugepages-2Mi]: Invalid value: "3Mi": 3Mi is not positive integer multiple of hugepages-2Mi`,
      `${at}.requests[hugepages-2Mi]: Invalid value: "3Mi": 3Mi is not positive integer multiple of hugepages-2Mi`,
      `${at}: Forbidden: HugePages require cpu or memory`,
    ]);
  });
});
