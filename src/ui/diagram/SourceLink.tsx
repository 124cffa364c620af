// The link from an object's details in the Inspector to the line of the YAML that declared it.
import '../i18n/laterWords.ts';
import { revealLine } from '../store.ts';
import type { ViewSource } from '../../worker/clusterView.ts';
import { useT } from '../i18n/useT.ts';

export function SourceLink({ source }: { source: ViewSource | null }) {
  const t = useT();
  if (!source?.range) return null;
  const line = source.range.line;
  return (
    <button type="button" className="k-btn k-link" onClick={() => revealLine(line)}>
      {t('inspector.showInYaml', { line })}
    </button>
  );
}
