// Field paths as the API server prints them (`spec.ports[1].nodePort`,
// `metadata.annotations[service.beta.kubernetes.io/load-balancer-source-ranges]`) and their
// mapping to segments of a YAML document (apimachinery field.Path rendering).

export type PathSegment = string | number;

/**
 * Splits an API field path into segments.
 * @example parseFieldPath('spec.ports[1].nodePort') // ['spec', 'ports', 1, 'nodePort']
 * @example parseFieldPath('metadata.labels[app.kubernetes.io/name]') // ['metadata', 'labels', 'app.kubernetes.io/name']
 */
export function parseFieldPath(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  let i = 0;
  let cur = '';
  while (i < path.length) {
    const c = path[i]!;
    if (c === '.') {
      if (cur) out.push(cur);
      cur = '';
      i++;
    } else if (c === '[') {
      if (cur) out.push(cur);
      cur = '';
      const end = path.indexOf(']', i);
      const inner = end < 0 ? path.slice(i + 1) : path.slice(i + 1, end);
      out.push(/^\d+$/.test(inner) ? Number(inner) : inner);
      i = end < 0 ? path.length : end + 1;
    } else {
      cur += c;
      i++;
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** Renders segments back to an API field path. */
export function formatFieldPath(segments: readonly PathSegment[]): string {
  let s = '';
  for (const seg of segments) {
    if (typeof seg === 'number') s += `[${seg}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(seg)) s += s ? `.${seg}` : seg;
    else s += `[${seg}]`;
  }
  return s;
}
