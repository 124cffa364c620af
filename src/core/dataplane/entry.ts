// Which object a request enters first once its client knows the destination address: the one
// that owns that address. The diagram draws the client's arrow to it and flies the packet from
// it; it reads this answer instead of matching addresses and names itself.
import type { DataplaneContext } from './context.ts';
import type { Dest } from './route.ts';
import type { Entry } from './types.ts';
import { ownerOf } from './serviceAddresses.ts';
import { ingressForHost } from './ingressIndex.ts';

const ref = (o: { metadata?: { namespace?: string; name?: string } }): { namespace: string; name: string } => ({
  namespace: o.metadata?.namespace ?? 'default',
  name: o.metadata?.name ?? '',
});

export function entryOf(ctx: DataplaneContext, dest: Dest): Entry | undefined {
  const { index } = ctx;
  const ip = dest.ip;
  const own = ownerOf(index, dest);
  // The ingress controller's load balancer: the request is for the Ingress that serves its Host.
  if (own?.ingressLB) {
    // Asked by the target's own host, the public DNS answer kept on its record names that Ingress.
    const kept = dest.target;
    if (kept !== undefined && kept.publicDetail !== undefined)
      return { kind: 'Ingress', namespace: kept.publicNamespace, name: kept.publicName };
    const ing = ingressForHost(index.ingress(), dest.http.host);
    if (ing) return { kind: 'Ingress', ...ref(ing) };
  }
  // A LoadBalancer's, else a Service's: decided when the index was built. Compared with undefined, not
  // tested for truth: that loads the entry's own header (V8 asks its map whether it is undetectable),
  // made with the index far from the request's record, a cold load per request with 10,000 Services.
  const entry = own?.entry;
  if (entry !== undefined) return entry;
  const node = index.nodeByIP.get(ip);
  if (node) return { kind: 'Node', name: node.metadata.name };
  const pod = index.podByIP.get(ip);
  if (pod) return { kind: 'Pod', ...ref(pod) };
  return undefined;
}
