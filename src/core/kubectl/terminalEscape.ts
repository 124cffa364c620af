// kubectl escapes what could drive the user's terminal before `get` tables and `describe` print
// an object's text (an annotation can hold anything): ESC becomes "^[" and CR becomes "\r"
// (k8s.io/cli-runtime pkg/printers/terminal.go EscapeTerminal, used by tableprinter.go and
// kubectl pkg/describe/describe.go prefixWriter.Write; kubernetes/kubernetes#112553).
export function escapeTerminal(text: string): string {
  return text.split('\x1b').join('^[').split('\r').join('\\r');
}
