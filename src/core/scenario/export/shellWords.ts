// Shell quoting for the exported script: names come from validated objects, but Ingress paths
// (ImplementationSpecific) and hosts are user text, so anything outside a safe set is single-quoted
// (POSIX sh: nothing is special inside '…'; a quote is written '\'').
const SAFE = /^[A-Za-z0-9_./:=@%+,-]+$/;

export function shellQuote(word: string): string {
  if (word !== '' && SAFE.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** ` -n NS` for kubectl, empty in the default namespace (kubectl's own default). */
export function namespaceFlag(namespace: string): string {
  return namespace === 'default' ? '' : ` -n ${shellQuote(namespace)}`;
}
