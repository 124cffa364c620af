// Issue 19, item 11: text from the scenario never reaches a terminal as an escape sequence.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadScenario } from '../scenario/load.ts';
import { runKubectl } from './runKubectl.ts';
import { escapeTerminal } from './terminalEscape.ts';
import { goQuote } from '../api/fieldErrors.ts';

const text = readFileSync(new URL('./fixtures/terminal-escapes.yaml', import.meta.url), 'utf8');

describe('terminal escapes', () => {
  it('EscapeTerminal: ESC → ^[ and CR → \\r, nothing else', () => {
    expect(escapeTerminal('\x1b[31mred\x1b[0m\rX\ttab\nline\x07')).toBe('^[[31mred^[[0m\\rX\ttab\nline\x07');
  });

  it('describe escapes an annotation as kubectl does', () => {
    const r = runKubectl(loadScenario(text), ['describe', 'svc', 'web']);
    expect(r.stdout).toContain('Annotations:              note: ^[[31mred^[[0m\\rX\n');
    expect(r.stdout).not.toContain('\x1b');
    expect(r.stdout).not.toContain('\r');
  });

  it('get tables escape cells (an image name may hold ESC)', () => {
    const r = runKubectl(loadScenario(text), ['get', 'deploy', 'app', '-o', 'wide']);
    expect(r.stdout).toContain('   nginx^[]0;owned\x07   app=web\n');
    expect(r.stdout).not.toContain('\x1b');
  });

  it("the API server quotes an invalid name with Go's %q, so the message carries no raw ESC", () => {
    const bad = loadScenario(text).diagnostics.find((d) => d.severity === 'error');
    expect(bad?.message).toMatch(
      /^The Service "bad\\x1b\[2J" is invalid: metadata\.name: Invalid value: "bad\\x1b\[2J": /,
    );
    expect(goQuote('a\x00\x07\b\f\n\r\t\v\x1b\x7f\x9b"\\é\u2028')).toBe(
      '"a\\x00\\a\\b\\f\\n\\r\\t\\v\\x1b\\x7f\\u009b\\"\\\\é\\u2028"',
    );
  });
});
