// A plain list of what the scenario created: shown before the diagram has loaded, and a readable
// fallback if the diagram panel fails.
import { useStore } from '../store.ts';
import { useT } from '../i18n/useT.ts';

export function ObjectList() {
  const view = useStore((s) => s.view);
  const t = useT();
  if (!view) return <p className="empty">{t('objects.loading')}</p>;
  return (
    <div className="object-list" data-testid="object-list">
      <h2>{t('objects.services')}</h2>
      <ul>
        {view.services.map((s) => (
          <li key={`${s.namespace}/${s.name}`}>
            {s.namespace}/{s.name} · {s.type} {s.clusterIP} ·{' '}
            {t('objects.readyEndpoints', { count: s.endpoints.filter((e) => e.ready).length })}
          </li>
        ))}
      </ul>
      <h2>{t('objects.pods')}</h2>
      <ul>
        {view.pods.map((p) => (
          <li key={`${p.namespace}/${p.name}`}>
            {p.namespace}/{p.name} ·{' '}
            {t('objects.podPlace', { ip: p.ip || t('objects.noIP'), node: p.node || t('objects.noNode') })} ·{' '}
            {p.ready ? t('objects.ready') : t('objects.notReady')}
          </li>
        ))}
      </ul>
    </div>
  );
}
