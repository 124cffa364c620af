import { describe, expect, it } from 'vitest';
import { formatHistory, interpretLine, ONLY_KUBECTL } from './interpretLine.ts';

describe('interpretLine', () => {
  it('runs kubectl lines, the shell builtins clear and history, and nothing else', () => {
    expect(interpretLine('  kubectl get pods  ')).toEqual({ kind: 'kubectl', line: 'kubectl get pods' });
    expect(interpretLine("'kubectl' get svc")).toMatchObject({ kind: 'kubectl' });
    expect(interpretLine('   ')).toEqual({ kind: 'empty' });
    expect(interpretLine('clear')).toEqual({ kind: 'clear' });
    expect(interpretLine('history')).toEqual({ kind: 'history' });
    expect(interpretLine('ls -la')).toEqual({ kind: 'error', message: ONLY_KUBECTL });
    expect(interpretLine('kubectlx get pods')).toEqual({
      kind: 'error',
      message: 'ksp: only kubectl commands run here (try: kubectl get pods)',
    });
  });

  it('points wget and nslookup at kubectl run, where busybox has them', () => {
    expect(interpretLine('wget -O- -q 10.96.0.10')).toEqual({
      kind: 'error',
      message:
        'ksp: wget runs inside a pod here: open a shell with kubectl run -it --rm --image=busybox bash, or run once: kubectl run tmp --image=busybox -it --rm --restart=Never -- wget -O- -q <ip or name>',
    });
    expect(interpretLine('nslookup my-service')).toMatchObject({
      message: /^ksp: nslookup runs inside a pod here: kubectl run .* -- nslookup <name>$/,
    });
  });

  it('lists history as bash does', () => {
    expect(formatHistory(['kubectl get pods', 'clear'])).toBe('    1  kubectl get pods\n    2  clear\n');
  });
});
