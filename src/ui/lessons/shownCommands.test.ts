// Every command a lesson shows (its introduction's code blocks, the code spans of its steps' texts
// and hints, in both languages) runs in the playground's console as shown: kubectl through the
// core's kubectl, busybox tools in a busybox pod's shell, placeholders filled from the cluster.
// Lesson 3's introduction once showed `kubectl run … -- sh wget -O- -q <cluster-ip>`, two lines
// joined into a command that does not work.
import { describe, expect, it } from 'vitest';
import { splitCommandLine } from '../../core/argv/index.ts';
import { runConsoleKubectl, runInPodShell } from '../../core/kubectl/index.ts';
import { fillTemplate } from '../../core/lessons/index.ts';
import { loadScenario, type Scenario } from '../../core/scenario/index.ts';
import { LESSONS } from './catalog.ts';
import { parseInline, parseMarkdown, type Inline } from './markdown.ts';

const IN_POD = /^(wget|nslookup)\s/;

function codeOf(nodes: readonly Inline[], out: string[]): void {
  for (const n of nodes) {
    if (n.type === 'code') out.push(n.text);
    else if (n.type !== 'text') codeOf(n.children, out);
  }
}

/** The code a Markdown text shows: each line of its code blocks, each code span. */
function shownCode(markdown: string, inline: boolean): string[] {
  const out: string[] = [];
  if (inline) codeOf(parseInline(markdown), out);
  else
    for (const b of parseMarkdown(markdown)) {
      if (b.type === 'code') out.push(...b.text.split('\n'));
      else if (b.type === 'list') for (const item of b.items) codeOf(item, out);
      else codeOf(b.children, out);
    }
  return out.map((c) => c.trim()).filter((c) => c.startsWith('kubectl ') || IN_POD.test(c));
}

/** Runs one shown line on a scenario: exit code 0 and nothing on stderr but kubectl's hints. */
function runs(scenario: Scenario, shown: string): { ok: boolean; why: string } {
  const filled = fillTemplate(scenario.state, shown).values?.[0];
  if (filled === undefined) return { ok: false, why: 'a placeholder names nothing here' };
  if (IN_POD.test(filled)) {
    const open = runConsoleKubectl(scenario, ['run', '-it', '--rm', '--image=busybox', 'shown', '--', 'sh']);
    if (!open.session) return { ok: false, why: open.stderr };
    const r = runInPodShell(scenario, open.session, filled);
    return { ok: r.exitCode === 0, why: r.stdout + r.stderr };
  }
  const words = splitCommandLine(filled);
  if (!words.ok) return { ok: false, why: words.error };
  const r = runConsoleKubectl(scenario, words.argv.slice(1));
  const stderr = r.stderr.replace("If you don't see a command prompt, try pressing enter.\n", '');
  return { ok: r.exitCode === 0 && stderr === '', why: r.stdout + r.stderr };
}

describe('commands shown in the lessons', () => {
  for (const lesson of LESSONS) {
    it(`${lesson.dir}: every command shown runs as shown`, () => {
      // The lesson's scenario and each step's solution: a command may name what a step adds.
      const states = [lesson.scenario, ...Object.values(lesson.solutions)].map((y) => loadScenario(y, { seed: 1 }));
      const shown = [
        ...shownCode(lesson.intro.en, false),
        ...shownCode(lesson.intro.ko, false),
        ...lesson.steps.flatMap((s) => [s.text.en, s.text.ko, s.hint.en, s.hint.ko].flatMap((t) => shownCode(t, true))),
      ];
      for (const command of new Set(shown)) {
        const tries = states.map((s) => runs(s, command));
        expect(
          tries.some((t) => t.ok),
          `${command}: ${tries[0]!.why}`,
        ).toBe(true);
      }
    });
  }

  it('finds the commands lesson 3 shows, line by line', () => {
    const busybox = LESSONS.find((l) => l.id === 'clusterip-busybox')!;
    expect(shownCode(busybox.intro.en, false)).toEqual([
      'kubectl run -it --rm --image=busybox test --restart=Never -- sh',
      'kubectl get svc',
      'wget -O- -q {clusterIP:my-service}',
    ]);
  });
});
