// What the built-in Gateway's nginx does with a connection's first bytes on a listener port: TLS
// termination and the listener the SNI picks, or the refusal of the wrong protocol.
import { say, type Said } from './said.ts';
import type { Delivery } from './deliver.ts';
import { hostScore, type GatewayEntry, type ListenerEntry } from './gatewayIndex.ts';

export type TlsAtGateway =
  | { ok: true; terminated?: { listener: ListenerEntry; sni: string | undefined } }
  | { ok: false; listener: ListenerEntry; why: Said; status?: 400 };

/**
 * What nginx does with the connection's first bytes on this port. Its listeners share one protocol
 * (HTTP and HTTPS on one port conflict, gatewayAttachment.ts). An HTTPS port terminates TLS: the
 * client's SNI picks the server (listener) with that hostname, most specific first, as
 * gateway_types.go Listener.hostname asks; no such listener → NGF's default SSL server has
 * `ssl_reject_handshake on` (internal/controller/nginx/config/servers_template.go), so the
 * handshake fails. Plain HTTP to an HTTPS port gets nginx's 400 "The plain HTTP request was sent to
 * HTTPS port"; a TLS ClientHello to a plain HTTP port is a bad request to nginx, and the client's
 * handshake fails on the plain-text answer (curl: "wrong version number").
 */
export function tlsAtGateway(g: GatewayEntry, d: Delivery, gwName: string): TlsAtGateway {
  const listeners = g.listeners.filter((l) => l.ld.listener.port === d.dstPort && l.ld.valid);
  const first = listeners[0]!;
  const https = first.ld.listener.protocol === 'HTTPS';
  const tls = d.http.tls;
  if (!https)
    return tls
      ? { ok: false, listener: first, why: say('gateway.tlsToPlainPort', { gateway: gwName, port: d.dstPort }) }
      : { ok: true };
  if (!tls)
    return {
      ok: false,
      listener: first,
      status: 400,
      why: say('gateway.plainToTlsPort', { gateway: gwName, port: d.dstPort }),
    };
  const sni = tls.sni;
  let best: ListenerEntry | undefined;
  let bestScore = -1;
  for (const l of listeners) {
    const h = l.ld.listener.hostname;
    const score = h === undefined ? 0 : sni === undefined ? -1 : hostScore(h, sni);
    if (score > bestScore) {
      bestScore = score;
      best = l;
    }
  }
  if (!best)
    return {
      ok: false,
      listener: first,
      why: say('gateway.tlsNoListener', {
        gateway: gwName,
        port: d.dstPort,
        sni: sni ?? '-',
        hostnames: listenerHostnames(g, d.dstPort),
      }),
    };
  return { ok: true, terminated: { listener: best, sni } };
}

/** The hostnames of the listeners on a port, as the refusals and the 404 (gatewayProxy.ts) list them. */
export function listenerHostnames(g: GatewayEntry, port: number): string {
  const names = g.listeners.filter((l) => l.ld.listener.port === port).map((l) => l.ld.listener.hostname ?? '*');
  return names.length > 0 ? names.join(', ') : 'none';
}
