// Compare mode's "what differs and why", per client: on each side, where the client's requests
// went (how many pods, all to one pod), the source address the pods saw (the client's own, or
// the address kube-proxy masqueraded it to) and the failures with the core's first reason. Only
// reads what the core returned for each request (pod, sourceIP, outcome, why, the first hop's
// header); it never works out a Kubernetes rule itself.
import type { RequestResult, Said } from '../../worker/protocol.ts';

export interface ClientSide {
  requests: number;
  /** Answers per pod (`ns/name`), most first. */
  pods: [string, number][];
  /** Source addresses the answering pods saw, other than the client's own. */
  snatTo: string[];
  /** Whether some answered request kept the client's own address. */
  kept: boolean;
  /** Failed requests per outcome, and the first failure's reason. */
  failures: [string, number][];
  firstWhy: { outcome: string; why?: Said; reason?: string } | null;
}

export function clientSide(results: readonly RequestResult[], clientId: string): ClientSide {
  const pods = new Map<string, number>();
  const snat = new Set<string>();
  const failures = new Map<string, number>();
  let kept = false;
  let requests = 0;
  let firstWhy: ClientSide['firstWhy'] = null;
  for (const r of results) {
    if ((r.clientId ?? '') !== clientId) continue;
    requests++;
    if (r.outcome === 'ok') {
      if (r.pod) pods.set(r.pod, (pods.get(r.pod) ?? 0) + 1);
      // The client's address as its packet left it (the first hop's header), against what the pod saw.
      const own = r.hops[0]?.packet?.src;
      if (r.sourceIP && own) {
        if (r.sourceIP === own) kept = true;
        else snat.add(r.sourceIP);
      }
    } else {
      failures.set(r.outcome, (failures.get(r.outcome) ?? 0) + 1);
      firstWhy ??= { outcome: r.outcome, ...(r.why ? { why: r.why } : {}), ...(r.reason ? { reason: r.reason } : {}) };
    }
  }
  return {
    requests,
    pods: [...pods].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    snatTo: [...snat].sort(),
    kept,
    failures: [...failures].sort(),
    firstWhy,
  };
}

/** The clients that sent on either side, in the order they first appear. */
export function comparedClients(left: readonly RequestResult[], right: readonly RequestResult[]): string[] {
  const ids: string[] = [];
  for (const r of [...left, ...right]) if (!ids.includes(r.clientId ?? '')) ids.push(r.clientId ?? '');
  return ids;
}
