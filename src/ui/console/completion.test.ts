import { describe, expect, it } from 'vitest';
import { commonPrefix, lineHead, nextCompletion, startCompletion } from './completion.ts';

describe('tab completion', () => {
  it('completes a single candidate and adds a space', () => {
    expect(startCompletion('kubectl desc', ['describe'])).toEqual({
      line: 'kubectl describe ',
      list: null,
      cycle: null,
    });
    expect(startCompletion('kubectl get ', ['pods'])).toMatchObject({ line: 'kubectl get pods ' });
  });

  it('extends several to their common prefix, lists them, then cycles on Tab and Shift+Tab', () => {
    const first = startCompletion('kubectl get pod web', ['web-7d4b9c-abcde', 'web-7d4b9c-fghij', 'web-7d4b9c-klmno']);
    expect(first.line).toBe('kubectl get pod web-7d4b9c-');
    expect(first.list).toEqual(['web-7d4b9c-abcde', 'web-7d4b9c-fghij', 'web-7d4b9c-klmno']);
    let step = nextCompletion(first.cycle!, first.line)!;
    expect(step.line).toBe('kubectl get pod web-7d4b9c-abcde');
    step = nextCompletion(step.cycle!, step.line)!;
    expect(step.line).toBe('kubectl get pod web-7d4b9c-fghij');
    step = nextCompletion(step.cycle!, step.line)!;
    step = nextCompletion(step.cycle!, step.line)!;
    expect(step.line).toBe('kubectl get pod web-7d4b9c-abcde'); // wrapped
    step = nextCompletion(step.cycle!, step.line, true)!;
    expect(step.line).toBe('kubectl get pod web-7d4b9c-klmno');
  });

  it('ends the cycle when the line was edited, and ignores candidates that do not fit the word', () => {
    const first = startCompletion('kubectl g', ['get', 'apply']);
    expect(first.line).toBe('kubectl get ');
    const many = startCompletion('kubectl s', ['scale', 'set']);
    expect(nextCompletion(many.cycle!, 'kubectl sc')).toBeNull();
    expect(startCompletion('kubectl x', ['get'])).toEqual({ line: 'kubectl x', list: null, cycle: null });
  });

  it('splits the line at the last word', () => {
    expect(lineHead('kubectl get ')).toBe('kubectl get ');
    expect(lineHead('kubectl ge')).toBe('kubectl ');
    expect(lineHead('kub')).toBe('');
    expect(commonPrefix(['deployment', 'deployments', 'deploy'])).toBe('deploy');
    expect(commonPrefix([])).toBe('');
  });
});
