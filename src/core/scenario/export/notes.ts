// What a real cluster needs before the exported scenario runs, as codes and parameters: the Share
// dialog's "Export for a real cluster" panel and the exported script's own comments word them at
// the edge (src/text/messages.ts, English and Korean); the core assembles no sentence for them.
// The flag and field names the notes cite are the components' own (clusterNotes.ts).

export type ExportNoteCode =
  | 'export.serviceCIDR'
  | 'export.nodePortRange'
  | 'export.clusterDomain'
  | 'export.kubeProxyConfig'
  | 'export.kubeProxyConfigFlags'
  | 'export.nodes'
  | 'export.loadBalancer'
  | 'export.ingress'
  | 'export.gatewayApi'
  | 'export.errorsOne'
  | 'export.errorsOther'
  // why the text cannot be exported: a YAML syntax error ({detail}: the parser's message, verbatim),
  // a limit ({detail}: the limit's message), or a text the simulator could not load
  | 'export.syntax'
  | 'export.limit'
  | 'export.notLoaded';

export interface ExportNote {
  code: ExportNoteCode;
  params: Readonly<Record<string, string | number>>;
}

export const exportNote = (code: ExportNoteCode, params: ExportNote['params'] = {}): ExportNote => ({ code, params });
