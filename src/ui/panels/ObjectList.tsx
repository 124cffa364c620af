// A plain list of what the scenario created: shown before the diagram has loaded, and a readable
// fallback if the diagram panel fails.
import { useStore } from '../store.ts';

export function ObjectList() {
  const view = useStore((s) => s.view);
  if (!view) return <p className="empty">Loading the scenario…</p>;
  return (
    <div className="object-list" data-testid="object-list">
      <h2>Services</h2>
      <ul>
        {view.services.map((s) => (
          <li key={`${s.namespace}/${s.name}`}>
            {s.namespace}/{s.name} · {s.type} {s.clusterIP} · {s.endpoints.filter((e) => e.ready).length} ready endpoints
          </li>
        ))}
      </ul>
      <h2>Pods</h2>
      <ul>
        {view.pods.map((p) => (
          <li key={`${p.namespace}/${p.name}`}>
            {p.namespace}/{p.name} · {p.ip || 'no IP'} on {p.node || 'no node'} · {p.ready ? 'ready' : 'not ready'}
          </li>
        ))}
      </ul>
    </div>
  );
}
