// The playground's own lines in kubectl's output carry their codes beside the English they print, so
// a face can word them in its language (playgroundNotes.ts); kubectl's own lines are left as printed.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../scenario/load.ts';
import { runKubectl } from './runKubectl.ts';
import { noteEnglish, noteLine, wordNotes } from './playgroundNotes.ts';
import { readFileSync } from 'node:fs';

const scenario = loadScenario(readFileSync(new URL('../../scenarios/default.yaml', import.meta.url), 'utf8'));
const kubectl = (...args: string[]) => runKubectl(scenario, args);

describe("kubectl's playground notes", () => {
  it('a verb and an output format the playground does not simulate: one note each, the whole of stderr', () => {
    const top = kubectl('top', 'pods');
    expect(top.notes).toEqual([{ code: 'kubectl.verbNotSimulated', params: { verb: 'top' } }]);
    expect(top.stderr).toBe('ksp: "top" is not simulated in the playground\n');
    const template = kubectl('get', 'svc', '-o', 'go-template');
    expect(template.notes).toEqual([{ code: 'kubectl.formatNotSimulated', params: { format: '-o go-template' } }]);
    expect(template.stderr).toBe(noteLine(template.notes![0]!));
    const ns = kubectl('describe', 'ns', 'default');
    expect(ns.notes?.[0]?.code).toBe('kubectl.describeNotSimulated');
    expect(ns.notes?.[0]?.params['resource']).toBe('namespaces');
    expect(ns.notes?.[0]?.params['supported']).toMatch(
      /^services, endpoints, .*, statefulsets, daemonsets, configmaps, secrets, persistentvolumeclaims, networkpolicies, poddisruptionbudgets, jobs, cronjobs, horizontalpodautoscalers, roles, clusterroles, rolebindings, clusterrolebindings, events, /,
    );
    expect(ns.stderr).toMatch(
      /^ksp: describing namespaces is not simulated in the playground \(it describes services, /,
    );
  });

  it('--watch prints the list kubectl prints first, then says why nothing follows; --watch-only is not simulated', () => {
    const watched = kubectl('get', 'svc', '-w');
    expect(watched.exitCode).toBe(0);
    expect(watched.stdout).toBe(kubectl('get', 'svc').stdout);
    expect(watched.notes?.map((n) => n.code)).toEqual(['kubectl.watchOnce']);
    expect(watched.stderr).toMatch(/^ksp: --watch: the list above is what kubectl prints first;/);
    const only = kubectl('get', 'svc', '--watch-only');
    expect([only.exitCode, only.stdout, only.notes?.[0]?.params]).toEqual([1, '', { format: '--watch-only' }]);
  });

  it('an object the control plane or a controller owns, among kubectl errors, in the order printed', () => {
    const rs = kubectl('get', 'rs', '-o', 'name').stdout.trim();
    const scaled = kubectl('scale', rs, 'deployment/nope', '--replicas=1');
    expect(scaled.notes).toEqual([
      {
        code: 'kubectl.managedBy',
        params: { object: rs, ownerKind: 'deployment', owner: 'web', Kind: 'Deployment' },
      },
    ]);
    expect(scaled.stderr).toContain(noteLine(scaled.notes![0]!));
    expect(scaled.stderr).toContain('Error from server (NotFound): deployments.apps "nope" not found');
    const slice = kubectl('get', 'endpointslices', '-o', 'name').stdout.split('\n')[0]!;
    expect(kubectl('delete', slice).notes).toEqual([{ code: 'kubectl.controlPlaneObject', params: { object: slice } }]);
  });

  it('wordNotes replaces each note where it stands and leaves the rest of stderr as kubectl printed it', () => {
    const notes = [
      { code: 'kubectl.verbNotSimulated', params: { verb: 'top' } },
      { code: 'kubectl.verbNotSimulated', params: { verb: 'logs' } },
    ] as const;
    const stderr = `Warning: x\n${noteLine(notes[0])}error: y\n${noteLine(notes[1])}`;
    expect(wordNotes({ stderr, notes: [...notes] }, (n) => `<${n.params['verb']}>`)).toBe(
      'Warning: x\nksp: <top>\nerror: y\nksp: <logs>\n',
    );
    expect(wordNotes({ stderr, notes: [...notes] }, noteEnglish)).toBe(stderr);
    expect(wordNotes({ stderr: 'error: z\n' }, () => 'never')).toBe('error: z\n');
  });
});
