// Shell words for the exported script. Names come from validated objects, but Ingress paths
// (ImplementationSpecific) and hosts are user text, so every word goes through the core's one
// shell quoting, argv/commandLine.ts quoteWord (single quotes outside a safe set).
import { quoteWord } from '../../argv/commandLine.ts';

/** ` -n NS` for kubectl, empty in the default namespace (kubectl's own default). */
export function namespaceFlag(namespace: string): string {
  return namespace === 'default' ? '' : ` -n ${quoteWord(namespace)}`;
}
