// The traffic clients a lesson starts (lesson.yaml `clients:`), turned into the UI's ClientSpec
// from the diagram's ClusterView once the lesson's scenario has loaded. The placeholders
// (`{nodeIP:0}`, `{podIP:hello-}`, `{clusterIP:NAME}`, `{lbIP:NAME}`, `{nodePort:NAME[:PORT]}`) and
// the pod-name prefixes follow the core's checker (src/core/lessons/resolveSpec.ts), so the
// packets on the diagram go where the Check sends its requests.
import type { Lesson } from '../../scenarios/lessons/index.ts';

type LessonClient = Lesson['clients'][number];
import type { ClientSpec, ClusterView, PodView, ServiceView } from '../../worker/protocol.ts';

const nsName = (ref: string): [string, string] => {
  const i = ref.indexOf('/');
  return i < 0 ? ['default', ref] : [ref.slice(0, i), ref.slice(i + 1)];
};

/** `name`, `ns/name` or the start of a generated name: the first match in name order. */
function findPod(view: ClusterView, ref: string): PodView | undefined {
  const [ns, name] = nsName(ref);
  const inNs = view.pods.filter((p) => p.namespace === ns);
  return inNs.find((p) => p.name === name) ?? inNs.filter((p) => p.name.startsWith(name)).sort((a, b) => (a.name < b.name ? -1 : 1))[0];
}

function findService(view: ClusterView, ref: string): ServiceView | undefined {
  const [ns, name] = nsName(ref);
  return view.services.find((s) => s.namespace === ns && s.name === name);
}

/** One placeholder's values (`{nodeIP:*}` gives one per node); empty when it names nothing. */
function fill(view: ClusterView, kind: string, arg: string): string[] {
  switch (kind) {
    case 'nodeIP': {
      if (arg === '*') return view.nodes.map((n) => n.ip).filter(Boolean);
      const n = /^\d+$/.test(arg) ? view.nodes[Number(arg)] : view.nodes.find((x) => x.name === arg);
      return n?.ip ? [n.ip] : [];
    }
    case 'clusterIP': {
      const ip = findService(view, arg)?.clusterIP;
      return ip && ip !== 'None' ? [ip] : [];
    }
    case 'lbIP': {
      const ip = findService(view, arg)?.lbIPs[0];
      return ip ? [ip] : [];
    }
    case 'nodePort': {
      const cut = arg.lastIndexOf(':');
      const [svc, portName] = cut < 0 ? [arg, undefined] : [arg.slice(0, cut), arg.slice(cut + 1)];
      const ports = findService(view, svc)?.ports ?? [];
      const p = portName === undefined ? ports[0] : ports.find((x) => x.name === portName);
      return p?.nodePort ? [String(p.nodePort)] : [];
    }
    case 'podIP': {
      const ip = findPod(view, arg)?.ip;
      return ip ? [ip] : [];
    }
    default:
      return [];
  }
}

function targets(view: ClusterView, to: string): string[] {
  let out = [''];
  let last = 0;
  for (const m of to.matchAll(/\{(\w+):([^{}]+)\}/g)) {
    const values = fill(view, m[1]!, m[2]!);
    if (values.length === 0) return [];
    const literal = to.slice(last, m.index);
    out = out.flatMap((prefix) => values.map((v) => prefix + literal + v));
    last = m.index + m[0].length;
  }
  return out.map((prefix) => prefix + to.slice(last));
}

/** A client whose source or target is not in the cluster is left out (the Check reports why). */
export function lessonClientSpecs(view: ClusterView, clients: readonly LessonClient[]): ClientSpec[] {
  const out: ClientSpec[] = [];
  for (const c of clients) {
    let from: Pick<ClientSpec, 'from' | 'sourceIP'> | null = null;
    if (c.from === 'external') from = { from: 'external' };
    else if (c.from.startsWith('external:')) from = { from: 'external', sourceIP: c.from.slice('external:'.length) };
    else if (c.from.startsWith('node/')) from = { from: `node:${c.from.slice(5)}` };
    else if (c.from.startsWith('pod/')) {
      const pod = findPod(view, c.from.slice(4));
      if (pod) from = { from: `pod:${pod.namespace}/${pod.name}` };
    }
    const to = targets(view, c.to);
    if (!from) continue;
    to.forEach((target, i) => out.push({ id: to.length > 1 ? `${c.id}-${i + 1}` : c.id, ...from, to: target, rate: c.rate }));
  }
  return out;
}
