import { describe, expect, it } from 'vitest';
import { formatHistory, interpretLine } from './interpretLine.ts';
import { consoleLineEnglish, type ConsoleLine } from './consoleLines.ts';

describe('interpretLine', () => {
  it('runs kubectl lines, the shell builtins clear and history, and nothing else', () => {
    expect(interpretLine('  kubectl get pods  ')).toEqual({ kind: 'kubectl', line: 'kubectl get pods' });
    expect(interpretLine("'kubectl' get svc")).toMatchObject({ kind: 'kubectl' });
    expect(interpretLine('   ')).toEqual({ kind: 'empty' });
    expect(interpretLine('clear')).toEqual({ kind: 'clear' });
    expect(interpretLine('history')).toEqual({ kind: 'history' });
    const onlyKubectl: { kind: 'error'; line: ConsoleLine } = { kind: 'error', line: { key: 'onlyKubectl' } };
    expect(interpretLine('ls -la')).toEqual(onlyKubectl);
    expect(interpretLine('kubectlx get pods')).toEqual(onlyKubectl);
    expect(consoleLineEnglish(onlyKubectl.line)).toBe('only kubectl commands run here (try: kubectl get pods)');
  });

  it('points wget and nslookup at kubectl run, where busybox has them', () => {
    const wget = interpretLine('wget -O- -q 10.96.0.10');
    expect(wget.kind === 'error' && consoleLineEnglish(wget.line)).toBe(
      'wget runs inside a pod here: open a shell with kubectl run -it --rm --image=busybox bash, or run once: kubectl run tmp --image=busybox -it --rm --restart=Never -- wget -O- -q <ip or name>',
    );
    const nslookup = interpretLine('nslookup my-service');
    expect(nslookup.kind === 'error' && consoleLineEnglish(nslookup.line)).toMatch(
      /^nslookup runs inside a pod here: .* -- nslookup <name>$/,
    );
  });

  it('lists history as bash does', () => {
    expect(formatHistory(['kubectl get pods', 'clear'])).toBe('    1  kubectl get pods\n    2  clear\n');
  });
});
