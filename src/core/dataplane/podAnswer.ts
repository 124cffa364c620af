// What a pod does with a connection that reaches it. Every pod runs a serve_hostname-style server
// (registry.k8s.io/serve_hostname, the image of the upstream Service tests) that replies with the
// pod's name, on the ports model/podPorts.ts answersOn says (the ones its running containers declare,
// or any port when none is declared; kubelet's probes read the same rule); a port nobody declares is
// closed, and the pod's kernel answers RST → "connection refused".
import type { AdmittedPod } from '../model/admitted.ts';
import type { PodView } from './podView.ts';
import { answersOn, servedPorts } from '../model/podPorts.ts';
import type { Said } from './said.ts';
import { say } from './say.ts';
import { flat } from './flatString.ts';

export type PodAnswer = { ok: true; response: string; note?: string } | { ok: false; why: Said };

export function podAnswers(pod: AdmittedPod, port: number, protocol: string, ports = servedPorts(pod)): PodAnswer {
  const name = pod.metadata.name;
  const ref = `${pod.metadata.namespace}/${name}`;
  const phase = pod.status?.phase ?? 'Pending';
  if (phase !== 'Running') return { ok: false, why: say('pod.notRunning', { pod: ref, phase }) };
  if (ports.length === 0)
    return {
      ok: true,
      response: name,
      note: `pod ${ref} declares no container ports; the simulator assumes its server listens on ${port}`,
    };
  if (answersOn(ports, port, protocol)) return { ok: true, response: name };
  const list = ports.map((p) => `${p.port}/${p.protocol}`).join(', ');
  return { ok: false, why: say('pod.notListening', { pod: ref, port, protocol, declared: list }) };
}

/**
 * Keeps on `view` the answer it gave on `port`/`protocol` (`address`: its `ip:port`) and that hop's
 * texts around the client's address, written once: deliver.ts reuses them while the port is the same.
 */
export function keepAnswer(
  view: PodView,
  address: string,
  port: number,
  protocol: string,
  answer: { response: string; note?: string },
): void {
  view.servedPort = port;
  view.servedProtocol = protocol;
  view.servedResponse = answer.response;
  view.servedNote = answer.note;
  view.servedAddress = address;
  view.servedHead = flat(`pod ${view.ref} answers from ${address} to `);
  view.servedTail = flat(`: "${answer.response}"${answer.note ? ` (${answer.note})` : ''}`);
  view.servedClient = undefined;
  view.servedSaid = undefined;
}

export function isIngressControllerPod(pod: AdmittedPod): boolean {
  const l = pod.metadata.labels ?? {};
  return l['app.kubernetes.io/name'] === 'ingress-nginx' && l['app.kubernetes.io/component'] === 'controller';
}
