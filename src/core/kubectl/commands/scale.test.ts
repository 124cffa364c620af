// `kubectl scale` with counts a real cluster refuses: the flag's int64 parse (pflag), kubectl's
// Validate, and the API server's int32 decode / validation of the Scale (issue 19 item 17).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../../scenario/load.ts';
import { runKubectl } from '../runKubectl.ts';

const s = loadScenario(readFileSync('src/core/scenario/edits/fixtures/web.yaml', 'utf8'));
const scale = (...flags: string[]) => runKubectl(s, ['scale', 'deployment', 'web', ...flags]);

describe('kubectl scale --replicas range', () => {
  it('a count past int32 is a decode error of the merge patch, and nothing is written', () => {
    const r = scale('--replicas=999999999999');
    const web = s.state.deployments.find((d) => d.metadata.name === 'web');
    expect(web?.metadata.resourceVersion).toMatch(/^[0-9]+$/);
    const json =
      `{"apiVersion":"autoscaling/v1","kind":"Scale","metadata":{"name":"web","namespace":"default",` +
      `"uid":"${web?.metadata.uid}","resourceVersion":"${web?.metadata.resourceVersion}",` +
      `"creationTimestamp":"${web?.metadata.creationTimestamp}"},` +
      `"spec":{"replicas":999999999999},"status":{"replicas":3,"selector":"app=web"}}`;
    expect(r).toEqual({
      stdout: '',
      stderr: `The request is invalid: patch: Invalid value: ${JSON.stringify(json)}: json: cannot unmarshal number 999999999999 into Go struct field ScaleSpec.spec.replicas of type int32\n`,
      exitCode: 1,
    });
    expect(scale('--replicas=2147483648').stderr).toContain('cannot unmarshal number 2147483648 into');
  });

  it('the int32 edge itself is accepted', () => {
    const r = scale('--replicas=2147483647');
    expect(r).toMatchObject({ stdout: 'deployment.apps/web scaled\n', stderr: '', exitCode: 0 });
    expect(r.yaml).toContain('replicas: 2147483647');
  });

  it('with --current-replicas kubectl sends int32(count): a wrapped negative fails validation, a wrapped positive scales', () => {
    expect(scale('--current-replicas=3', '--replicas=999999999999').stderr).toBe(
      'The Scale "web" is invalid: spec.replicas: Invalid value: -727379969: must be greater than or equal to 0\n',
    );
    const wrapped = scale('--current-replicas=3', '--replicas=4294967301');
    expect(wrapped).toMatchObject({ stdout: 'deployment.apps/web scaled\n', exitCode: 0 });
    expect(wrapped.yaml).toContain('replicas: 5');
  });

  it('the flag is parsed as Go parses an int: prefixes, range and syntax errors', () => {
    expect(scale('--replicas=0x4').yaml).toContain('replicas: 4');
    expect(scale('--replicas=99999999999999999999').stderr).toBe(
      `error: invalid argument "99999999999999999999" for "--replicas" flag: strconv.ParseInt: parsing "99999999999999999999": value out of range\nSee 'kubectl scale --help' for usage.\n`,
    );
    expect(scale('--replicas=1.5').stderr).toBe(
      `error: invalid argument "1.5" for "--replicas" flag: strconv.ParseInt: parsing "1.5": invalid syntax\nSee 'kubectl scale --help' for usage.\n`,
    );
    expect(scale('--replicas=2', '--current-replicas=-2').stderr).toBe(
      'error: The --current-replicas must specify an integer of -1 or greater\n',
    );
  });
});
